import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

export type ConfirmationPurpose = 'erase_account' | 'close_organisation';

/**
 * An emailed code that confirms an irreversible step of a signed-in person: erasing their account
 * or closing an organisation. Kept hashed; tries are counted by one conditional update
 * (services/one-time-codes.ts).
 */
export class ConfirmationCode extends Model<
  InferAttributes<ConfirmationCode>,
  InferCreationAttributes<ConfirmationCode>
> {
  declare id: CreationOptional<number>;
  declare purpose: ConfirmationPurpose;
  declare userId: number;
  declare organisationId: CreationOptional<number | null>;
  declare codeHash: string;
  declare attempts: CreationOptional<number>;
  declare expiresAt: Date;
  declare consumedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    ConfirmationCode.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        purpose: { type: DataTypes.STRING(24), allowNull: false },
        userId: { type: DataTypes.INTEGER, allowNull: false },
        organisationId: { type: DataTypes.INTEGER, allowNull: true },
        codeHash: { type: DataTypes.STRING(64), allowNull: false },
        attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        expiresAt: { type: DataTypes.DATE, allowNull: false },
        consumedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'confirmation_codes', underscored: true, updatedAt: false },
    );
  }
}
