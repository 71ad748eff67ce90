import { endpoints as e } from '../endpoints.ts';

/** Groups: tasks targeted at a group are seen only by its members. */
export const groups = {
  list: e.listGroups,
  create: e.createGroup,
  get: e.getGroup,
  update: e.updateGroup,
  /** Join a group with its code. */
  join: e.joinGroup,
  members: {
    list: e.listGroupMembers,
    /** Invite members by email; the emails need no account yet. */
    add: e.addGroupMembers,
    remove: e.removeGroupMember,
  },
};
