import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** One person's choice for one kind of alert; no row: the default (`DEFAULT_ALERTS`). */
export class AlertSetting extends Model<
  InferAttributes<AlertSetting>,
  InferCreationAttributes<AlertSetting>
> {
  declare id: CreationOptional<number>;
  /** By address, like group membership: people without an account choose too. */
  declare email: string;
  declare kind: string;
  declare frequency: string;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    AlertSetting.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        email: { type: DataTypes.STRING(254), allowNull: false },
        kind: { type: DataTypes.STRING(40), allowNull: false },
        frequency: { type: DataTypes.STRING(10), allowNull: false },
        updatedAt: DataTypes.DATE,
      },
      {
        sequelize,
        tableName: 'alert_settings',
        underscored: true,
        createdAt: false,
      },
    );
  }
}
