import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

export type TaskStatus =
  'pending_verification' | 'open' | 'assigned' | 'completed' | 'cancelled' | 'expired';

export class Task extends Model<InferAttributes<Task>, InferCreationAttributes<Task>> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  /** The user who asked; notifications about the task go to this address. */
  declare createdById: number;
  /** Set when a secret key created the task on its organisation's behalf. */
  declare apiKeyId: CreationOptional<number | null>;
  declare status: TaskStatus;
  declare category: string;
  declare title: string;
  declare details: string;
  declare accountingReference: CreationOptional<string | null>;
  declare postalCode: CreationOptional<string | null>;
  /** Denormalised from the postal code so that the feed filters with plain indexes. */
  declare municipalityCode: CreationOptional<string | null>;
  declare regionCode: CreationOptional<string | null>;
  declare lat: CreationOptional<number | null>;
  declare lng: CreationOptional<number | null>;
  declare remote: boolean;
  declare scheduleText: CreationOptional<string | null>;
  declare startsAt: CreationOptional<Date | null>;
  declare endsAt: CreationOptional<Date | null>;
  declare estimatedHours: number;
  declare helpersWanted: number;
  declare selectedCount: CreationOptional<number>;
  /** Invitations to apply sent (the cap, INVITATIONS_PER_TASK, is checked by updating this). */
  declare invitationsSent: CreationOptional<number>;
  declare groupId: CreationOptional<number | null>;
  declare applicationsClosedAt: CreationOptional<Date | null>;
  declare publishedAt: CreationOptional<Date | null>;
  declare cancelledAt: CreationOptional<Date | null>;
  declare cancelReason: CreationOptional<string | null>;
  declare completedAt: CreationOptional<Date | null>;
  /** When the service closed it as `expired`. */
  declare expiredAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Task.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        createdById: { type: DataTypes.INTEGER, allowNull: false },
        apiKeyId: { type: DataTypes.INTEGER, allowNull: true },
        status: { type: DataTypes.STRING(24), allowNull: false },
        category: { type: DataTypes.STRING(40), allowNull: false },
        title: { type: DataTypes.STRING(140), allowNull: false },
        details: { type: DataTypes.TEXT, allowNull: false },
        accountingReference: { type: DataTypes.STRING(60), allowNull: true },
        postalCode: { type: DataTypes.STRING(5), allowNull: true },
        municipalityCode: { type: DataTypes.STRING(3), allowNull: true },
        regionCode: { type: DataTypes.STRING(8), allowNull: true },
        lat: { type: DataTypes.DOUBLE, allowNull: true },
        lng: { type: DataTypes.DOUBLE, allowNull: true },
        remote: { type: DataTypes.BOOLEAN, allowNull: false },
        scheduleText: { type: DataTypes.STRING(200), allowNull: true },
        startsAt: { type: DataTypes.DATE, allowNull: true },
        endsAt: { type: DataTypes.DATE, allowNull: true },
        estimatedHours: { type: DataTypes.DOUBLE, allowNull: false },
        helpersWanted: { type: DataTypes.INTEGER, allowNull: false },
        selectedCount: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        invitationsSent: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        groupId: { type: DataTypes.INTEGER, allowNull: true },
        applicationsClosedAt: { type: DataTypes.DATE, allowNull: true },
        publishedAt: { type: DataTypes.DATE, allowNull: true },
        cancelledAt: { type: DataTypes.DATE, allowNull: true },
        cancelReason: { type: DataTypes.TEXT, allowNull: true },
        completedAt: { type: DataTypes.DATE, allowNull: true },
        expiredAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'tasks', underscored: true },
    );
  }
}
