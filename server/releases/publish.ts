import type { WriteOnlyField, WriteRule } from '../crud/types.js';
import { HttpError } from '../http/errors.js';
import { checklistOf } from './checklist.js';

export const PUBLISH_OVERRIDE = 'publish_override';

/**
 * Why a release is published although its checklist is not complete. Write-only: it becomes no column
 * (never stored on the release nor returned); the publish gate records it in the write's audit entry.
 */
export const publishOverride: WriteOnlyField = {
  minLength: 1,
  maxLength: 2000,
  description:
    'Why to publish although the checklist (GET /api/releases/{id}/checklist) is not complete. Only with a write that publishes; recorded in the audit log, never stored on the release.',
  toColumns: async () => ({}),
};

/**
 * Publishing (is_published from false to true, or a new release created published) needs a complete
 * checklist, or a publish_override saying why not: refused with 409 and the missing items otherwise.
 * The checklist is computed on the locked release as this write leaves it (a body that publishes and sets
 * the release notes URL counts that URL), with its files held until the write commits.
 *
 * A publish_override on a write that does not publish is a 422, not silently dropped: the caller thinks it
 * overrides something, and it would override nothing (e.g. the release was published meanwhile).
 */
export const publishGate: WriteRule = {
  name: 'publish checklist',
  async check({ sql, id, input, before, operation, transition, details: audit }) {
    if (operation === 'delete' || transition) return;
    const override = input[PUBLISH_OVERRIDE] as string | undefined;
    const publishing = input.is_published === true && before?.is_published !== true;
    if (!publishing) {
      if (override === undefined) return;
      const message = 'publish_override applies only to a write that publishes the release (is_published from false to true).';
      throw new HttpError(422, message, { [PUBLISH_OVERRIDE]: message });
    }
    if (override !== undefined && override.trim() === '') {
      throw new HttpError(422, 'Say why the release is published anyway.', {
        [PUBLISH_OVERRIDE]: 'Say why the release is published anyway.',
      });
    }
    const checklist = await checklistOf(sql, id, { ...before, ...input }, { lockFiles: true });
    const missing = checklist.items.filter((item) => !item.ok);
    if (override !== undefined) {
      audit[PUBLISH_OVERRIDE] = { new: override, missing };
      return;
    }
    if (!missing.length) return;
    const name = String(input.name ?? before?.name ?? 'This release');
    const details = missing.map((item) => item.detail.replace(/\.$/, '')).join('; ');
    throw new HttpError(
      409,
      `${name} is not ready to publish: ${details}. Complete its checklist, or publish anyway with a publish_override saying why.`,
      { is_published: `Not ready to publish: ${details}.` },
      { missing },
    );
  },
};
