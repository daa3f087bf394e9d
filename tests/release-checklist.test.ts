import type request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../server/db/sql.js';
import { checklistOf } from '../server/releases/checklist.js';
import { setupApi, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Row = Record<string, unknown>;
const KEYS = ['download_buttons', 'signatures', 'release_notes', 'release_date'];
const NOTES = 'https://docs.python.org/release/3.99.0/whatsnew/changelog.html';

describe('the publish checklist and its gate', () => {
  let s: TestApi;
  let rm: request.Agent;
  let os: { windows: number; macos: number; source: number };
  beforeAll(async () => {
    s = await setupApi({ seed: false });
    rm = await s.as('release_manager');
    os = {
      windows: await insert(s.t.db, 'operating_systems', rows.os({ name: 'Windows' })),
      macos: await insert(s.t.db, 'operating_systems', rows.os({ name: 'macOS' })),
      source: await insert(s.t.db, 'operating_systems', rows.os({ name: 'Source release' })),
    };
  });
  afterAll(() => s.t.drop());

  const get = async (id: number) => (await rm.get(`/api/releases/${id}`).expect(200)).body as Row;
  const checklist = async (id: number) =>
    (await rm.get(`/api/releases/${id}/checklist`).expect(200)).body as { ready: boolean; items: Row[] };
  const item = async (id: number, key: string) => (await checklist(id)).items.find((i) => i.key === key)!;
  const signed = (url: string) => ({ url, gpg_signature_file: `${url}.asc` });
  const file = (release: number, o: number, name: string, extra: Row = {}) => {
    const url = `https://www.python.org/ftp/python/3.99.0/${name}`;
    return insert(s.t.db, 'release_files', rows.releaseFile(release, o, { name, ...signed(url), ...extra }));
  };
  const putFile = async (id: number, body: Row) => {
    const { row_version } = (await rm.get(`/api/release-files/${id}`).expect(200)).body;
    await rm
      .put(`/api/release-files/${id}`)
      .send({ ...body, row_version })
      .expect(200);
  };
  const audits = async (id: number) =>
    (await s.t.db.query(`SELECT changes FROM audit_log WHERE resource = 'releases' AND record_id = $1 ORDER BY id`, [id])).map(
      (r: Row) => r.changes as Row,
    );

  /** A release with files that pass, then what each test breaks. */
  async function readyRelease(extra: Row = {}): Promise<number> {
    const id = await insert(s.t.db, 'releases', rows.release({ release_notes_url: NOTES, ...extra }));
    await file(id, os.windows, `win-${id}.exe`, { download_button: true });
    await file(id, os.source, `Python-${id}.tgz`, { download_button: true, is_source: true });
    return id;
  }

  it('lists what is missing, item by item, and each item turns ok once its condition is fixed', async () => {
    const id = await insert(s.t.db, 'releases', rows.release({ release_notes_url: null }));
    const installer = await file(id, os.windows, 'python-3.99.0-amd64.exe');
    const embed = await file(id, os.windows, 'python-3.99.0-embed-amd64.zip', { gpg_signature_file: null });
    await file(id, os.macos, 'python-3.99.0-macos11.pkg', {
      download_button: true,
      gpg_signature_file: null,
      sigstore_bundle_file: 'https://www.python.org/ftp/python/3.99.0/python-3.99.0-macos11.pkg.sigstore',
    });

    const first = await checklist(id);
    expect(first.ready).toBe(false);
    expect(first.items.map((i) => i.key)).toEqual(KEYS);
    expect(first.items.map((i) => i.ok)).toEqual([false, false, false, true]);
    expect(first.items[0].detail).toBe('Windows has none');
    // A Sigstore bundle alone signs a file (PEP 761: 3.14 on has no GPG signatures).
    expect(first.items[1].detail).toBe('1 of 3 files has no GPG or Sigstore signature: python-3.99.0-embed-amd64.zip');
    expect(first.items[2].detail).toBe('No release notes URL.');
    for (const i of first.items) expect(i.label).toEqual(expect.any(String));

    await putFile(installer, { download_button: true });
    expect((await checklist(id)).items.map((i) => i.ok)).toEqual([true, false, false, true]);
    expect(await item(id, 'download_buttons')).toMatchObject({ detail: '2 operating systems, one download button each.' });

    await putFile(embed, { sigstore_signature_file: 'https://www.python.org/ftp/python/3.99.0/python-3.99.0-embed-amd64.zip.sig' });
    expect((await checklist(id)).items.map((i) => i.ok)).toEqual([true, true, false, true]);

    const release = await get(id);
    await rm.put(`/api/releases/${id}`).send({ release_notes_url: NOTES, row_version: release.row_version }).expect(200);
    const done = await checklist(id);
    expect(done).toMatchObject({ ready: true });
    expect(done.items.map((i) => i.ok)).toEqual([true, true, true, true]);
    expect(done.items[2].detail).toBe(NOTES);
  });

  it('counts the release date (NOT NULL in the table, so only a value without one fails) and a release without files', async () => {
    const sql = sqlOf(s.t.db);
    const without = await checklistOf(sql, undefined, { release_notes_url: NOTES, release_date: null });
    expect(without.items.find((i) => i.key === 'release_date')).toMatchObject({ ok: false, detail: 'No release date.' });
    const dated = await checklistOf(sql, undefined, { release_notes_url: NOTES, release_date: '2027-01-01T00:00:00Z' });
    expect(dated).toMatchObject({ ready: true });
    expect(dated.items.find((i) => i.key === 'release_date')).toMatchObject({ ok: true, detail: '2027-01-01T00:00:00.000Z' });
    expect(dated.items[0].detail).toBe('No files yet.');
  });

  it('answers whoever reads releases, and 404, 400, 403 and 401 otherwise', async () => {
    const id = await readyRelease();
    expect((await (await s.as('content_editor')).get(`/api/releases/${id}/checklist`).expect(200)).body.ready).toBe(true);
    await rm.get('/api/releases/99999999/checklist').expect(404);
    await rm.get('/api/releases/x1/checklist').expect(400);
    await (await s.as('no_role')).get(`/api/releases/${id}/checklist`).expect(403);
    await s.anonymous().get(`/api/releases/${id}/checklist`).expect(401);
  });

  it('refuses to publish an incomplete release with 409 listing what is missing, and changes nothing', async () => {
    const id = await readyRelease({ release_notes_url: '' });
    await file(id, os.macos, `mac-${id}.pkg`);
    const before = await get(id);
    const auditsBefore = await audits(id);
    const res = await rm
      .put(`/api/releases/${id}`)
      .send({ is_published: true, name: 'Renamed too', row_version: before.row_version })
      .expect(409);
    expect(res.body.missing.map((i: Row) => i.key)).toEqual(['download_buttons', 'release_notes']);
    expect(res.body.missing[0]).toMatchObject({ ok: false, detail: 'macOS has none' });
    expect(res.body.errors.is_published).toMatch(/^Not ready to publish: macOS has none; No release notes URL/);
    expect(res.body.message).toMatch(/publish_override/);
    expect(await get(id)).toEqual(before);
    expect(await audits(id)).toEqual(auditsBefore);
  });

  it('publishes with an override and records the reason and what was missing in the audit entry', async () => {
    const id = await readyRelease({ release_notes_url: null });
    const before = await get(id);
    const reason = 'Security release: the changelog follows within the hour.';
    const res = await rm
      .put(`/api/releases/${id}`)
      .send({ is_published: true, publish_override: reason, row_version: before.row_version })
      .expect(200);
    expect(res.body.is_published).toBe(true);
    expect(res.body).not.toHaveProperty('publish_override');
    const last = (await audits(id)).at(-1)!;
    expect(last.is_published).toEqual({ old: false, new: true });
    expect(last.publish_override).toEqual({
      new: reason,
      missing: [{ key: 'release_notes', label: 'The release notes URL is set', ok: false, detail: 'No release notes URL.' }],
    });
  });

  it('publishes a ready release without an override, counting what the same write sets', async () => {
    const id = await readyRelease({ release_notes_url: null });
    const before = await get(id);
    const res = await rm
      .put(`/api/releases/${id}`)
      .send({ is_published: true, release_notes_url: NOTES, row_version: before.row_version })
      .expect(200);
    expect(res.body).toMatchObject({ is_published: true, release_notes_url: NOTES });
    expect((await audits(id)).at(-1)).not.toHaveProperty('publish_override');
    // Saving a published release again (react-admin sends is_published back) is no publishing: no gate.
    await file(id, os.macos, `mac-late-${id}.pkg`);
    await rm
      .put(`/api/releases/${id}`)
      .send({ ...res.body, name: 'Renamed' })
      .expect(200);
  });

  it('gates creating a release published, like publishing one', async () => {
    const body = { name: 'Python 3.99.1', slug: 'python-3991', release_date: '2027-01-01T00:00:00Z', is_published: true };
    const refused = await rm.post('/api/releases').send(body).expect(409);
    expect(refused.body.missing.map((i: Row) => i.key)).toEqual(['release_notes']);
    expect((await s.t.db.query(`SELECT count(*)::int AS n FROM releases WHERE slug = 'python-3991'`))[0].n).toBe(0);
    const forced = await rm
      .post('/api/releases')
      .send({ ...body, publish_override: 'Placeholder for the announcement.' })
      .expect(201);
    expect((await audits(forced.body.id))[0].publish_override).toMatchObject({ new: 'Placeholder for the announcement.' });
    await rm
      .post('/api/releases')
      .send({ ...body, slug: 'python-3991-ready', release_notes_url: NOTES })
      .expect(201);
  });

  it('refuses a publish_override where it overrides nothing, or says nothing', async () => {
    const id = await readyRelease();
    const release = await get(id);
    const idle = await rm
      .put(`/api/releases/${id}`)
      .send({ name: 'x', publish_override: 'because', row_version: release.row_version })
      .expect(422);
    expect(idle.body.errors).toHaveProperty('publish_override');
    await rm
      .post('/api/releases')
      .send({ name: 'Python 3.99.2', slug: 'python-3992', release_date: '2027-01-01T00:00:00Z', publish_override: 'because' })
      .expect(422);
    await rm.put(`/api/releases/${id}`).send({ is_published: true, publish_override: '', row_version: release.row_version }).expect(422);
    await rm.put(`/api/releases/${id}`).send({ is_published: true, publish_override: '   ', row_version: release.row_version }).expect(422);
    expect(await get(id)).toEqual(release);
  });

  it('never stores nor returns publish_override', async () => {
    const id = await readyRelease({ release_notes_url: null });
    const { row_version } = await get(id);
    await rm.put(`/api/releases/${id}`).send({ is_published: true, publish_override: 'secret-ish reason', row_version }).expect(200);
    const one = await rm.get(`/api/releases/${id}`).expect(200);
    const list = await rm.get('/api/releases').expect(200);
    for (const text of [one.text, list.text]) {
      expect(text).not.toContain('publish_override');
      expect(text).not.toContain('secret-ish reason');
    }
    const columns = await s.t.db.query(`SELECT column_name FROM information_schema.columns WHERE table_name = 'releases'`);
    expect(columns.map((c: Row) => c.column_name)).not.toContain('publish_override');
    const [row] = await s.t.db.query('SELECT * FROM releases WHERE id = $1', [id]);
    expect(JSON.stringify(row)).not.toContain('secret-ish reason');
  });
});
