import { endpoints as e } from '../endpoints.ts';

/** Public profiles. */
export const users = {
  get: e.getUser,
};
