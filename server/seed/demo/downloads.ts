import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import { OperatingSystem } from '../../entities/OperatingSystem.js';
import { Release } from '../../entities/Release.js';
import { ReleaseFile } from '../../entities/ReleaseFile.js';
import type { DemoContent } from './content.js';
import type { DemoPeople } from './people.js';

interface FileSpec {
  os: string;
  name: string;
  file: (v: string) => string;
  button?: boolean;
  source?: boolean;
  size: number;
}

const FILES: FileSpec[] = [
  { os: 'windows', name: 'Windows installer (64-bit)', file: (v) => `python-${v}-amd64.exe`, button: true, size: 28_000_000 },
  { os: 'windows', name: 'Windows installer (ARM64)', file: (v) => `python-${v}-arm64.exe`, size: 27_000_000 },
  { os: 'windows', name: 'Windows embeddable package (64-bit)', file: (v) => `python-${v}-embed-amd64.zip`, size: 11_000_000 },
  { os: 'macos', name: 'macOS 64-bit universal2 installer', file: (v) => `python-${v}-macos11.pkg`, button: true, size: 70_000_000 },
  { os: 'source', name: 'Gzipped source tarball', file: (v) => `Python-${v}.tgz`, button: true, source: true, size: 29_000_000 },
  { os: 'source', name: 'XZ compressed source tarball', file: (v) => `Python-${v}.tar.xz`, source: true, size: 22_000_000 },
];

const RELEASES = [
  { version: '3.14.0', major: 3, date: '2025-10-07', latest: true },
  { version: '3.13.9', major: 3, date: '2025-10-14' },
  { version: '3.12.12', major: 3, date: '2025-10-09' },
  { version: '3.11.14', major: 3, date: '2025-10-09' },
  { version: '3.15.0a1', major: 3, date: '2025-10-14', pre: true },
  { version: '2.7.18', major: 2, date: '2020-04-20', latest: true },
  { version: '3.15.0b1', major: 3, date: '2026-05-05', pre: true, unpublished: true },
];

const hex = (algorithm: string, text: string) => createHash(algorithm).update(text).digest('hex');

export async function seedDownloads(em: EntityManager, people: DemoPeople, content: DemoContent): Promise<void> {
  const stamps = { creator_id: people.releaseManager.id, last_modified_by_id: people.releaseManager.id };
  const oses = await em.getRepository(OperatingSystem).save([
    { name: 'Windows', slug: 'windows', ...stamps },
    { name: 'macOS', slug: 'macos', ...stamps },
    { name: 'Source release', slug: 'source', ...stamps },
  ]);
  const osId = new Map(oses.map((o) => [o.slug, o.id]));

  for (const r of RELEASES) {
    const compact = r.version.replace(/\./g, '');
    const release = await em.getRepository(Release).save({
      name: `Python ${r.version}`,
      slug: `python-${compact}`,
      version: r.major,
      is_latest: r.latest ?? false,
      is_published: !r.unpublished,
      pre_release: r.pre ?? false,
      release_date: new Date(`${r.date}T12:00:00Z`),
      release_page_id: content.pagesByPath.get(`downloads/release/python-${compact}`)?.id ?? null,
      release_notes_url: `https://docs.python.org/release/${r.version}/whatsnew/changelog.html`,
      content: `Python ${r.version} is ${r.pre ? 'a pre-release for testing' : 'the newest release in its series'}.`,
      ...stamps,
    });
    const base = r.version.replace(/[ab].*$/, '');
    await em.getRepository(ReleaseFile).insert(
      FILES.map((f) => {
        const url = `https://www.python.org/ftp/python/${base}/${f.file(r.version)}`;
        return {
          release_id: release.id,
          os_id: osId.get(f.os)!,
          name: f.name,
          slug: `${release.slug}-${f
            .file(r.version)
            .toLowerCase()
            .replace(/[^a-z0-9]+/g, '-')}`,
          url,
          is_source: f.source ?? false,
          download_button: f.button ?? false,
          gpg_signature_file: `${url}.asc`,
          sigstore_bundle_file: r.major === 3 ? `${url}.sigstore` : null,
          sbom_spdx2_file: f.source ? `${url}.spdx.json` : null,
          md5_sum: hex('md5', url),
          sha256_sum: hex('sha256', url),
          filesize: f.size + r.version.length * 1013,
          ...stamps,
        };
      }),
    );
  }
  // The install manager is its own "version" (100) with a single Windows file.
  const manager = await em.getRepository(Release).save({
    name: 'Python install manager 25.0',
    slug: 'pymanager-250',
    version: 100,
    is_latest: true,
    is_published: true,
    release_date: new Date('2025-10-07T12:00:00Z'),
    content: 'The Python install manager for Windows.',
    ...stamps,
  });
  const url = 'https://www.python.org/ftp/python/pymanager/python-manager-25.0.msix';
  await em.getRepository(ReleaseFile).insert({
    release_id: manager.id,
    os_id: osId.get('windows')!,
    name: 'Windows install manager (MSIX)',
    slug: 'pymanager-250-msix',
    url,
    download_button: true,
    sigstore_bundle_file: `${url}.sigstore`,
    sha256_sum: hex('sha256', url),
    filesize: 15_000_000,
    ...stamps,
  });
}
