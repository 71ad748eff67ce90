import { endpoints as e } from '../endpoints.ts';

/** The support-service categories. */
export const categories = {
  list: e.listCategories,
};

/** Finnish postal codes. */
export const postalCodes = {
  /** Municipality and region of a postal code. */
  get: e.getPostalCode,
};
