import { defineResource } from '../crud/resource.js';
import { Sponsor } from '../entities/Sponsor.js';
import { SponsorBenefit } from '../entities/SponsorBenefit.js';
import { SponsorContact } from '../entities/SponsorContact.js';
import { SponsorshipBenefit } from '../entities/SponsorshipBenefit.js';
import { SponsorshipPackage } from '../entities/SponsorshipPackage.js';
import { SponsorshipProgram } from '../entities/SponsorshipProgram.js';
import { benefitsOfLocked } from '../sponsorships/rules.js';

export const sponsors = defineResource(Sponsor, {
  versions: {},
  access: { write: ['content_editor'] },
  search: ['name', 'description'],
  filters: ['country', 'city', 'created'],
  sort: ['name', 'created', 'updated'],
  defaultSort: ['name', 'ASC'],
  constraintMessages: {
    fk_sponsorships_sponsor: 'This sponsor has sponsorships; they are financial records and stay.',
    chk_sponsors_web_logo_source: { field: 'web_logo', message: 'Required: a logo from the media library or its URL.' },
  },
  media: ['web_logo_media_id', 'white_logo_media_id', 'print_logo_media_id'].map((column) => ({ column, kind: 'image' as const })),
});

export const sponsorContacts = defineResource(SponsorContact, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['sponsor_id', 'user_id', 'primary', 'manager'],
  sort: ['name', 'email'],
  defaultSort: ['name', 'ASC'],
});

export const sponsorshipPrograms = defineResource(SponsorshipProgram, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  sort: ['name', 'order'],
  defaultSort: ['order', 'ASC'],
});

export const sponsorshipPackages = defineResource(SponsorshipPackage, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['year', 'slug', 'advertise'],
  sort: ['name', 'year', 'order', 'sponsorship_amount'],
  defaultSort: ['order', 'ASC'],
});

export const sponsorshipBenefits = defineResource(SponsorshipBenefit, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['program_id', 'year', 'package_only', 'unavailable', 'standalone'],
  sort: ['name', 'year', 'order'],
  defaultSort: ['order', 'ASC'],
});

export const sponsorBenefits = defineResource(SponsorBenefit, {
  access: { write: ['content_editor'] },
  quickSearch: 'name',
  filters: ['sponsorship_id', 'sponsorship_benefit_id', 'program_id'],
  sort: ['name', 'order'],
  defaultSort: ['order', 'ASC'],
  rules: [benefitsOfLocked],
});
