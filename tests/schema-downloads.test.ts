import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { expectViolation, insert, PG, rows } from './support/rows.js';

describe('releases and release files in the database', () => {
  let t: TestDatabase;
  let windows: number;
  let macos: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    windows = await insert(t.db, 'operating_systems', rows.os());
    macos = await insert(t.db, 'operating_systems', rows.os({ name: 'macOS' }));
  });
  afterAll(() => t.drop());

  it('allow one download button per OS per release, and one per OS in each other release', async () => {
    const release = await insert(t.db, 'releases', rows.release());
    await insert(t.db, 'release_files', rows.releaseFile(release, windows, { download_button: true }));
    await insert(t.db, 'release_files', rows.releaseFile(release, macos, { download_button: true }));
    await insert(t.db, 'release_files', rows.releaseFile(release, windows, { download_button: false }));
    await expectViolation(
      insert(t.db, 'release_files', rows.releaseFile(release, windows, { download_button: true })),
      PG.unique,
      'uq_one_download_per_os_per_release',
    );
    const other = await insert(t.db, 'releases', rows.release());
    await insert(t.db, 'release_files', rows.releaseFile(other, windows, { download_button: true }));
  });

  it('refuse file URLs outside https://www.python.org/, in every URL field', async () => {
    const release = await insert(t.db, 'releases', rows.release());
    const fields = [
      'url',
      'gpg_signature_file',
      'sigstore_signature_file',
      'sigstore_cert_file',
      'sigstore_bundle_file',
      'sbom_spdx2_file',
    ];
    for (const field of fields) {
      for (const bad of ['https://evil.example.com/python.exe', 'http://www.python.org/ftp/x.exe', 'ftp://www.python.org/x']) {
        await expectViolation(
          insert(t.db, 'release_files', rows.releaseFile(release, windows, { [field]: bad })),
          PG.check,
          `chk_release_files_${field}`,
        );
      }
    }
    // Empty sidecar fields are allowed, as are python.org ones.
    const id = await insert(t.db, 'release_files', rows.releaseFile(release, windows, { gpg_signature_file: '', sbom_spdx2_file: null }));
    expect(id).toBeGreaterThan(0);
  });

  it('keep file URLs and slugs unique', async () => {
    const release = await insert(t.db, 'releases', rows.release());
    const file = rows.releaseFile(release, windows);
    await insert(t.db, 'release_files', file);
    await expectViolation(
      insert(t.db, 'release_files', rows.releaseFile(release, windows, { url: file.url })),
      PG.unique,
      'ix_release_files_url',
    );
    await expectViolation(
      insert(t.db, 'release_files', rows.releaseFile(release, windows, { slug: file.slug })),
      PG.unique,
      'uq_release_files_slug',
    );
  });

  it('check checksum formats and sizes', async () => {
    const release = await insert(t.db, 'releases', rows.release());
    await expectViolation(
      insert(t.db, 'release_files', rows.releaseFile(release, windows, { md5_sum: 'not-a-checksum' })),
      PG.check,
      'chk_release_files_md5_sum',
    );
    await expectViolation(
      insert(t.db, 'release_files', rows.releaseFile(release, windows, { sha256_sum: 'abc' })),
      PG.check,
      'chk_release_files_sha256_sum',
    );
    await expectViolation(
      insert(t.db, 'release_files', rows.releaseFile(release, windows, { filesize: -1 })),
      PG.check,
      'chk_release_files_filesize',
    );
    await insert(t.db, 'release_files', rows.releaseFile(release, windows, { md5_sum: 'd41d8cd98f00b204e9800998ecf8427e' }));
  });

  it('allow at most one latest release per version', async () => {
    await insert(t.db, 'releases', rows.release({ version: 2, is_latest: true }));
    await expectViolation(
      insert(t.db, 'releases', rows.release({ version: 2, is_latest: true })),
      PG.unique,
      'uq_releases_one_latest_per_version',
    );
    await insert(t.db, 'releases', rows.release({ version: 2, is_latest: false }));
    await insert(t.db, 'releases', rows.release({ version: 100, is_latest: true }));
  });

  it('refuse versions other than 1, 2, 3 and 100', async () => {
    await expectViolation(insert(t.db, 'releases', rows.release({ version: 4 })), PG.check, 'chk_releases_version');
    for (const version of [1, 2, 3, 100]) await insert(t.db, 'releases', rows.release({ version }));
  });

  it('refuse deleting a release that has files, and allow it once they are gone', async () => {
    const release = await insert(t.db, 'releases', rows.release());
    await insert(t.db, 'release_files', rows.releaseFile(release, windows));
    await expectViolation(t.db.query('DELETE FROM releases WHERE id = $1', [release]), PG.restrict, 'fk_release_files_release');
    await t.db.query('DELETE FROM release_files WHERE release_id = $1', [release]);
    await t.db.query('DELETE FROM releases WHERE id = $1', [release]);
    expect(await t.db.query('SELECT id FROM releases WHERE id = $1', [release])).toEqual([]);
  });

  it('refuse deleting an operating system that files use', async () => {
    const os = await insert(t.db, 'operating_systems', rows.os());
    const release = await insert(t.db, 'releases', rows.release());
    await insert(t.db, 'release_files', rows.releaseFile(release, os));
    await expectViolation(t.db.query('DELETE FROM operating_systems WHERE id = $1', [os]), PG.restrict, 'fk_release_files_os');
  });

  it('keep a release when its page is deleted', async () => {
    const page = await insert(t.db, 'pages', rows.page());
    const release = await insert(t.db, 'releases', rows.release({ release_page_id: page }));
    await t.db.query('DELETE FROM pages WHERE id = $1', [page]);
    const [row] = await t.db.query('SELECT release_page_id FROM releases WHERE id = $1', [release]);
    expect(row.release_page_id).toBeNull();
  });
});
