import { z } from 'zod';
import { MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { MAX_MARKUP_LENGTH } from '../render/markup.js';
import type { AvailableAction, CommentEntry, HistoryEntry } from '../domain/workflowResponses.js';
import type { Machine } from './machine.js';

/*
 * What a workflow's routes read and send, as zod schemas: the routes validate with them and the
 * OpenAPI document is generated from them (workflows/openapi.ts), so the two cannot drift apart; the
 * answers are typed by server/domain/workflowResponses.ts, which the admin reads too.
 */

export const MAX_REASON_LENGTH = 5000;

// row_version is checked by the workflow after the role: a caller who may never act hears 403, not 422.
export const transitionBody = z.strictObject({
  row_version: z.number({ error: 'A whole number.' }).int('A whole number.').optional(),
  reason: z.string({ error: 'A string.' }).max(MAX_REASON_LENGTH, `At most ${MAX_REASON_LENGTH} characters.`).nullable().optional(),
});

export const commentBody = z.strictObject({
  comment: z.string({ error: 'A string.' }).trim().min(1, 'Required.').max(MAX_MARKUP_LENGTH, `At most ${MAX_MARKUP_LENGTH} characters.`),
  comment_markup_type: z.enum(valuesOf(MARKUP_TYPES), { error: `One of: ${valuesOf(MARKUP_TYPES).join(', ')}.` }).optional(),
});

const states = (machine: Machine) => z.enum(machine.states as [string, ...string[]]);
const actions = (machine: Machine) => z.enum(machine.actionNames as [string, ...string[]]);

/** One action the caller may take now (GET …/transitions). */
export const availableSchema = (machine: Machine): z.ZodType<AvailableAction> =>
  z.object({ action: actions(machine), to: states(machine), reason_required: z.boolean() });

const entryBase = {
  id: z.number().int(),
  created: z.iso.datetime(),
  actor_id: z.number().int().nullable(),
  actor_username: z.string().nullable(),
};

export const commentEntrySchema = z.object({
  kind: z.literal('comment'),
  ...entryBase,
  comment: z.string(),
  comment_markup_type: z.enum(valuesOf(MARKUP_TYPES)),
}) satisfies z.ZodType<CommentEntry>;

/** One entry of a record's history (GET …/history): a transition or a review comment. */
export const historyEntrySchema = (machine: Machine): z.ZodType<HistoryEntry> =>
  z.discriminatedUnion('kind', [
    z.object({
      kind: z.literal('transition'),
      ...entryBase,
      action: actions(machine),
      from_status: states(machine),
      to_status: states(machine),
      reason: z.string().nullable(),
    }),
    commentEntrySchema,
  ]);
