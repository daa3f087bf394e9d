import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApi, type TestApi } from './support/api.js';
import { filesOf, fileRow, importUrl, newRelease, postCsv, postJson, type Row } from './release-import-support.js';

const SIDECARS = {
  gpg_signature_file: '.asc',
  sigstore_signature_file: '.sig',
  sigstore_cert_file: '.crt',
  sigstore_bundle_file: '.sigstore',
  sbom_spdx2_file: '.spdx.json',
};

describe('release file import: the checks on each row and between rows', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi();
  });
  afterAll(() => s.t.drop());

  const dryRun = async (id: number, rows: Row[]) => (await postJson(s.api(), importUrl(id, { dry_run: true }), rows).expect(200)).body;

  it('takes file URLs on https://www.python.org/ only', async () => {
    const { id, tag } = await newRelease(s);
    const report = await dryRun(id, [
      fileRow(tag, 'ok.exe'),
      { ...fileRow(tag, 'a.exe'), url: 'https://evil.example.com/a.exe', gpg_signature_file: null, sigstore_bundle_file: null },
      { ...fileRow(tag, 'b.exe'), url: 'http://www.python.org/b.exe', gpg_signature_file: null, sigstore_bundle_file: null },
      { ...fileRow(tag, 'c.exe'), url: '', gpg_signature_file: null, sigstore_bundle_file: null },
    ]);
    expect(report.errors).toEqual([
      { row: 2, field: 'url', message: 'Must be empty or start with https://www.python.org/' },
      { row: 3, field: 'url', message: 'Must be empty or start with https://www.python.org/' },
      { row: 4, field: 'url', message: 'Required: files are matched by their url.' },
    ]);
    expect(report.create).toHaveLength(1);
  });

  it('requires each signature, certificate, bundle and SBOM URL to be the file URL plus its suffix', async () => {
    const { id, tag } = await newRelease(s);
    const good = fileRow(tag, 'good.exe');
    const url = good.url as string;
    const allRight = Object.fromEntries(Object.entries(SIDECARS).map(([field, suffix]) => [field, url + suffix]));
    const rows = [
      { ...good, ...allRight },
      ...Object.keys(SIDECARS).map((field, i) => {
        const row = fileRow(tag, `bad${i}.exe`, { gpg_signature_file: null, sigstore_bundle_file: null });
        return { ...row, [field]: `${row.url as string}.wrong` };
      }),
      // Another file's signature is just as wrong.
      fileRow(tag, 'other.exe', { gpg_signature_file: `${url}.asc` }),
    ];
    const report = await dryRun(id, rows);
    expect(report.create.map((r: Row) => r.url)).toEqual([url]);
    expect(report.errors.map((e: Row) => [e.row, e.field])).toEqual([
      ...Object.keys(SIDECARS).map((field, i) => [i + 2, field]),
      [7, 'gpg_signature_file'],
    ]);
    const [first] = report.errors;
    expect(first.message).toBe(`Must be the file's url followed by .asc: ${rows[1].url as string}.asc`);
    // Empty sidecars are allowed.
    const none = await dryRun(id, [fileRow(tag, 'bare.exe', { gpg_signature_file: '', sigstore_bundle_file: null })]);
    expect(none.errors).toEqual([]);
  });

  it('checks sizes and checksums, release_id and unknown fields per field', async () => {
    const { id, tag } = await newRelease(s);
    const report = await dryRun(id, [
      fileRow(tag, 'a.exe', { filesize: -1, sha256_sum: 'abc', md5_sum: 'A'.repeat(32) }),
      fileRow(tag, 'b.exe', { release_id: id + 1, colour: 'red', filesize: 1.5 }),
      fileRow(tag, 'c.exe', { release_id: id, id: 12345, created: '2000-01-01T00:00:00Z', sha256_sum: 'f'.repeat(64) }),
    ]);
    expect(report.errors.map((e: Row) => `${e.row as number}:${e.field as string}`)).toEqual([
      '1:md5_sum',
      '1:sha256_sum',
      '1:filesize',
      '2:release_id',
      '2:filesize',
      '2:colour',
    ]);
    expect(report.errors.find((e: Row) => e.field === 'colour').message).toBe('Unknown field: it cannot be written here.');
    expect(report.create.map((r: Row) => r.name)).toEqual(['c.exe']);
    expect(report.create[0]).not.toHaveProperty('id');
  });

  it('converts CSV cells by column type and reports cells that do not convert', async () => {
    const { id, tag } = await newRelease(s);
    const a = fileRow(tag, 'a.exe');
    const csv = `name,slug,os,url,filesize,download_button,is_source\n${a.name as string},${a.slug as string},windows,${a.url as string},12,yes,0\nb,${tag}-b,windows,https://www.python.org/ftp/${tag}/b.exe,big,maybe,\n`;
    const res = await postCsv(s.api(), importUrl(id, { dry_run: true }), csv).expect(200);
    expect(res.body.create).toEqual([expect.objectContaining({ filesize: 12, download_button: true, is_source: false })]);
    expect(res.body.errors.map((e: Row) => `${e.row as number}:${e.field as string}`)).toEqual(['2:filesize', '2:download_button']);
  });

  it('allows one download button per operating system across the resulting files', async () => {
    const { id, tag } = await newRelease(s);
    const twice = await dryRun(id, [
      fileRow(tag, 'a.exe', { download_button: true }),
      fileRow(tag, 'b.exe', { download_button: true }),
      fileRow(tag, 'c.pkg', { os: 'macos', download_button: true }),
    ]);
    expect(twice.errors).toEqual([
      { row: 1, field: 'download_button', message: 'One download button per operating system: row 2 has it too.' },
      { row: 2, field: 'download_button', message: 'One download button per operating system: row 1 has it too.' },
    ]);
    const [a, b] = [fileRow(tag, 'a.exe', { download_button: true }), fileRow(tag, 'b.exe')];
    await postJson(s.api(), importUrl(id), [a, b]).expect(200);
    // A file the manifest does not list keeps its button, unless replace deletes it.
    const c = fileRow(tag, 'c.exe', { download_button: true });
    const kept = await dryRun(id, [b, c]);
    expect(kept.errors).toEqual([
      {
        row: 2,
        field: 'download_button',
        message: expect.stringContaining(`(${a.url as string}), which the manifest does not list has it too`),
      },
    ]);
    expect((await postJson(s.api(), importUrl(id, { replace: true, dry_run: true }), [b, c]).expect(200)).body.errors).toEqual([]);
    // A row that leaves download_button out keeps the file's.
    expect(
      (
        await dryRun(id, [
          { ...a, download_button: undefined },
          { ...b, download_button: true },
        ])
      ).errors,
    ).toHaveLength(2);
    // The button moves from one file to another in one import.
    await postJson(s.api(), importUrl(id), [
      { ...a, download_button: false },
      { ...b, download_button: true },
    ]).expect(200);
    expect((await filesOf(s, id)).map((f) => [f.url, f.download_button])).toEqual([
      [a.url, false],
      [b.url, true],
    ]);
  });

  it('keeps url and slug unique within the manifest and against the files of other releases', async () => {
    const other = await newRelease(s);
    const taken = fileRow(other.tag, 'taken.exe');
    await postJson(s.api(), importUrl(other.id), [taken]).expect(200);
    const { id, tag } = await newRelease(s);
    const a = fileRow(tag, 'a.exe');
    const report = await dryRun(id, [
      a,
      { ...fileRow(tag, 'b.exe'), url: a.url, gpg_signature_file: null, sigstore_bundle_file: null },
      { ...fileRow(tag, 'c.exe'), slug: a.slug },
      { ...fileRow(tag, 'd.exe'), url: taken.url, gpg_signature_file: `${taken.url as string}.asc`, sigstore_bundle_file: null },
      { ...fileRow(tag, 'e.exe'), slug: taken.slug },
    ]);
    const [takenFile] = await filesOf(s, other.id);
    expect(report.errors).toEqual([
      { row: 2, field: 'url', message: 'Row 1 has the same url.' },
      { row: 3, field: 'slug', message: 'Row 1 has the same slug.' },
      { row: 4, field: 'url', message: `Already the url of file ${takenFile.id as number} of release ${other.id}.` },
      { row: 5, field: 'slug', message: `Already the slug of file ${takenFile.id as number} of release ${other.id}.` },
    ]);
    // A slug held by a file of this release that the manifest does not list.
    await postJson(s.api(), importUrl(id), [a]).expect(200);
    const clash = await dryRun(id, [{ ...fileRow(tag, 'f.exe'), slug: a.slug }]);
    expect(clash.errors).toEqual([
      {
        row: 1,
        field: 'slug',
        message: expect.stringMatching(/^Already the slug of file \d+ \(.*a\.exe\), which the manifest does not list\.$/),
      },
    ]);
  });
});
