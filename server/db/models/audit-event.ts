import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/**
 * A security-relevant event: a sign-in, a role change, a key created or revoked, an export, an
 * erasure. `userId` is the person it concerns, `organisationId` the organisation; either reads it
 * (`GET /me/audit`, `GET /organisations/:id/audit`). Details hold ids and kinds, never names or
 * addresses, so the log needs no scrubbing when a person is erased. Kept `AUDIT_RETENTION_DAYS`.
 */
export class AuditEvent extends Model<
  InferAttributes<AuditEvent>,
  InferCreationAttributes<AuditEvent>
> {
  declare id: CreationOptional<number>;
  declare kind: string;
  declare userId: CreationOptional<number | null>;
  declare organisationId: CreationOptional<number | null>;
  declare actorUserId: CreationOptional<number | null>;
  declare actorKeyId: CreationOptional<number | null>;
  declare ip: CreationOptional<string | null>;
  declare details: CreationOptional<Record<string, unknown> | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    AuditEvent.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        kind: { type: DataTypes.STRING(40), allowNull: false },
        userId: { type: DataTypes.INTEGER, allowNull: true },
        organisationId: { type: DataTypes.INTEGER, allowNull: true },
        actorUserId: { type: DataTypes.INTEGER, allowNull: true },
        actorKeyId: { type: DataTypes.INTEGER, allowNull: true },
        ip: { type: DataTypes.STRING(64), allowNull: true },
        details: {
          type: DataTypes.TEXT,
          allowNull: true,
          get(this: AuditEvent) {
            const raw = this.getDataValue('details') as unknown;
            if (raw === null || raw === undefined || raw === '') return null;
            return typeof raw === 'string' ? (JSON.parse(raw) as Record<string, unknown>) : raw;
          },
          set(this: AuditEvent, value: unknown) {
            this.setDataValue(
              'details',
              (value === null || value === undefined ? null : JSON.stringify(value)) as never,
            );
          },
        },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'audit_events', underscored: true, updatedAt: false },
    );
  }
}
