import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';
import type { Lang } from '../../../sdk/schemas/common.ts';

/**
 * A help request a visitor sent through a publishable key: its task waits as
 * `pending_verification` until the emailed code comes back. Rows are also the rate-limit ledger.
 */
export class VisitorRequest extends Model<
  InferAttributes<VisitorRequest>,
  InferCreationAttributes<VisitorRequest>
> {
  declare id: CreationOptional<number>;
  declare taskId: number;
  declare apiKeyId: number;
  declare organisationId: number;
  declare email: string;
  declare name: string;
  declare lang: Lang;
  /** Unguessable; the confirmation is found by it (null on requests older than it). */
  declare reference: CreationOptional<string | null>;
  declare codeHash: string;
  declare attempts: CreationOptional<number>;
  declare ip: string;
  declare expiresAt: Date;
  declare verifiedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    VisitorRequest.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        taskId: { type: DataTypes.INTEGER, allowNull: false, unique: true },
        apiKeyId: { type: DataTypes.INTEGER, allowNull: false },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        email: { type: DataTypes.STRING(254), allowNull: false },
        name: { type: DataTypes.STRING(120), allowNull: false },
        lang: { type: DataTypes.STRING(2), allowNull: false },
        reference: { type: DataTypes.STRING(32), allowNull: true, unique: true },
        codeHash: { type: DataTypes.STRING(64), allowNull: false },
        attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        ip: { type: DataTypes.STRING(64), allowNull: false },
        expiresAt: { type: DataTypes.DATE, allowNull: false },
        verifiedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'visitor_requests', underscored: true, updatedAt: false },
    );
  }
}
