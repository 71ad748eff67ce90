import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

export type OrganisationKind = 'association' | 'umbrella' | 'company' | 'education' | 'public';

export class Organisation extends Model<
  InferAttributes<Organisation>,
  InferCreationAttributes<Organisation>
> {
  declare id: CreationOptional<number>;
  declare name: string;
  declare kind: OrganisationKind;
  declare sector: CreationOptional<string | null>;
  declare businessId: CreationOptional<string | null>;
  declare description: CreationOptional<string>;
  declare website: CreationOptional<string | null>;
  declare postalCode: CreationOptional<string | null>;
  /** Closed by its admins: no members, keys or open tasks any more; kept for its history. */
  declare closedAt: CreationOptional<Date | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Organisation.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        name: { type: DataTypes.STRING(200), allowNull: false },
        kind: { type: DataTypes.STRING(20), allowNull: false },
        sector: { type: DataTypes.STRING(100), allowNull: true },
        businessId: { type: DataTypes.STRING(9), allowNull: true, unique: true },
        description: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
        website: { type: DataTypes.STRING(300), allowNull: true },
        postalCode: { type: DataTypes.STRING(5), allowNull: true },
        closedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'organisations', underscored: true },
    );
  }
}
