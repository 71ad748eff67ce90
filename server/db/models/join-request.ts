import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

export type JoinRequestStatus = 'pending' | 'approved' | 'declined';

/** A person asking to become a member of an organisation; its admins approve or decline. */
export class JoinRequest extends Model<
  InferAttributes<JoinRequest>,
  InferCreationAttributes<JoinRequest>
> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  declare userId: number;
  /** The publishable key, and the task, through which the person came. */
  declare apiKeyId: CreationOptional<number | null>;
  declare taskId: CreationOptional<number | null>;
  declare status: CreationOptional<JoinRequestStatus>;
  declare decidedById: CreationOptional<number | null>;
  declare decidedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    JoinRequest.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        userId: { type: DataTypes.INTEGER, allowNull: false },
        apiKeyId: { type: DataTypes.INTEGER, allowNull: true },
        taskId: { type: DataTypes.INTEGER, allowNull: true },
        status: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'pending' },
        decidedById: { type: DataTypes.INTEGER, allowNull: true },
        decidedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'join_requests', underscored: true, updatedAt: false },
    );
  }
}
