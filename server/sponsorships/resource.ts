import { defineResource } from '../crud/resource.js';
import { Contract } from '../entities/Contract.js';
import { ContractTransition } from '../entities/ContractTransition.js';
import { Sponsorship } from '../entities/Sponsorship.js';
import { SponsorshipTransition } from '../entities/SponsorshipTransition.js';
import { announceApplication, contractEdits, lockedTerms } from './rules.js';
import { CONTRACT_WORKFLOW, SPONSORSHIP_WORKFLOW } from './workflow.js';

export const sponsorships = defineResource(Sponsorship, {
  access: { write: ['content_editor'] },
  workflow: SPONSORSHIP_WORKFLOW,
  filters: ['sponsor_id', 'status', 'year', 'package_id', 'locked', 'applied_on', 'start_date', 'end_date', 'overlapped_by_id'],
  sort: ['applied_on', 'year', 'status', 'start_date', 'end_date', 'sponsorship_fee'],
  defaultSort: ['applied_on', 'DESC'],
  // Set by the workflow's steps (approve, reject, finalize, roll back) and by a later sponsorship's execution.
  readOnly: ['approved_on', 'rejected_on', 'finalized_on', 'overlapped_by_id'],
  rules: [lockedTerms, announceApplication],
  constraintMessages: {
    fk_contracts_sponsorship: 'This sponsorship has a contract, a financial record: it stays.',
    chk_sponsorships_dates: { field: 'end_date', message: 'Must be after the start date.' },
  },
});

export const contracts = defineResource(Contract, {
  access: { write: ['content_editor'] },
  workflow: CONTRACT_WORKFLOW,
  // Made by approving a sponsorship and dropped only by rolling it back (contractEdits guards the pipeline too).
  operations: ['list', 'get', 'update'],
  filters: ['sponsorship_id', 'status', 'executed_on'],
  sort: ['created', 'updated', 'status', 'revision', 'executed_on'],
  defaultSort: ['created', 'DESC'],
  readOnly: ['status', 'sponsorship_id', 'revision', 'document_media_id', 'signed_document_media_id', 'sent_on', 'executed_on'],
  media: [
    { column: 'document_media_id', kind: 'document' as const },
    { column: 'signed_document_media_id', kind: 'document' as const },
  ],
  rules: [contractEdits],
  constraintMessages: {
    uq_contracts_one_live_per_sponsorship: 'This sponsorship has a contract already; outdate it before making another.',
  },
});

/** The histories are written by the workflows only (their rule's `written` phase). */
export const sponsorshipTransitions = defineResource(SponsorshipTransition, {
  access: { write: ['content_editor'] },
  filters: ['sponsorship_id', 'actor_id', 'action', 'to_status', 'created'],
  sort: ['created'],
  defaultSort: ['created', 'ASC'],
  operations: ['list', 'get'],
});

export const contractTransitions = defineResource(ContractTransition, {
  access: { write: ['content_editor'] },
  filters: ['contract_id', 'actor_id', 'action', 'to_status', 'created'],
  sort: ['created'],
  defaultSort: ['created', 'ASC'],
  operations: ['list', 'get'],
});
