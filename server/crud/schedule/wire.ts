import { z } from 'zod';

const instant = z.iso
  .datetime({ offset: true, error: 'Must be an ISO 8601 date and time with a time zone, e.g. 2027-05-01T09:00:00Z.' })
  .nullable()
  .optional();

/** PUT /api/{resource}/{id}/schedule: set (an instant) or clear (null) each; a field left out stays as it is. */
export const scheduleBody = z.strictObject({
  publish_at: instant.describe('When to publish the record (its draft, if it has one then); null clears'),
  unpublish_at: instant.describe('When to unpublish it (resources with a published state); null clears'),
});

/** A record's pending schedule. */
export const scheduleReply = z.object({
  publish_at: z.iso.datetime({ offset: true }).nullable(),
  unpublish_at: z.iso.datetime({ offset: true }).nullable(),
});

/** One entry of GET /api/schedule. */
export const scheduleEntry = z.object({
  id: z.number().int(),
  resource: z.string(),
  record_id: z.number().int(),
  label: z.string().nullable().describe("The record's title or name (null once it is deleted)"),
  action: z.enum(['publish', 'unpublish']),
  run_at: z.iso.datetime({ offset: true }),
  status: z.enum(['pending', 'done', 'failed']),
  reason: z.string().nullable().describe('Why a failed one was not applied'),
  author: z.string().nullable().describe('Who scheduled it'),
  created: z.iso.datetime({ offset: true }),
  finished: z.iso.datetime({ offset: true }).nullable(),
});

/** POST /api/{resource}/{id}/preview-link. */
export const previewLinkBody = z.strictObject({
  draft: z
    .boolean({ error: 'Must be true or false.' })
    .optional()
    .describe('Show the draft (default: when there is one) or the live record'),
});

export const previewLinkReply = z.object({
  url: z.string().describe('Opens the preview without signing in'),
  expires: z.iso.datetime({ offset: true }),
});
