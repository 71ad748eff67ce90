import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/**
 * A creating request made with an `Idempotency-Key`, and the answer it got. The row is written in
 * the same transaction as whatever the request created, so it exists exactly when that committed.
 */
export class IdempotencyKey extends Model<
  InferAttributes<IdempotencyKey>,
  InferCreationAttributes<IdempotencyKey>
> {
  declare id: CreationOptional<number>;
  /** sha256 of caller scope, method, path and key: one unique column instead of four. */
  declare lookup: string;
  /** `user:<id>`, `key:<api key id>` or `anon:<ip>`. */
  declare scope: string;
  declare idempotencyKey: string;
  declare method: string;
  declare path: string;
  /** sha256 of the request body in canonical JSON: the same key with another body is refused. */
  declare requestHash: string;
  declare responseStatus: CreationOptional<number | null>;
  declare responseBody: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    IdempotencyKey.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        lookup: { type: DataTypes.STRING(64), allowNull: false, unique: true },
        scope: { type: DataTypes.STRING(100), allowNull: false },
        idempotencyKey: { type: DataTypes.STRING(255), allowNull: false },
        method: { type: DataTypes.STRING(10), allowNull: false },
        path: { type: DataTypes.STRING(300), allowNull: false },
        requestHash: { type: DataTypes.STRING(64), allowNull: false },
        responseStatus: { type: DataTypes.INTEGER, allowNull: true },
        responseBody: { type: DataTypes.TEXT, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'idempotency_keys', underscored: true, updatedAt: false },
    );
  }
}
