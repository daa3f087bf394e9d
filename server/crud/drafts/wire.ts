import { z } from 'zod';

/** POST /api/{resource}/{id}/publish: the version the client is looking at (its draft's, if it has one) and a note for the version. */
export const publishBody = z.strictObject({
  row_version: z
    .number({ error: "Required: the row_version you are looking at (the draft's, if there is one)." })
    .int('Must be a whole number.')
    .min(1, 'At least 1.'),
  version_comment: z.string().min(1, 'At least 1 characters.').max(500, 'At most 500 characters.').optional(),
});
