import type { ContractStatus, SponsorshipStatus } from '../domain/communityEnums.js';
import { CONTRACT_STATUSES, SPONSORSHIP_STATUSES } from '../domain/communityEnums.js';
import { valuesOf, type RoleSlug } from '../domain/enums.js';
import {
  CONTRACT_TRANSITIONS,
  SPONSORSHIP_TRANSITIONS,
  type ContractAction,
  type SponsorshipAction,
} from '../domain/sponsorshipWorkflow.js';
import { Contract } from '../entities/Contract.js';
import { ContractTransition } from '../entities/ContractTransition.js';
import { SponsorBenefit } from '../entities/SponsorBenefit.js';
import { Sponsorship } from '../entities/Sponsorship.js';
import { SponsorshipTransition } from '../entities/SponsorshipTransition.js';
import { deliveryConfig } from '../config.js';
import { defineMachine, type ActionSpec, type Effect, type PrepareServices } from '../workflows/machine.js';
import { agreementFacts, agreementFileName, renderAgreement } from './contractDocument.js';
import { contractTexts, packageBenefits } from './contractTexts.js';
import { notifySponsorship } from './notifications.js';
import { approvalColumns, approvalTerms, executionColumns, executionParams, rollbackColumns, today } from './terms.js';

/** The PSF sponsorship team works as content editors (and superusers). */
const STAFF: readonly RoleSlug[] = ['content_editor'];

/** Approval fixes the agreement: the package's benefits (when the sponsor chose none) and a draft contract from them. */
const createContract: Effect = async (sql, step) => {
  const id = step.after.id as number;
  for (const benefit of await packageBenefits(sql, id, step.after.package_id as number)) {
    await step.write(SponsorBenefit, { operation: 'create', input: { ...benefit, sponsorship_id: id }, asSystem: true });
  }
  await step.write(Contract, { operation: 'create', input: { sponsorship_id: id, ...(await contractTexts(sql, id)) }, asSystem: true });
};

/** Rolling back drops the draft contract (rollbackColumns refused anything else); outdated ones stay on record. */
const dropDraftContract: Effect = async (sql, step) => {
  const drafts = await sql.query<{ id: number }>(`SELECT id FROM contracts WHERE sponsorship_id = $1 AND status = 'draft'`, [
    step.after.id,
  ]);
  for (const { id } of drafts) await step.write(Contract, { operation: 'delete', id, asSystem: true });
};

const tell =
  (notice: 'approve' | 'reject'): Effect =>
  (sql, step) =>
    notifySponsorship(sql, step.after.id as number, notice, { reason: step.reason });

const SPONSORSHIP_POLICY: Record<SponsorshipAction, Omit<ActionSpec<SponsorshipStatus>, 'from' | 'to'>> = {
  approve: { roles: STAFF, params: approvalTerms, set: approvalColumns, effects: [createContract, tell('approve')] },
  reject: { roles: STAFF, reasonRequired: ['role'], set: () => ({ rejected_on: today(), locked: true }), effects: [tell('reject')] },
  finalize: { system: true, set: () => ({ finalized_on: today() }) },
  rollback: { roles: STAFF, set: rollbackColumns, effects: [dropDraftContract] },
};

const sponsorshipActions = {} as Record<SponsorshipAction, ActionSpec<SponsorshipStatus>>;
for (const { action, from, to } of SPONSORSHIP_TRANSITIONS) sponsorshipActions[action] = { from, to, ...SPONSORSHIP_POLICY[action] };

export const SPONSORSHIP_WORKFLOW = defineMachine<SponsorshipStatus, SponsorshipAction>({
  states: valuesOf(SPONSORSHIP_STATUSES),
  initial: 'applied',
  actions: sponsorshipActions,
  history: { entity: SponsorshipTransition, subjectColumn: 'sponsorship_id' },
});

/** "Send": the agreement rendered from the contract's texts and the sponsorship's terms, into the media library. */
async function renderAndStore(record: Record<string, unknown>, services: PrepareServices) {
  const facts = await agreementFacts(services.sql, record.id as number);
  const file = await renderAgreement(facts);
  return { document_media_id: await services.storeFile({ path: file, fileName: agreementFileName(facts), use: 'document' }) };
}

/** The executed contract's sponsorship is final, and earlier overlapping final sponsorships of its sponsor are overlapped by it. */
const finalizeSponsorship: Effect = async (sql, step) => {
  const sponsorshipId = step.after.sponsorship_id as number;
  const sponsorship = await step.write(Sponsorship, {
    operation: 'update',
    id: sponsorshipId,
    transition: { action: 'finalize' },
    asSystem: true,
  });
  const overlapped = await sql.query<{ id: number }>(
    `SELECT id FROM sponsorships
     WHERE sponsor_id = $1 AND id <> $2 AND status = 'finalized' AND overlapped_by_id IS NULL
       AND start_date < $3::date AND end_date >= $3::date
     ORDER BY id`,
    [sponsorship.sponsor_id, sponsorshipId, sponsorship.start_date],
  );
  for (const { id } of overlapped) {
    await step.write(Sponsorship, { operation: 'update', id, input: { overlapped_by_id: sponsorshipId }, asSystem: true });
  }
  await notifySponsorship(sql, sponsorshipId, 'execute');
};

const announceDocument: Effect = async (sql, step) => {
  const [media] = await sql.query<{ sha256: string; original_name: string }>('SELECT sha256, original_name FROM media WHERE id = $1', [
    step.after.document_media_id,
  ]);
  const base = deliveryConfig().publicBaseUrl ?? '';
  const document = media ? `${base}/media/${media.sha256}/${encodeURIComponent(media.original_name)}` : null;
  await notifySponsorship(sql, step.after.sponsorship_id as number, 'send', { document });
};

const CONTRACT_POLICY: Record<ContractAction, Omit<ActionSpec<ContractStatus>, 'from' | 'to'>> = {
  send: {
    roles: STAFF,
    prepare: renderAndStore,
    set: (_before, params) => ({ document_media_id: params.document_media_id, sent_on: new Date() }),
    effects: [announceDocument],
  },
  execute: { roles: STAFF, params: executionParams, set: executionColumns, effects: [finalizeSponsorship] },
  nullify: { roles: STAFF, reasonRequired: ['role'] },
  // A new draft: sent again, it is rendered again.
  redraft: { roles: STAFF, set: (before) => ({ revision: (before.revision as number) + 1, document_media_id: null, sent_on: null }) },
  outdate: { roles: STAFF, reasonRequired: ['role'] },
};

const contractActions = {} as Record<ContractAction, ActionSpec<ContractStatus>>;
for (const { action, from, to } of CONTRACT_TRANSITIONS) contractActions[action] = { from, to, ...CONTRACT_POLICY[action] };

export const CONTRACT_WORKFLOW = defineMachine<ContractStatus, ContractAction>({
  states: valuesOf(CONTRACT_STATUSES),
  initial: 'draft',
  actions: contractActions,
  history: { entity: ContractTransition, subjectColumn: 'contract_id' },
});
