import { z } from 'zod';

/** POST …/versions/{n}/restore: the row_version the client is looking at, as for any update. */
export const restoreBody = z.strictObject({
  row_version: z.number({ error: 'Required: the version you are looking at.' }).int('Must be a whole number.').min(1, 'At least 1.'),
});

/** One version in a list: who saved it, when, whether the record was published then. */
export const versionSummary = z.object({
  number: z.number().int(),
  created: z.iso.datetime({ offset: true }),
  published: z.boolean(),
  author_id: z.number().int().nullable(),
  author: z.string().nullable().describe("The author's user name (null once the user is deleted)"),
  token_id: z.number().int().nullable().describe('The API token it was saved with, if not a signed-in session'),
  comment: z.string().nullable(),
});

/** One version with its snapshot: the record's fields as they were, and its children by resource. */
export const versionDetail = versionSummary.extend({
  snapshot: z.record(z.string(), z.unknown()).describe('The fields as a read returned them; owned records under "children", by resource'),
});
