import type { Sequelize } from 'sequelize';
import { AccessToken } from './access-token.ts';
import { Affiliation } from './affiliation.ts';
import { AffiliationInvitation } from './affiliation-invitation.ts';
import { AlertSetting } from './alert-setting.ts';
import { ApiKey } from './api-key.ts';
import { Application } from './application.ts';
import { AuditEvent } from './audit-event.ts';
import { AuthCode } from './auth-code.ts';
import { ConfirmationCode } from './confirmation-code.ts';
import {
  DirectoryEditLink,
  DirectoryListing,
  DirectoryService,
  DirectoryServiceArea,
  DirectoryTerm,
} from './directory.ts';
import { Feedback } from './feedback.ts';
import { Group } from './group.ts';
import { GroupMember } from './group-member.ts';
import { IdempotencyKey } from './idempotency-key.ts';
import { JobRun } from './job-run.ts';
import { JoinRequest } from './join-request.ts';
import { Membership } from './membership.ts';
import { Message } from './message.ts';
import { MessageRead } from './message-read.ts';
import { Organisation } from './organisation.ts';
import { OutboxMessage } from './outbox-message.ts';
import { ProBonoProgramme } from './pro-bono-programme.ts';
import { RateLimit } from './rate-limit.ts';
import { SigningKey } from './signing-key.ts';
import { Task } from './task.ts';
import { TaskInvitation } from './task-invitation.ts';
import { User } from './user.ts';
import { VisitorRequest } from './visitor-request.ts';

export {
  AccessToken,
  Affiliation,
  AffiliationInvitation,
  AlertSetting,
  ApiKey,
  Application,
  AuditEvent,
  AuthCode,
  ConfirmationCode,
  Feedback,
  Group,
  GroupMember,
  IdempotencyKey,
  JobRun,
  JoinRequest,
  Membership,
  Message,
  MessageRead,
  Organisation,
  OutboxMessage,
  ProBonoProgramme,
  RateLimit,
  DirectoryListing,
  DirectoryService,
  DirectoryTerm,
  DirectoryServiceArea,
  DirectoryEditLink,
  SigningKey,
  Task,
  TaskInvitation,
  User,
  VisitorRequest,
};

/** Defines every model on one connection and wires the associations, in one place. */
export function defineModels(sequelize: Sequelize) {
  for (const model of [
    User,
    AuthCode,
    AccessToken,
    Organisation,
    Membership,
    Affiliation,
    AffiliationInvitation,
    ApiKey,
    Group,
    GroupMember,
    Task,
    Application,
    Feedback,
    Message,
    MessageRead,
    OutboxMessage,
    IdempotencyKey,
    VisitorRequest,
    JoinRequest,
    ProBonoProgramme,
    RateLimit,
    DirectoryListing,
    DirectoryService,
    DirectoryTerm,
    DirectoryServiceArea,
    DirectoryEditLink,
    JobRun,
    AuditEvent,
    ConfirmationCode,
    AlertSetting,
    TaskInvitation,
    SigningKey,
  ]) {
    model.define(sequelize);
  }

  Membership.belongsTo(User, { as: 'user', foreignKey: 'userId' });
  Membership.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
  Organisation.hasMany(Membership, { as: 'memberships', foreignKey: 'organisationId' });
  User.hasMany(Membership, { as: 'memberships', foreignKey: 'userId' });
  Affiliation.belongsTo(Organisation, { as: 'umbrella', foreignKey: 'umbrellaId' });
  Affiliation.belongsTo(Organisation, { as: 'member', foreignKey: 'memberId' });
  AffiliationInvitation.belongsTo(Organisation, { as: 'umbrella', foreignKey: 'umbrellaId' });
  ApiKey.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
  Group.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
  GroupMember.belongsTo(Group, { as: 'group', foreignKey: 'groupId' });
  Task.belongsTo(Organisation, { as: 'organisation', foreignKey: 'organisationId' });
  Task.belongsTo(User, { as: 'createdBy', foreignKey: 'createdById' });
  Task.belongsTo(Group, { as: 'group', foreignKey: 'groupId' });
  Task.hasMany(Application, { as: 'applications', foreignKey: 'taskId' });
  Application.belongsTo(Task, { as: 'task', foreignKey: 'taskId' });
  Application.belongsTo(User, { as: 'user', foreignKey: 'userId' });
  Feedback.belongsTo(User, { as: 'from', foreignKey: 'fromUserId' });
  Feedback.belongsTo(User, { as: 'to', foreignKey: 'toUserId' });
  Message.belongsTo(User, { as: 'author', foreignKey: 'authorId' });
  JoinRequest.belongsTo(User, { as: 'user', foreignKey: 'userId' });
}
