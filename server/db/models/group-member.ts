import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** A group member, by email: the address need not have an account yet. */
export class GroupMember extends Model<
  InferAttributes<GroupMember>,
  InferCreationAttributes<GroupMember>
> {
  declare id: CreationOptional<number>;
  declare groupId: number;
  declare email: string;
  declare invitedById: number | null;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    GroupMember.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        groupId: { type: DataTypes.INTEGER, allowNull: false },
        email: { type: DataTypes.STRING(254), allowNull: false },
        invitedById: { type: DataTypes.INTEGER, allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'group_members', underscored: true, updatedAt: false },
    );
  }
}
