import type { WriteRule } from '../crud/types.js';
import { HttpError } from '../http/errors.js';
import { notifySponsorship } from './notifications.js';

/** The application's terms: fixed once the sponsorship leaves `applied` (it is locked) until staff unlock it. */
export const LOCKED_FIELDS = [
  'sponsor_id',
  'package_id',
  'sponsorship_fee',
  'start_date',
  'end_date',
  'year',
  'for_modified_package',
  'renewal',
];

const same = (a: unknown, b: unknown) => String(a ?? '') === String(b ?? '');

/**
 * A locked sponsorship keeps its terms: a person's change to one is a 409 unless the same write unlocks
 * it (locked: false). The workflow's own steps and the system's writes (an overlap mark) pass.
 */
export const lockedTerms: WriteRule = {
  name: 'locked sponsorship terms',
  check({ operation, before, input, actor, transition }) {
    if (operation !== 'update' || transition || !actor || !before?.locked || input.locked === false) return;
    const changed = LOCKED_FIELDS.filter((field) => field in input && !same(input[field], before[field]));
    if (!changed.length) return;
    throw new HttpError(
      409,
      `This sponsorship is locked (it is ${before.status}): its ${changed.join(', ')} cannot change. Unlock it first (locked: false), in the same save or before.`,
      Object.fromEntries(changed.map((field) => [field, 'Locked.'])),
      { locked: true },
    );
  },
};

/** Applying is creating a sponsorship: the sponsor and the sponsorship team hear of it. */
export const announceApplication: WriteRule = {
  name: 'announce an application',
  async written({ sql, operation, id }) {
    if (operation === 'create') await notifySponsorship(sql, id!, 'apply');
  },
};

/** The benefits of a locked sponsorship are part of its terms: people change them only once it is unlocked. */
export const benefitsOfLocked: WriteRule = {
  name: 'benefits of a locked sponsorship',
  async check({ sql, actor, operation, before, input }) {
    if (!actor) return;
    const ids = new Set([before?.sponsorship_id, operation === 'delete' ? undefined : input.sponsorship_id].filter((v) => v !== undefined));
    for (const id of ids) {
      const [row] = await sql.query<{ locked: boolean; status: string }>('SELECT locked, status FROM sponsorships WHERE id = $1', [id]);
      if (row?.locked) {
        throw new HttpError(409, `Sponsorship ${String(id)} is locked (it is ${row.status}): unlock it before changing its benefits.`, {
          sponsorship_id: 'Locked.',
        });
      }
    }
  },
};

/**
 * Contracts are made by approving a sponsorship and go away only when it rolls back: people neither
 * create nor delete them. People edit a contract's texts while it is a draft; each save is a new revision.
 */
export const contractEdits: WriteRule = {
  name: 'contract edits',
  check(context) {
    const { actor, operation, before, transition } = context;
    if (!actor || transition) return;
    if (operation === 'create') {
      throw new HttpError(403, 'A contract is made by approving its sponsorship: POST /api/sponsorships/{id}/approve.');
    }
    if (operation === 'delete') {
      throw new HttpError(
        403,
        'A contract is a financial record: roll its sponsorship back to editing (which drops a draft) or outdate it instead.',
      );
    }
    if (before!.status !== 'draft') {
      throw new HttpError(
        409,
        `Only a draft contract can be edited; this one is ${String(before!.status).replace(/_/g, ' ')}. Nullify and redraft it to change it.`,
        undefined,
        { status: before!.status },
      );
    }
    context.stamps.revision = (before!.revision as number) + 1;
  },
};
