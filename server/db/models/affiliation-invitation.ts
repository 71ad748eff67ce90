import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** An umbrella asked an organisation to be its member; the organisation's admins decide. */
export class AffiliationInvitation extends Model<
  InferAttributes<AffiliationInvitation>,
  InferCreationAttributes<AffiliationInvitation>
> {
  declare id: CreationOptional<number>;
  declare umbrellaId: number;
  declare memberId: number;
  declare invitedById: number | null;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    AffiliationInvitation.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        umbrellaId: { type: DataTypes.INTEGER, allowNull: false },
        memberId: { type: DataTypes.INTEGER, allowNull: false },
        invitedById: { type: DataTypes.INTEGER, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'affiliation_invitations', underscored: true, updatedAt: false },
    );
  }
}
