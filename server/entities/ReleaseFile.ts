import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { Relation } from 'typeorm';
import { ContentManageable } from './base.js';
import { atLeast, matches, pythonOrgUrl, slug } from './checks.js';
import type { OperatingSystem } from './OperatingSystem.js';
import type { Release } from './Release.js';
import { PATTERN_MESSAGES } from '../domain/rules.js';

/** One downloadable file of a release: an installer, a source tarball, with its signatures and SBOM. */
@Entity('release_files')
@Index('uq_one_download_per_os_per_release', ['os_id', 'release_id'], { unique: true, where: '"download_button" = true' })
@Check('chk_release_files_url', pythonOrgUrl('url'))
@Check('chk_release_files_gpg_signature_file', pythonOrgUrl('gpg_signature_file'))
@Check('chk_release_files_sigstore_signature_file', pythonOrgUrl('sigstore_signature_file'))
@Check('chk_release_files_sigstore_cert_file', pythonOrgUrl('sigstore_cert_file'))
@Check('chk_release_files_sigstore_bundle_file', pythonOrgUrl('sigstore_bundle_file'))
@Check('chk_release_files_sbom_spdx2_file', pythonOrgUrl('sbom_spdx2_file'))
@Check('chk_release_files_md5_sum', matches('md5_sum', '^[0-9a-f]{32}$', { allowEmpty: true, message: PATTERN_MESSAGES.md5 }))
@Check('chk_release_files_sha256_sum', matches('sha256_sum', '^[0-9a-f]{64}$', { allowEmpty: true, message: PATTERN_MESSAGES.sha256 }))
@Check('chk_release_files_filesize', atLeast('filesize', 0))
@Check('chk_release_files_slug', slug('slug'))
export class ReleaseFile extends ContentManageable {
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index('uq_release_files_slug', { unique: true })
  @Column({ type: 'varchar', length: 200 })
  slug: string;

  @Index('ix_release_files_os')
  @Column({ type: 'int' })
  os_id: number;

  /** Refused while files use it: an OS is removed only once its files are gone. */
  @ManyToOne('OperatingSystem', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'os_id', foreignKeyConstraintName: 'fk_release_files_os' })
  os?: Relation<OperatingSystem>;

  @Index('ix_release_files_release')
  @Column({ type: 'int' })
  release_id: number;

  /** Deleting a release that has files is refused, not cascaded (Django cascades). */
  @ManyToOne('Release', { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'release_id', foreignKeyConstraintName: 'fk_release_files_release' })
  release?: Relation<Release>;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: false })
  is_source: boolean;

  @Index('ix_release_files_url', { unique: true })
  @Column({ type: 'varchar', length: 500 })
  url: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  gpg_signature_file: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sigstore_signature_file: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sigstore_cert_file: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sigstore_bundle_file: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  sbom_spdx2_file: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  md5_sum: string | null;

  /** Not in the schema document; pythondotorg has it and release scripts publish it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  sha256_sum: string | null;

  @Column({ type: 'int', default: 0 })
  filesize: number;

  @Column({ type: 'boolean', default: false })
  download_button: boolean;
}
