import { describe, expect, it } from 'vitest';
import type { Actor } from '../server/auth/permissions.js';
import type { RoleSlug } from '../server/domain/enums.js';
import { JobReviewComment } from '../server/entities/JobReviewComment.js';
import { JobTransition } from '../server/entities/JobTransition.js';
import { availableActions, decide as decideOn, defineMachine, type Machine, type MachineSpec } from '../server/workflows/machine.js';

/** A second workflow, shaped like sponsorships, to show the mechanism is not about jobs. */
const spec = (actions: MachineSpec<string, string>['actions']): MachineSpec<string, string> => ({
  // The entities stand in for a sponsorship's history and comments tables: the machine only names them.
  history: { entity: JobTransition, subjectColumn: 'sponsorship_id' },
  comments: { entity: JobReviewComment, subjectColumn: 'sponsorship_id' },
  states: ['applied', 'approved', 'rejected', 'finalized'],
  initial: 'applied',
  actions,
});
const sponsorships = defineMachine(
  spec({
    approve: { from: ['applied'], to: 'approved', roles: ['content_editor'] },
    reject: { from: ['applied'], to: 'rejected', roles: ['content_editor'], owner: true, reasonRequired: ['role'] },
    finalize: { from: ['approved'], to: 'finalized', system: true },
  }),
);

/** The machine bound to its resource, as the resource's model binds it: messages call a record "sponsorship". */
const decide = (
  machine: Machine,
  ...rest: [Parameters<typeof decideOn>[1], Parameters<typeof decideOn>[2], Parameters<typeof decideOn>[3]]
) => decideOn({ machine, noun: 'sponsorship', stateColumn: 'status' }, ...rest);

const person = (id: number, roles: RoleSlug[] = [], isSuperuser = false): Actor => ({
  id,
  username: `u${id}`,
  email: `u${id}@example.org`,
  first_name: null,
  last_name: null,
  isSuperuser,
  roles,
  tokenId: null,
});
const record = (status: string, creator_id = 1) => ({ id: 7, status, creator_id, row_version: 3 });

describe('the declarative state machine', () => {
  it('refuses, at definition, unknown states, actions nobody may take, and reasons asked of outsiders', () => {
    expect(() => defineMachine(spec({ go: { from: ['applied'], to: 'nowhere', roles: ['content_editor'] } }))).toThrow(
      /unknown state "nowhere"/,
    );
    expect(() => defineMachine(spec({ go: { from: ['applied'], to: 'approved' } }))).toThrow(/nobody may go/);
    expect(() =>
      defineMachine(spec({ go: { from: ['applied'], to: 'approved', roles: ['content_editor'], reasonRequired: ['owner'] } })),
    ).toThrow(/requires a reason from "owner"/);
  });

  it('checks role (403), version and state (409), then reason (422), in that order', () => {
    const stranger = { actor: person(2, ['release_manager']), owns: false };
    const editor = { actor: person(3, ['content_editor']), owns: false };
    expect(() => decide(sponsorships, record('approved'), stranger, { action: 'reject', rowVersion: 1 })).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(() => decide(sponsorships, record('approved'), editor, { action: 'reject', rowVersion: 1 })).toThrow(
      expect.objectContaining({ status: 409, extra: expect.objectContaining({ row_version: 3 }) }),
    );
    expect(() => decide(sponsorships, record('approved'), editor, { action: 'reject', rowVersion: 3 })).toThrow(
      expect.objectContaining({ status: 409, message: expect.stringMatching(/^Cannot reject a sponsorship that is approved/) }),
    );
    expect(() => decide(sponsorships, record('applied'), editor, { action: 'reject', rowVersion: 3, reason: ' ' })).toThrow(
      expect.objectContaining({ status: 422 }),
    );
    expect(decide(sponsorships, record('applied'), editor, { action: 'reject', rowVersion: 3, reason: ' Late. ' }).reason).toBe('Late.');
    expect(() => decide(sponsorships, record('applied'), editor, { action: 'toString', rowVersion: 3 })).toThrow(
      expect.objectContaining({ status: 404 }),
    );
  });

  it('asks a reason only when every capacity the caller acts in requires one', () => {
    const owner = { actor: person(1), owns: true };
    const editorOwner = { actor: person(1, ['content_editor']), owns: true };
    const editor = { actor: person(4, ['content_editor']), owns: false };
    expect(decide(sponsorships, record('applied'), owner, { action: 'reject', rowVersion: 3 }).reason).toBeNull();
    expect(decide(sponsorships, record('applied'), editorOwner, { action: 'reject', rowVersion: 3 }).reason).toBeNull();
    expect(availableActions(sponsorships, 'applied', editor)).toEqual([
      { action: 'approve', to: 'approved', reason_required: false },
      { action: 'reject', to: 'rejected', reason_required: true },
    ]);
    expect(availableActions(sponsorships, 'applied', owner)).toEqual([{ action: 'reject', to: 'rejected', reason_required: false }]);
  });

  it('reserves system actions for the system: no person, superusers included', () => {
    expect(availableActions(sponsorships, 'approved', { actor: person(9, [], true), owns: false })).toEqual([]);
    expect(availableActions(sponsorships, 'approved', { actor: null, owns: false })).toEqual([
      { action: 'finalize', to: 'finalized', reason_required: false },
    ]);
    expect(decide(sponsorships, record('approved'), { actor: null, owns: false }, { action: 'finalize' }).reason).toBeNull();
  });
});
