import type { ContractStatus, SponsorshipStatus } from './communityEnums.js';
import type { TransitionRule } from './transitionRules.js';

/**
 * The sponsorship and contract transitions of docs/api.md ("Sponsorships and contracts") as data:
 * the workflow engine, the database's CHECKs on recorded transitions, the admin's buttons and the
 * transition tests all read these two tables. Safe for the admin bundle to import.
 */
export const SPONSORSHIP_TRANSITIONS = [
  { action: 'approve', from: ['applied'], to: 'approved' },
  { action: 'reject', from: ['applied'], to: 'rejected' },
  // Only the contract's execution takes it (a system step): nobody finalizes a sponsorship by hand.
  { action: 'finalize', from: ['approved'], to: 'finalized' },
  { action: 'rollback', from: ['applied', 'approved', 'rejected'], to: 'applied' },
] as const satisfies readonly TransitionRule<SponsorshipStatus>[];

export const CONTRACT_TRANSITIONS = [
  { action: 'send', from: ['draft'], to: 'awaiting_signature' },
  { action: 'execute', from: ['draft', 'awaiting_signature'], to: 'executed' },
  { action: 'nullify', from: ['awaiting_signature'], to: 'nullified' },
  { action: 'redraft', from: ['nullified'], to: 'draft' },
  // A contract that will not be used (the deal changed): kept as a record; the sponsorship may then roll back.
  { action: 'outdate', from: ['draft', 'nullified'], to: 'outdated' },
] as const satisfies readonly TransitionRule<ContractStatus>[];

export type SponsorshipAction = (typeof SPONSORSHIP_TRANSITIONS)[number]['action'];
export type ContractAction = (typeof CONTRACT_TRANSITIONS)[number]['action'];
