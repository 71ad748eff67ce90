import { endpoints as e } from '../endpoints.ts';

/** The directory (hyvinvointitarjotin): services found by need and place, and their listings. */
export const directory = {
  /** Target groups, themes and languages, with their names in fi, sv and en. */
  vocabulary: e.getDirectoryVocabulary,
  /** Search services; the answer has facet counts and a cursor for the next page. */
  search: e.searchDirectory,
  listings: {
    /** An organisation's public listing (the id is the organisation's). */
    get: e.getDirectoryListing,
    /** With its private fields (the organisation's members). */
    getEditable: e.getEditableListing,
    /** Write the whole listing with its services (the organisation's members). */
    update: e.updateListing,
    /** Email a one-time edit link to the listing's stored contact address. */
    requestEditLink: e.requestListingEditLink,
  },
  /** What an emailed edit link opens, and saving with it (once). */
  editLink: {
    open: e.openListingEditLink,
    save: e.saveListingWithEditLink,
  },
};
