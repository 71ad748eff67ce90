import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** A requester asked a suggested helper to apply (one per person per task). */
export class TaskInvitation extends Model<
  InferAttributes<TaskInvitation>,
  InferCreationAttributes<TaskInvitation>
> {
  declare id: CreationOptional<number>;
  declare taskId: number;
  declare userId: number;
  declare invitedById: number | null;
  /** When the invited person applied to the task. */
  declare acceptedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    TaskInvitation.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        taskId: { type: DataTypes.INTEGER, allowNull: false },
        userId: { type: DataTypes.INTEGER, allowNull: false },
        invitedById: { type: DataTypes.INTEGER, allowNull: true },
        acceptedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'task_invitations', underscored: true, updatedAt: false },
    );
  }
}
