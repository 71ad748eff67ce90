import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** How many requests one bucket (e.g. `code:email:…`) made in one fixed window. */
export class RateLimit extends Model<
  InferAttributes<RateLimit>,
  InferCreationAttributes<RateLimit>
> {
  declare id: CreationOptional<number>;
  declare bucket: string;
  declare windowStart: Date;
  declare hits: number;

  static define(sequelize: Sequelize) {
    RateLimit.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        bucket: { type: DataTypes.STRING(200), allowNull: false },
        windowStart: { type: DataTypes.DATE, allowNull: false },
        hits: { type: DataTypes.INTEGER, allowNull: false },
      },
      { sequelize, tableName: 'rate_limits', underscored: true, timestamps: false },
    );
  }
}
