import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

import { jsonListColumn } from '../json-column.ts';
export class User extends Model<InferAttributes<User>, InferCreationAttributes<User>> {
  declare id: CreationOptional<number>;
  declare email: string;
  declare name: CreationOptional<string>;
  declare lang: CreationOptional<'fi' | 'sv' | 'en'>;
  declare phone: CreationOptional<string | null>;
  declare helperType: CreationOptional<string | null>;
  declare bio: CreationOptional<string>;
  declare postalCode: CreationOptional<string | null>;
  declare radiusKm: CreationOptional<number>;
  declare languages: CreationOptional<string[]>;
  declare skills: CreationOptional<string[]>;
  declare experience: CreationOptional<string>;
  declare cvPublic: CreationOptional<boolean>;
  declare videoUrl: CreationOptional<string | null>;
  declare linkedinUrl: CreationOptional<string | null>;
  declare interestedCategories: CreationOptional<string[]>;
  /** Said they are available to help: only then suggested to requesters of fitting tasks. */
  declare availableToHelp: CreationOptional<boolean>;
  /** Last sign-in or use of a token (at most daily): inactive accounts are warned, then erased. */
  declare lastActiveAt: CreationOptional<Date | null>;
  declare inactivityWarnedAt: CreationOptional<Date | null>;
  /** Set when the person erased the account: the row stays, holding nothing about them. */
  declare erasedAt: CreationOptional<Date | null>;
  /** The end of the period the last digest of new tasks (of group tasks) covered. */
  declare newTasksDigestThrough: CreationOptional<Date | null>;
  declare groupTasksDigestThrough: CreationOptional<Date | null>;
  /** SHA-256 of the private calendar feed's token; null: no feed. */
  declare calendarTokenHash: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    User.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        email: { type: DataTypes.STRING(254), allowNull: false, unique: true },
        name: { type: DataTypes.STRING(120), allowNull: false, defaultValue: '' },
        lang: { type: DataTypes.STRING(2), allowNull: false, defaultValue: 'fi' },
        phone: { type: DataTypes.STRING(30), allowNull: true },
        helperType: { type: DataTypes.STRING(20), allowNull: true },
        bio: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
        postalCode: { type: DataTypes.STRING(5), allowNull: true },
        radiusKm: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 30 },
        languages: jsonListColumn('languages'),
        skills: jsonListColumn('skills'),
        experience: { type: DataTypes.TEXT, allowNull: false, defaultValue: '' },
        cvPublic: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        videoUrl: { type: DataTypes.STRING(500), allowNull: true },
        linkedinUrl: { type: DataTypes.STRING(500), allowNull: true },
        interestedCategories: jsonListColumn('interestedCategories'),
        availableToHelp: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        lastActiveAt: { type: DataTypes.DATE, allowNull: true },
        inactivityWarnedAt: { type: DataTypes.DATE, allowNull: true },
        erasedAt: { type: DataTypes.DATE, allowNull: true },
        newTasksDigestThrough: { type: DataTypes.DATE, allowNull: true },
        groupTasksDigestThrough: { type: DataTypes.DATE, allowNull: true },
        calendarTokenHash: { type: DataTypes.STRING(64), allowNull: true },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'users', underscored: true },
    );
  }
}
