import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** A one-time sign-in code, kept hashed. (Request limits are counted in `rate_limits`.) */
export class AuthCode extends Model<InferAttributes<AuthCode>, InferCreationAttributes<AuthCode>> {
  declare id: CreationOptional<number>;
  declare email: string;
  declare codeHash: string;
  declare ip: string;
  /** Tries from the client (IP address) that asked for the code, and from anyone else. */
  declare attempts: CreationOptional<number>;
  declare otherAttempts: CreationOptional<number>;
  declare expiresAt: Date;
  declare consumedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    AuthCode.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        email: { type: DataTypes.STRING(254), allowNull: false },
        codeHash: { type: DataTypes.STRING(64), allowNull: false },
        ip: { type: DataTypes.STRING(64), allowNull: false },
        attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        otherAttempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        expiresAt: { type: DataTypes.DATE, allowNull: false },
        consumedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'auth_codes', underscored: true, updatedAt: false },
    );
  }
}
