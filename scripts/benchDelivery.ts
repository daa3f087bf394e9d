/**
 * The data of npm run bench's delivery rows (python.org's public API, read anonymously), shaped
 * like python.org's: about 600 published releases, the newest with 30 files. The scale data set
 * publishes 90% of its 5,000 releases per unit of --scale, far more than python.org lists: its
 * oldest releases are unpublished here, down to 600 published, which leaves the other rows (the
 * admin API reads every release) as they were. Idempotent, so BENCH_DATABASE_URL can be reused.
 */
import type { DataSource } from 'typeorm';

/** What API v2's absolute URLs start with, on the API and the floor alike (wrk's Host names each one's own port). */
export const PUBLIC_BASE_URL = 'https://www.python.org';
const PUBLISHED_RELEASES = 600;
const VERSION = '3.14.2';
const SLUG = 'bench-python-3142';

/** A release's files as python.org lists them: [name, OS slug, file name, download button]. */
const KINDS: [string, string, string, boolean][] = [
  ['Gzipped source tarball', 'source', `Python-${VERSION}.tgz`, true],
  ['XZ compressed source tarball', 'source', `Python-${VERSION}.tar.xz`, false],
  ['macOS 64-bit universal2 installer', 'macos', `python-${VERSION}-macos11.pkg`, true],
  ['Windows installer (64-bit)', 'windows', `python-${VERSION}-amd64.exe`, true],
  ['Windows installer (32-bit)', 'windows', `python-${VERSION}.exe`, false],
  ['Windows installer (ARM64)', 'windows', `python-${VERSION}-arm64.exe`, false],
  ['Windows embeddable package (64-bit)', 'windows', `python-${VERSION}-embed-amd64.zip`, false],
  ['Windows embeddable package (32-bit)', 'windows', `python-${VERSION}-embed-win32.zip`, false],
  ['Windows embeddable package (ARM64)', 'windows', `python-${VERSION}-embed-arm64.zip`, false],
  ['Windows release manifest', 'windows', `python-${VERSION}-manifest.json`, false],
];
const BUILDS: [string, string][] = [
  ['', ''],
  [' (free-threaded)', 't'],
  [' (debug symbols)', 'd'],
];
const FILES = BUILDS.flatMap(([label, tag], build) =>
  KINDS.map(([name, os, file, button]) => ({
    name: `${name}${label}`,
    os,
    file: tag ? file.replace(/(\.[a-z]+(\.xz)?)$/, `-${tag}$1`) : file,
    button: button && build === 0,
  })),
);

export interface DeliveryData {
  /** A published release with FILES.length files: the `release=<pk>` of the v1 file list. */
  releaseId: number;
  files: number;
  published: number;
  releases: number;
}

export async function deliveryData(source: DataSource): Promise<DeliveryData> {
  const changed = await source.transaction(async (em) => {
    await em.query(
      `INSERT INTO releases (name, slug, version, is_published, release_date, release_notes_url, content)
       VALUES ($1, $2, 3, true, now(), $3, $4) ON CONFLICT (slug) DO NOTHING`,
      [
        `Python ${VERSION}`,
        SLUG,
        `https://docs.python.org/release/${VERSION}/whatsnew/changelog.html`,
        `Python ${VERSION} is the newest maintenance release of Python 3.14.`,
      ],
    );
    const [{ id }] = await em.query(`SELECT id FROM releases WHERE slug = $1`, [SLUG]);
    const added: unknown[] = await em.query(
      `INSERT INTO release_files (name, slug, os_id, release_id, description, is_source, url, gpg_signature_file, md5_sum,
         sha256_sum, filesize, download_button, sigstore_signature_file, sigstore_cert_file, sigstore_bundle_file, sbom_spdx2_file)
       SELECT f.name, $2 || '-' || f.k, os.id, $1, CASE WHEN f.button THEN 'Recommended' ELSE '' END, os.slug = 'source', f.url,
         f.url || '.asc', md5(f.url), encode(sha256(convert_to(f.url, 'UTF8')), 'hex'), 20000000 + f.k * 731,
         f.button, f.url || '.sig', f.url || '.crt', f.url || '.sigstore', f.url || '.spdx.json'
       FROM unnest($3::text[], $4::text[], $5::text[], $6::boolean[]) WITH ORDINALITY f(name, os, url, button, k)
       JOIN operating_systems os ON os.slug = f.os
       WHERE NOT EXISTS (SELECT 1 FROM release_files WHERE release_id = $1) RETURNING id`,
      [
        id,
        SLUG,
        FILES.map((f) => f.name),
        FILES.map((f) => f.os),
        FILES.map((f) => `https://www.python.org/ftp/python/${VERSION}/${f.file}`),
        FILES.map((f) => f.button),
      ],
    );
    // The newest published scale releases stay published, up to python.org's count with ours.
    const [, unpublished] = await em.query(
      `UPDATE releases SET is_published = false WHERE id IN (
         SELECT id FROM releases WHERE slug LIKE 'scale-%' AND is_published ORDER BY release_date DESC, id DESC OFFSET $1)`,
      [PUBLISHED_RELEASES - 1],
    );
    return added.length > 0 || unpublished > 0;
  });
  if (changed) await source.query('VACUUM ANALYZE releases, release_files');
  const [row] = await source.query(
    `SELECT r.id AS "releaseId", (SELECT count(*)::int FROM release_files f WHERE f.release_id = r.id) AS files,
       (SELECT count(*)::int FROM releases WHERE is_published) AS published, (SELECT count(*)::int FROM releases) AS releases
     FROM releases r WHERE r.slug = $1`,
    [SLUG],
  );
  return row;
}
