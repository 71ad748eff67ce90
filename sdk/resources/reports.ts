import { endpoints as e } from '../endpoints.ts';
import { helper, send, type RequestOptions } from '../request.ts';
import type { Lang } from '../schemas/common.ts';
import type { NeedsInsightQuery } from '../schemas/reports.ts';
import type { z } from 'zod';

type NeedsCsvQuery = Omit<z.input<typeof NeedsInsightQuery>, 'format' | 'lang' | 'groupBy'> & {
  /** Dimensions to group by, as for `needsInsight`. */
  groupBy?: string | readonly string[];
  /** `fi` and `sv` use `;` and a decimal comma, `en` commas and points. */
  lang?: Lang;
};

/** Reports for umbrella organisations. */
export const reports = {
  /** Where help is needed: counts and hours by category and region. */
  needs: e.getNeedsReport,
  /** Every measure, grouped and filtered; suppressed public cells under 3 tasks. */
  needsInsight: e.getNeedsInsight,
  /**
   * The same report as the server's CSV, byte for byte (UTF-8 with a byte-order mark), with the
   * client's credentials: what an umbrella's staff download, since a plain link carries no token.
   */
  needsCsv: helper([e.getNeedsInsight], (core) => {
    return async (query: NeedsCsvQuery = {}, options: RequestOptions = {}): Promise<Blob> => {
      const response = await send(
        core,
        e.getNeedsInsight,
        { query: { ...query, lang: query.lang ?? core.options.lang, format: 'csv' } },
        { ...options, headers: { accept: 'text/csv', ...options.headers } },
      );
      return response.blob();
    };
  }),
  /** Hours given and received by month: your own, your organisation's or your umbrella's. */
  hours: e.getHoursReport,
};
