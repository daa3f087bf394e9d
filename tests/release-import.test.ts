import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { setupApi, type TestApi } from './support/api.js';
import { filesOf, fileRow, importUrl, newRelease, postCsv, postJson, snapshot, toCsv, type Row } from './release-import-support.js';

describe('POST /api/releases/{id}/files/import', () => {
  let s: TestApi;
  let osId: Record<string, number>;
  beforeAll(async () => {
    s = await setupApi();
    const oses: { id: number; slug: string }[] = await s.t.db.query(`SELECT id, slug FROM operating_systems`);
    osId = Object.fromEntries(oses.map((o) => [o.slug, o.id]));
  });
  afterAll(() => s.t.drop());

  /** A release whose files are these rows, imported through the API. */
  async function releaseWith(files: string[]) {
    const release = await newRelease(s);
    const rows = files.map((f) => fileRow(release.tag, f));
    if (rows.length) await postJson(s.api(), importUrl(release.id), rows).expect(200);
    return { ...release, rows };
  }

  it('reports the plan on a dry run and changes nothing; without dry_run applies the same plan', async () => {
    const { id, tag } = await newRelease(s);
    const rows = [
      fileRow(tag, 'python-amd64.exe', { download_button: true }),
      fileRow(tag, 'python-arm64.exe'),
      fileRow(tag, 'Python.tgz', { os: 'source', is_source: true }),
    ];
    const before = await snapshot(s);
    const dry = await postJson(s.api(), importUrl(id, { dry_run: true }), rows).expect(200);
    expect(dry.body).toMatchObject({ update: [], unchanged: [], delete: [], errors: [] });
    expect(dry.body.create.map((r: Row) => r.url)).toEqual(rows.map((r) => r.url));
    expect(dry.body.create[2]).toMatchObject({ os_id: osId.source, release_id: id, is_source: true });
    expect(await snapshot(s)).toEqual(before);

    const applied = await postJson(s.api(), importUrl(id), rows).expect(200);
    expect(applied.body).toEqual(dry.body);
    const files = await filesOf(s, id);
    expect(files.map((f) => f.url).sort()).toEqual(rows.map((r) => r.url).sort());
    const me = (await s.api().get('/api/auth/me').expect(200)).body;
    expect(files.every((f) => f.creator_id === me.id && f.last_modified_by_id === me.id)).toBe(true);
    const audit = await s.t.db.query(
      `SELECT * FROM audit_log WHERE resource = 'release-files' AND record_id = ANY($1) ORDER BY record_id`,
      [files.map((f) => f.id)],
    );
    expect(audit.map((a: Row) => a.action)).toEqual(['create', 'create', 'create']);
    expect(audit.every((a: Row) => a.actor_id === me.id)).toBe(true);
    const amd64 = files.find((f) => f.url === rows[0].url)!;
    expect(audit.find((a: Row) => a.record_id === amd64.id).changes).toMatchObject({
      url: { new: rows[0].url },
      download_button: { new: true },
      os_id: { new: osId.windows },
    });
    expect((await snapshot(s)).audit).toBe(before.audit + 3);
    // The entries read like those of a file created through POST /api/release-files.
    const single = (
      await s
        .api()
        .post('/api/release-files')
        .send({ ...fileRow(tag, 'single.exe', { os: undefined }), os_id: osId.windows, release_id: id })
        .expect(201)
    ).body;
    const [generic] = await s.t.db.query(`SELECT changes FROM audit_log WHERE resource = 'release-files' AND record_id = $1`, [single.id]);
    const imported = audit.find((a: Row) => a.record_id === amd64.id).changes;
    expect(Object.keys(imported).sort()).toEqual(Object.keys(generic.changes).sort());
    expect(imported.created).toEqual({ new: new Date(amd64.created as string).toISOString() });
    expect(imported.description).toEqual({ new: null });
  });

  it('applies all rows or none: one bad row among good ones is a 422 and nothing changes', async () => {
    const { id, tag, rows } = await releaseWith(['a.exe', 'b.exe']);
    const manifest = [
      { ...rows[0], filesize: 5555 },
      fileRow(tag, 'c.exe'),
      fileRow(tag, 'd.exe'),
      fileRow(tag, 'e.exe', { md5_sum: 'XYZ' }),
    ];
    const before = await snapshot(s);
    const res = await postJson(s.api(), importUrl(id, { replace: true }), manifest).expect(422);
    expect(res.body.message).toMatch(/1 error in 1 row; nothing was changed/);
    expect(res.body.errors).toEqual([{ row: 4, field: 'md5_sum', message: expect.stringContaining('MD5') }]);
    // The report still shows what the good rows would have done.
    expect(res.body.create.map((r: Row) => r.url)).toEqual([manifest[1].url, manifest[2].url]);
    expect(res.body.update).toHaveLength(1);
    expect(res.body.delete.map((r: Row) => r.url)).toEqual([rows[1].url]);
    expect(await snapshot(s)).toEqual(before);
  });

  it('deletes the files the manifest does not list only with replace=true', async () => {
    const { id, rows } = await releaseWith(['a.exe', 'b.exe', 'c.exe']);
    const kept = await postJson(s.api(), importUrl(id), rows.slice(0, 2)).expect(200);
    expect(kept.body.delete).toEqual([]);
    expect(kept.body.unchanged).toHaveLength(2);
    expect(await filesOf(s, id)).toHaveLength(3);

    const doomed = (await filesOf(s, id)).find((f) => f.url === rows[2].url)!;
    const dry = await postJson(s.api(), importUrl(id, { replace: true, dry_run: true }), rows.slice(0, 2)).expect(200);
    expect(dry.body.delete).toEqual([{ id: doomed.id, url: doomed.url }]);
    expect(await filesOf(s, id)).toHaveLength(3);
    await postJson(s.api(), importUrl(id, { replace: true }), rows.slice(0, 2)).expect(200);
    expect((await filesOf(s, id)).map((f) => f.url)).toEqual([rows[0].url, rows[1].url]);
    const [entry] = await s.t.db.query(
      `SELECT * FROM audit_log WHERE resource = 'release-files' AND record_id = $1 AND action = 'delete'`,
      [doomed.id],
    );
    expect(entry.changes.url).toEqual({ old: doomed.url });
  });

  it('detects updates field by field and lists unchanged rows', async () => {
    const { id, rows } = await releaseWith(['a.exe', 'b.exe', 'c.exe']);
    const [a, b] = (await filesOf(s, id)) as Row[];
    const manifest = [{ ...rows[0], filesize: 2000, name: 'Renamed' }, rows[1], { ...rows[2], description: 'New text' }];
    const res = await postJson(s.api(), importUrl(id), manifest).expect(200);
    expect(res.body.create).toEqual([]);
    expect(res.body.unchanged).toEqual([{ id: b.id, url: b.url }]);
    expect(res.body.update).toHaveLength(2);
    expect(res.body.update[0]).toEqual({
      id: a.id,
      url: a.url,
      changes: { filesize: { old: 1000, new: 2000 }, name: { old: 'a.exe', new: 'Renamed' } },
    });
    expect(res.body.update[1].changes).toEqual({ description: { old: null, new: 'New text' } });
    const [after] = await s.t.db.query(`SELECT * FROM release_files WHERE id = $1`, [a.id]);
    expect(after).toMatchObject({ filesize: 2000, name: 'Renamed', row_version: (a.row_version as number) + 1 });
    const [entry] = await s.t.db.query(
      `SELECT * FROM audit_log WHERE resource = 'release-files' AND record_id = $1 AND action = 'update'`,
      [a.id],
    );
    expect(entry.changes).toMatchObject({ filesize: { old: 1000, new: 2000 }, name: { old: 'a.exe', new: 'Renamed' } });
    expect(entry.changes).not.toHaveProperty('url');
    // The same manifest again changes nothing.
    const again = await postJson(s.api(), importUrl(id), manifest).expect(200);
    expect(again.body.update).toEqual([]);
    expect(again.body.unchanged).toHaveLength(3);
  });

  it('gives the same plan for CSV as for JSON', async () => {
    const { id, tag, rows } = await releaseWith(['a.exe', 'b.exe']);
    const manifest = [
      { ...rows[0], filesize: 3000, download_button: true, description: null },
      { ...rows[1], download_button: false, description: 'Has, a "comma"' },
      fileRow(tag, 'Python.tgz', { os: 'source', is_source: true, download_button: true, description: null }),
    ];
    const json = await postJson(s.api(), importUrl(id, { dry_run: true }), manifest).expect(200);
    const csv = await postCsv(s.api(), importUrl(id, { dry_run: true }), toCsv(manifest)).expect(200);
    expect(csv.body).toEqual(json.body);
    expect(json.body.update).toHaveLength(2);
    expect(json.body.create).toHaveLength(1);
    await postCsv(s.api(), importUrl(id), toCsv(manifest)).expect(200);
    const files = await filesOf(s, id);
    expect(files.find((f) => f.url === manifest[2].url)).toMatchObject({
      is_source: true,
      download_button: true,
      os_id: osId.source,
      filesize: 1000,
    });
    expect(files.find((f) => f.url === rows[1].url)!.description).toBe('Has, a "comma"');
  });

  it('names operating systems by slug or id, and refuses unknown ones', async () => {
    const { id, tag } = await newRelease(s);
    const res = await postJson(s.api(), importUrl(id, { dry_run: true }), [
      fileRow(tag, 'a.pkg', { os: 'macos' }),
      { ...fileRow(tag, 'b.exe'), os: undefined, os_id: osId.windows },
      fileRow(tag, 'c.exe', { os: 'beos' }),
      { ...fileRow(tag, 'd.exe'), os: undefined, os_id: 999999 },
      { ...fileRow(tag, 'e.exe'), os_id: osId.windows },
      { ...fileRow(tag, 'f.exe'), os: undefined },
    ]).expect(200);
    expect(res.body.create.map((r: Row) => r.os_id)).toEqual([osId.macos, osId.windows]);
    expect(res.body.errors).toEqual([
      { row: 3, field: 'os', message: 'No operating system has the slug "beos".' },
      { row: 4, field: 'os_id', message: 'No operating system has the id 999999.' },
      { row: 5, field: 'os', message: 'Give os (a slug) or os_id, not both.' },
      { row: 6, field: 'os_id', message: 'Required.' },
    ]);
  });

  it('queues two imports of one release: the second sees what the first wrote', async () => {
    const { id, tag } = await newRelease(s);
    const rows = [fileRow(tag, 'a.exe', { download_button: true }), fileRow(tag, 'b.exe')];
    const [first, second] = await Promise.all([postJson(s.api(), importUrl(id), rows), postJson(s.api(), importUrl(id), rows)]);
    expect([first.status, second.status]).toEqual([200, 200]);
    const counts = [first.body, second.body].map((r) => [r.create.length, r.unchanged.length]).sort();
    expect(counts).toEqual([
      [0, 2],
      [2, 0],
    ]);
    expect(await filesOf(s, id)).toHaveLength(2);
  });

  it('is for release managers and superusers only, on releases that exist', async () => {
    const { id, tag } = await newRelease(s);
    const rows = [fileRow(tag, 'a.exe')];
    await postJson(await s.as('content_editor'), importUrl(id), rows).expect(403);
    await postJson(s.anonymous(), importUrl(id), rows).expect(401);
    // The 20 MB allowance is for release managers: others are refused before their body is read (not 413).
    const large = Array.from({ length: 12_000 }, (_, i) => fileRow(tag, `large-${i}.exe`));
    await postJson(s.anonymous(), importUrl(id), large).expect(401);
    await postJson(await s.as('content_editor'), importUrl(id), large).expect(403);
    await postJson(s.api(), importUrl(99999999), rows).expect(404);
    await postJson(s.api(), '/api/releases/abc/files/import', rows).expect(400);
    await postJson(s.api(), importUrl(id) + '?dry_run=maybe', rows).expect(400);
    await postJson(await s.as('release_manager'), importUrl(id), rows).expect(200);
    expect(await filesOf(s, id)).toHaveLength(1);
  });

  it('refuses bodies that are not a manifest', async () => {
    const { id } = await newRelease(s);
    await postJson(s.api(), importUrl(id), { url: 'x' }).expect(400);
    await postJson(s.api(), importUrl(id), []).expect(422);
    await postCsv(s.api(), importUrl(id), 'name,colour\nx,red\n').expect(400);
    await postCsv(s.api(), importUrl(id), 'name,url\n"x,y\n').expect(400);
    await s.api().post(importUrl(id)).set('Content-Type', 'text/plain').send('x').expect(415);
    // Elsewhere CSV stays refused.
    await postCsv(s.api(), '/api/release-files', 'name\nx\n').expect(415);
  });
});
