import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** Feedback on one assignment, one each way. */
export class Feedback extends Model<InferAttributes<Feedback>, InferCreationAttributes<Feedback>> {
  declare id: CreationOptional<number>;
  declare taskId: number;
  declare applicationId: number;
  declare direction: 'to_helper' | 'to_requester';
  declare fromUserId: number;
  declare toUserId: number;
  declare rating: number;
  declare text: string;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Feedback.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        taskId: { type: DataTypes.INTEGER, allowNull: false },
        applicationId: { type: DataTypes.INTEGER, allowNull: false },
        direction: { type: DataTypes.STRING(14), allowNull: false },
        fromUserId: { type: DataTypes.INTEGER, allowNull: false },
        toUserId: { type: DataTypes.INTEGER, allowNull: false },
        rating: { type: DataTypes.INTEGER, allowNull: false },
        text: { type: DataTypes.TEXT, allowNull: false },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'feedback', underscored: true, updatedAt: false },
    );
  }
}
