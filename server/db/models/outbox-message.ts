import { DataTypes, Model } from 'sequelize';
import type {
  CreationOptional,
  InferAttributes,
  InferCreationAttributes,
  Sequelize,
} from 'sequelize';

/**
 * Where a message is in its life:
 * - `pending`: waiting to be sent (again) at `nextAttemptAt`;
 * - `sending`: claimed by one sending process (`claim`, until `lockedUntil`); once `dataSentAt`
 *   is set the end of the message was handed to the SMTP server, which may have accepted it;
 * - `sent`: accepted by the SMTP server;
 * - `failed`: refused for good, or no longer worth sending (`notAfter` passed, or retried until
 *   then); `lastError` says why;
 * - `uncertain`: the sender stopped after handing over the end of the message and before the
 *   server's answer, so the server may have accepted it. Never resent automatically (at most
 *   once): an admin looks at it.
 */
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'failed' | 'uncertain';

/**
 * An email waiting to be sent. Written in the same transaction as the change it tells of,
 * so that no message is lost while the mail server is down.
 */
export class OutboxMessage extends Model<
  InferAttributes<OutboxMessage>,
  InferCreationAttributes<OutboxMessage>
> {
  declare id: CreationOptional<number>;
  declare kind: string;
  declare toEmail: string;
  declare subject: string;
  declare textBody: string;
  declare htmlBody: CreationOptional<string | null>;
  /** Fixed when queued, so that a receiving server can drop a rare duplicate. */
  declare messageId: CreationOptional<string | null>;
  /** Lower goes first: 0 for sign-in and confirmation codes. */
  declare priority: CreationOptional<number>;
  /** After this time the message is not worth sending and fails instead. */
  declare notAfter: CreationOptional<Date | null>;
  declare status: CreationOptional<OutboxStatus>;
  declare attempts: CreationOptional<number>;
  declare lastError: CreationOptional<string | null>;
  declare nextAttemptAt: CreationOptional<Date>;
  /** A sender's claim on the row until this time, so that two servers never send it twice. */
  declare lockedUntil: CreationOptional<Date | null>;
  /** Which sending process holds the row while it is `sending`. */
  declare claim: CreationOptional<string | null>;
  /** When the end of the message was handed to the SMTP server (the point of no return). */
  declare dataSentAt: CreationOptional<Date | null>;
  declare sentAt: CreationOptional<Date | null>;
  /** The one-click unsubscribe address (RFC 8058) of an alert, digest or reminder. */
  declare listUnsubscribe: CreationOptional<string | null>;
  declare createdAt: CreationOptional<Date>;

  static define(sequelize: Sequelize) {
    OutboxMessage.init(
      {
        id: { type: DataTypes.INTEGER, autoIncrement: true, primaryKey: true },
        kind: { type: DataTypes.STRING(40), allowNull: false },
        toEmail: { type: DataTypes.STRING(254), allowNull: false },
        subject: { type: DataTypes.STRING(300), allowNull: false },
        textBody: { type: DataTypes.TEXT, allowNull: false },
        htmlBody: { type: DataTypes.TEXT, allowNull: true },
        messageId: { type: DataTypes.STRING(200), allowNull: true },
        priority: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 5 },
        notAfter: { type: DataTypes.DATE, allowNull: true },
        status: { type: DataTypes.STRING(10), allowNull: false, defaultValue: 'pending' },
        attempts: { type: DataTypes.INTEGER, allowNull: false, defaultValue: 0 },
        lastError: { type: DataTypes.TEXT, allowNull: true },
        nextAttemptAt: { type: DataTypes.DATE, allowNull: false, defaultValue: DataTypes.NOW },
        lockedUntil: { type: DataTypes.DATE, allowNull: true },
        claim: { type: DataTypes.STRING(40), allowNull: true },
        dataSentAt: { type: DataTypes.DATE, allowNull: true },
        sentAt: { type: DataTypes.DATE, allowNull: true },
        listUnsubscribe: { type: DataTypes.STRING(500), allowNull: true },
        createdAt: DataTypes.DATE,
      },
      { sequelize, tableName: 'outbox', underscored: true, updatedAt: false },
    );
  }
}
