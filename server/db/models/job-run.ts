import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/** One item of scheduled work, done (see server/jobs/scheduler.ts). */
export class JobRun extends Model<InferAttributes<JobRun>, InferCreationAttributes<JobRun>> {
  declare id: CreationOptional<number>;
  declare job: string;
  declare itemKey: string;
  /** The scheduler's clock when the item was done. */
  declare ranAt: Date;
  /** Which process did it (host:pid:random), for the logs. */
  declare owner: string;

  static define(sequelize: Sequelize) {
    JobRun.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        job: { type: DataTypes.STRING(64), allowNull: false },
        itemKey: { type: DataTypes.STRING(180), allowNull: false },
        ranAt: { type: DataTypes.DATE, allowNull: false },
        owner: { type: DataTypes.STRING(100), allowNull: false },
      },
      { sequelize, tableName: 'job_runs', underscored: true, timestamps: false },
    );
  }
}
