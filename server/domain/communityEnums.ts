/**
 * Enumerations of the community, sponsors and nominations tables, kept apart from enums.ts
 * only to keep that file short. Like it, this module is safe for the admin bundle to import.
 */
import { choices } from './enums.js';

/** community.Post.media_type */
export const POST_MEDIA_TYPES = choices([
  [1, 'Text'],
  [2, 'Photo'],
  [3, 'Video'],
  [4, 'Link'],
] as const);
export type PostMediaType = (typeof POST_MEDIA_TYPES)[number]['id'];

/** community.Post.status */
export const POST_STATUSES = choices([
  [1, 'Private'],
  [2, 'Public'],
] as const);
export type PostStatus = (typeof POST_STATUSES)[number]['id'];

/** sponsors.Sponsorship.status */
export const SPONSORSHIP_STATUSES = choices([
  ['applied', 'Applied'],
  ['rejected', 'Rejected'],
  ['approved', 'Approved'],
  ['finalized', 'Finalized'],
] as const);
export type SponsorshipStatus = (typeof SPONSORSHIP_STATUSES)[number]['id'];

/** nominations.ElectionKind.nomination_form: which form and acknowledgment wording an election uses. */
export const NOMINATION_FORMS = choices([
  ['board', 'PSF Board'],
  ['packaging_council', 'Packaging Council'],
] as const);
export type NominationForm = (typeof NOMINATION_FORMS)[number]['id'];

/** sponsors.Contract.status */
export const CONTRACT_STATUSES = choices([
  ['draft', 'Draft'],
  ['outdated', 'Outdated'],
  ['awaiting_signature', 'Awaiting signature'],
  ['executed', 'Executed'],
  ['nullified', 'Nullified'],
] as const);
export type ContractStatus = (typeof CONTRACT_STATUSES)[number]['id'];
