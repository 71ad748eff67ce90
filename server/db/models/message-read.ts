import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** The last message of a task's chat a person has seen; one row per person and task. */
export class MessageRead extends Model<
  InferAttributes<MessageRead>,
  InferCreationAttributes<MessageRead>
> {
  declare userId: number;
  declare taskId: number;
  declare lastReadId: number;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    MessageRead.init(
      {
        userId: { type: DataTypes.INTEGER, primaryKey: true },
        taskId: { type: DataTypes.INTEGER, primaryKey: true },
        lastReadId: { type: DataTypes.INTEGER, allowNull: false },
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'message_reads', underscored: true, createdAt: false },
    );
  }
}
