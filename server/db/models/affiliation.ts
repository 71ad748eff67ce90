import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** An umbrella organisation's member organisation. */
export class Affiliation extends Model<
  InferAttributes<Affiliation>,
  InferCreationAttributes<Affiliation>
> {
  declare id: CreationOptional<number>;
  declare umbrellaId: number;
  declare memberId: number;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Affiliation.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        umbrellaId: { type: DataTypes.INTEGER, allowNull: false },
        memberId: { type: DataTypes.INTEGER, allowNull: false },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'affiliations', underscored: true, updatedAt: false },
    );
  }
}
