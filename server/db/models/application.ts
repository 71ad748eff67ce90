import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

export type ApplicationStatus = 'pending' | 'selected' | 'declined' | 'withdrawn';

/** An application; once selected it is also the assignment (done, then approved). */
export class Application extends Model<
  InferAttributes<Application>,
  InferCreationAttributes<Application>
> {
  declare id: CreationOptional<number>;
  declare taskId: number;
  declare userId: number;
  declare message: string;
  declare status: CreationOptional<ApplicationStatus>;
  declare selectedAt: CreationOptional<Date | null>;
  declare doneAt: CreationOptional<Date | null>;
  declare approvedAt: CreationOptional<Date | null>;
  declare actualHours: CreationOptional<number | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    Application.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        taskId: { type: DataTypes.INTEGER, allowNull: false },
        userId: { type: DataTypes.INTEGER, allowNull: false },
        message: { type: DataTypes.TEXT, allowNull: false },
        status: { type: DataTypes.STRING(12), allowNull: false, defaultValue: 'pending' },
        selectedAt: { type: DataTypes.DATE, allowNull: true },
        doneAt: { type: DataTypes.DATE, allowNull: true },
        approvedAt: { type: DataTypes.DATE, allowNull: true },
        actualHours: { type: DataTypes.DOUBLE, allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'applications', underscored: true },
    );
  }
}
