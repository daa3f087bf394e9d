import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { CONTRACT_STATUSES, type ContractStatus } from '../domain/communityEnums.js';
import { valuesOf } from '../domain/enums.js';
import { Timestamped } from './base.js';
import { atLeast, maxLength, oneOf } from './checks.js';
import type { Media } from './Media.js';
import type { Sponsorship } from './Sponsorship.js';

/**
 * The agreement of an approved sponsorship: the texts its document is rendered from (copied at approval,
 * editable while a draft, each save a new revision), the rendered document sent for signature and the
 * signed one. A sponsorship has at most one contract that is not outdated.
 */
@Entity('contracts')
@Index('uq_contracts_one_live_per_sponsorship', ['sponsorship_id'], { unique: true, where: `"status" <> 'outdated'` })
@Check('chk_contracts_status', oneOf('status', valuesOf(CONTRACT_STATUSES)))
@Check('chk_contracts_revision', atLeast('revision', 1))
@Check('chk_contracts_sent_document', `"status" <> 'awaiting_signature' OR "document_media_id" IS NOT NULL`)
@Check('chk_contracts_executed_signed', `"status" <> 'executed' OR ("signed_document_media_id" IS NOT NULL AND "executed_on" IS NOT NULL)`)
@Check('chk_contracts_sponsor_info', maxLength('sponsor_info'))
@Check('chk_contracts_sponsor_contact', maxLength('sponsor_contact'))
@Check('chk_contracts_benefits_list', maxLength('benefits_list'))
@Check('chk_contracts_legal_clauses', maxLength('legal_clauses'))
export class Contract extends Timestamped {
  /** RESTRICT: a contract is a financial record; a draft goes only when its sponsorship rolls back. */
  @Column({ type: 'int' })
  sponsorship_id: number;

  @ManyToOne('Sponsorship', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sponsorship_id', foreignKeyConstraintName: 'fk_contracts_sponsorship' })
  sponsorship?: Relation<Sponsorship>;

  @Index('ix_contracts_status')
  @Column({ type: 'varchar', length: 20, default: 'draft' })
  status: ContractStatus;

  /** 1 when made; each save of the draft adds one. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  /** The sponsor as the agreement names it: name, address, as copied at approval. */
  @Column({ type: 'text', default: '' })
  sponsor_info: string;

  /** The contact who signs: name, email, phone. */
  @Column({ type: 'text', default: '' })
  sponsor_contact: string;

  /** The benefits, one per line, as copied from the sponsorship at approval. */
  @Column({ type: 'text', default: '' })
  benefits_list: string;

  @Column({ type: 'text', default: '' })
  legal_clauses: string;

  /** The document sent for signature, rendered by "send". */
  @Index('ix_contracts_document_media')
  @Column({ type: 'int', nullable: true })
  document_media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'document_media_id', foreignKeyConstraintName: 'fk_contracts_document_media' })
  document_media?: Relation<Media> | null;

  /** The signed document, uploaded when the contract is executed. */
  @Index('ix_contracts_signed_document_media')
  @Column({ type: 'int', nullable: true })
  signed_document_media_id: number | null;

  @ManyToOne('Media', { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'signed_document_media_id', foreignKeyConstraintName: 'fk_contracts_signed_document_media' })
  signed_document_media?: Relation<Media> | null;

  @Column({ type: 'timestamptz', nullable: true })
  sent_on: Date | null;

  @Column({ type: 'date', nullable: true })
  executed_on: string | null;
}
