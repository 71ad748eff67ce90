import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

import { jsonListColumn } from '../json-column.ts';
/** An organisation's API key (`sk_…` secret or `pk_…` publishable), stored as its hash. */
export class ApiKey extends Model<InferAttributes<ApiKey>, InferCreationAttributes<ApiKey>> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  declare kind: 'secret' | 'publishable';
  declare name: string;
  declare prefix: string;
  declare keyHash: string;
  declare allowedOrigins: CreationOptional<string[]>;
  /** Publishable keys: a visitor who confirms a request becomes a member without approval. */
  declare autoJoin: CreationOptional<boolean>;
  /** With `autoJoin`: only people whose proved address is on one of these domains join at once. */
  declare autoJoinDomains: CreationOptional<string[]>;
  declare createdById: number;
  declare lastUsedAt: CreationOptional<Date | null>;
  declare revokedAt: CreationOptional<Date | null>;
  declare rotatedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    ApiKey.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        kind: { type: DataTypes.STRING(12), allowNull: false },
        name: { type: DataTypes.STRING(100), allowNull: false },
        prefix: { type: DataTypes.STRING(16), allowNull: false },
        keyHash: { type: DataTypes.STRING(64), allowNull: false, unique: true },
        allowedOrigins: jsonListColumn('allowedOrigins'),
        autoJoin: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        autoJoinDomains: jsonListColumn('autoJoinDomains'),
        createdById: { type: DataTypes.INTEGER, allowNull: false },
        lastUsedAt: { type: DataTypes.DATE, allowNull: true },
        revokedAt: { type: DataTypes.DATE, allowNull: true },
        rotatedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'api_keys', underscored: true, updatedAt: false },
    );
  }
}
