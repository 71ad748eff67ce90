import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  ModelAttributeColumnOptions,
  Sequelize,
} from 'sequelize';

/**
 * A JSON value kept as TEXT (MariaDB hands JSON back as a string, MySQL as an object: doing it
 * ourselves behaves the same everywhere). `null` stays SQL NULL where the column allows it.
 */
function jsonColumn(name: string, allowNull: boolean): ModelAttributeColumnOptions<Model> {
  return {
    type: DataTypes.TEXT,
    allowNull,
    get(this: Model) {
      const raw = this.getDataValue(name) as unknown;
      if (raw === null || raw === undefined) return null;
      return typeof raw === 'string' ? JSON.parse(raw) : raw;
    },
    set(this: Model, value: unknown) {
      this.setDataValue(name, value === null || value === undefined ? null : JSON.stringify(value));
    },
  };
}

export interface LocalTextValue {
  fi: string;
  sv?: string;
  en?: string;
}
export interface AreasValue {
  wholeCountry: boolean;
  regions: string[];
  municipalities: string[];
}
export interface InternalContactValue {
  name?: string;
  email?: string;
  phone?: string;
}

/** An organisation's public listing in the directory; one per organisation. */
export class DirectoryListing extends Model<
  InferAttributes<DirectoryListing>,
  InferCreationAttributes<DirectoryListing>
> {
  declare organisationId: number;
  declare description: LocalTextValue;
  declare email: string | null;
  declare phone: string | null;
  declare website: string | null;
  declare street: string | null;
  declare postalCode: string | null;
  declare areas: AreasValue;
  declare languages: string[];
  /** Private. */
  declare internalContact: InternalContactValue | null;
  /** Private. */
  declare keeperNotes: string | null;
  declare checkedAt: Date;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    DirectoryListing.init(
      {
        organisationId: { type: DataTypes.INTEGER, primaryKey: true },
        description: jsonColumn('description', false),
        email: { type: DataTypes.STRING(254), allowNull: true },
        phone: { type: DataTypes.STRING(40), allowNull: true },
        website: { type: DataTypes.STRING(300), allowNull: true },
        street: { type: DataTypes.STRING(200), allowNull: true },
        postalCode: { type: DataTypes.STRING(5), allowNull: true },
        areas: jsonColumn('areas', false),
        languages: jsonColumn('languages', false),
        internalContact: jsonColumn('internalContact', true),
        keeperNotes: { type: DataTypes.TEXT, allowNull: true },
        checkedAt: { type: DataTypes.DATE, allowNull: false },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'directory_listings', underscored: true },
    );
  }
}

export interface ChannelValue {
  kind: 'place' | 'phone' | 'web' | 'online' | 'email';
  [key: string]: unknown;
}

/** A service a listing offers. The search columns are written from the rest on every save. */
export class DirectoryService extends Model<
  InferAttributes<DirectoryService>,
  InferCreationAttributes<DirectoryService>
> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  declare position: number;
  declare name: LocalTextValue;
  declare description: LocalTextValue;
  declare targetGroups: string[];
  declare themes: string[];
  declare keywords: string[];
  declare channels: ChannelValue[];
  declare fee: { free: boolean; description?: string };
  declare referralRequired: boolean;
  /** Null: the listing's. */
  declare areas: AreasValue | null;
  declare languages: string[] | null;
  declare sortKey: string;
  declare targetMask: number;
  declare themeMask: number;
  declare languageMask: number;
  declare free: boolean;
  declare searchText: string;
  declare checkedAt: Date;
  declare createdAt: CreationOptional<Date>;
  declare updatedAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    DirectoryService.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        position: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        name: jsonColumn('name', false),
        description: jsonColumn('description', false),
        targetGroups: jsonColumn('targetGroups', false),
        themes: jsonColumn('themes', false),
        keywords: jsonColumn('keywords', false),
        channels: jsonColumn('channels', false),
        fee: jsonColumn('fee', false),
        referralRequired: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: false },
        areas: jsonColumn('areas', true),
        languages: jsonColumn('languages', true),
        sortKey: { type: DataTypes.STRING(100), allowNull: false },
        targetMask: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        themeMask: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        languageMask: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        free: { type: DataTypes.BOOLEAN, allowNull: false, defaultValue: true },
        searchText: { type: DataTypes.TEXT, allowNull: false },
        checkedAt: { type: DataTypes.DATE, allowNull: false },
        createdAt: DataTypes.DATE,
        updatedAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'directory_services', underscored: true },
    );
  }
}

/** One stemmed word of one service. */
export class DirectoryTerm extends Model<
  InferAttributes<DirectoryTerm>,
  InferCreationAttributes<DirectoryTerm>
> {
  declare term: string;
  declare serviceId: number;

  static define(sequelize: Sequelize) {
    DirectoryTerm.init(
      {
        term: { type: DataTypes.STRING(40).BINARY, primaryKey: true },
        serviceId: { type: DataTypes.INTEGER, primaryKey: true },
      },
      { sequelize, tableName: 'directory_terms', underscored: true, timestamps: false },
    );
  }
}

/** One area a service serves: `FI`, `R:<region>` or `M:<municipality>`. */
export class DirectoryServiceArea extends Model<
  InferAttributes<DirectoryServiceArea>,
  InferCreationAttributes<DirectoryServiceArea>
> {
  declare area: string;
  declare serviceId: number;

  static define(sequelize: Sequelize) {
    DirectoryServiceArea.init(
      {
        area: { type: DataTypes.STRING(8), primaryKey: true },
        serviceId: { type: DataTypes.INTEGER, primaryKey: true },
      },
      { sequelize, tableName: 'directory_service_areas', underscored: true, timestamps: false },
    );
  }
}

/** An emailed one-time link to edit a listing, kept hashed. */
export class DirectoryEditLink extends Model<
  InferAttributes<DirectoryEditLink>,
  InferCreationAttributes<DirectoryEditLink>
> {
  declare id: CreationOptional<number>;
  declare organisationId: number;
  declare tokenHash: string;
  declare email: string;
  declare expiresAt: Date;
  declare usedAt: CreationOptional<Date | null>;
  declare createdAt: Date;

  static define(sequelize: Sequelize) {
    DirectoryEditLink.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: false },
        tokenHash: { type: DataTypes.STRING(64), allowNull: false },
        email: { type: DataTypes.STRING(254), allowNull: false },
        expiresAt: { type: DataTypes.DATE, allowNull: false },
        usedAt: { type: DataTypes.DATE, allowNull: true },
        createdAt: { type: DataTypes.DATE, allowNull: false },
      },
      { sequelize, tableName: 'directory_edit_links', underscored: true, updatedAt: false },
    );
  }
}
