import { DataTypes } from 'sequelize';
import type { ModelAttributeColumnOptions, Model } from 'sequelize';

/**
 * A JSON list kept as TEXT. MariaDB's JSON is LONGTEXT on the wire, so the driver would hand back
 * a string there and an object on MySQL; (de)serialising ourselves behaves the same everywhere.
 */
export function jsonListColumn(name: string): ModelAttributeColumnOptions<Model> {
  return {
    type: DataTypes.TEXT,
    allowNull: false,
    defaultValue: '[]',
    get(this: Model) {
      const raw = this.getDataValue(name) as unknown;
      if (Array.isArray(raw)) return raw;
      return typeof raw === 'string' && raw !== '' ? JSON.parse(raw) : [];
    },
    set(this: Model, value: unknown) {
      this.setDataValue(name, JSON.stringify(value ?? []));
    },
  };
}
