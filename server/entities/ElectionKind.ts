import { Check, Column, Entity, Index } from 'typeorm';
import { NOMINATION_FORMS } from '../domain/communityEnums.js';
import type { NominationForm } from '../domain/communityEnums.js';
import { valuesOf } from '../domain/enums.js';
import { PATTERN_MESSAGES } from '../domain/rules.js';
import { Timestamped } from './base.js';
import { matches, oneOf, slug } from './checks.js';

/** A kind of election (PSF Board, Packaging Council, ...): its colour and which nomination form it uses. */
@Entity('election_kinds')
@Check('chk_election_kinds_nomination_form', oneOf('nomination_form', valuesOf(NOMINATION_FORMS)))
@Check('chk_election_kinds_slug', slug('slug', { allowEmpty: true }))
@Check(
  'chk_election_kinds_accent_color',
  matches('accent_color', '^#([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$', { message: PATTERN_MESSAGES.color }),
)
export class ElectionKind extends Timestamped {
  @Index('uq_election_kinds_name', { unique: true })
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Derived from the name on save. */
  @Index('uq_election_kinds_slug', { unique: true })
  @Column({ type: 'varchar', length: 120, nullable: true })
  slug: string | null;

  /** django-colorfield's max_length; its default "hex" format is what the CHECK allows. */
  @Column({ type: 'varchar', length: 25, default: '#0073b7' })
  accent_color: string;

  @Column({ type: 'varchar', length: 32, default: 'board' })
  nomination_form: NominationForm;
}
