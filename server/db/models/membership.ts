import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** A user's membership of an organisation. */
export class Membership extends Model<
  InferAttributes<Membership>,
  InferCreationAttributes<Membership>
> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  declare userId: number;
  declare role: 'member' | 'admin';
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Membership.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        userId: { type: DataTypes.INTEGER, allowNull: false },
        role: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'member' },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'memberships', underscored: true, updatedAt: false },
    );
  }
}
