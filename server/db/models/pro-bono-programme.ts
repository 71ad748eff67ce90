import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';
import { jsonListColumn } from '../json-column.ts';

/**
 * A company's pro bono programme: which requesting organisations (by sector or by name), which
 * categories and which regions its employees' feed shows, why, and the company's pro bono group.
 * An empty list leaves that dimension unrestricted.
 */
export class ProBonoProgramme extends Model<
  InferAttributes<ProBonoProgramme>,
  InferCreationAttributes<ProBonoProgramme>
> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  declare sectors: CreationOptional<string[]>;
  declare organisationIds: CreationOptional<number[]>;
  declare categories: CreationOptional<string[]>;
  declare regionCodes: CreationOptional<string[]>;
  declare justification: string;
  declare groupId: CreationOptional<number | null>;
  declare updatedById: CreationOptional<number | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    ProBonoProgramme.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false, unique: true },
        sectors: jsonListColumn('sectors'),
        organisationIds: jsonListColumn('organisationIds'),
        categories: jsonListColumn('categories'),
        regionCodes: jsonListColumn('regionCodes'),
        justification: { type: DataTypes.TEXT, allowNull: false },
        groupId: { type: DataTypes.INTEGER, allowNull: true },
        updatedById: { type: DataTypes.INTEGER, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'pro_bono_programmes', underscored: true },
    );
  }
}
