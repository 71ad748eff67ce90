import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** A server-wide secret made on first use (e.g. the one that signs unsubscribe links). */
export class SigningKey extends Model<
  InferAttributes<SigningKey>,
  InferCreationAttributes<SigningKey>
> {
  declare name: string;
  declare secret: string;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    SigningKey.init(
      {
        name: { type: DataTypes.STRING(40), primaryKey: true },
        secret: { type: DataTypes.STRING(100), allowNull: false },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'signing_keys', underscored: true, updatedAt: false },
    );
  }
}
