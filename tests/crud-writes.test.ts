import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyPassword } from '../server/auth/passwords.js';
import { ra, setupApi, type TestApi } from './support/api.js';

type Row = Record<string, unknown>;
const newPage = (path: string, extra: Row = {}) => ({ title: `Page ${path}`, path, content: 'Text', ...extra });

describe('writes through the generic API', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi();
  });
  afterAll(() => s.t.drop());

  it('validates bodies against column metadata and names every field at fault', async () => {
    const res = await s
      .api()
      .post('/api/release-files')
      .send({
        name: 'x'.repeat(201),
        os_id: 'windows',
        release_id: 1,
        url: 'https://evil.example.com/x.exe',
        md5_sum: 'XYZ',
        filesize: -5,
        download_button: 'yes',
      });
    expect(res.status).toBe(422);
    expect(Object.keys(res.body.errors).sort()).toEqual(['download_button', 'filesize', 'md5_sum', 'name', 'os_id', 'slug', 'url'].sort());
    expect(res.body.errors.slug).toBe('Required.');
    expect(res.body.errors.url).toContain('https://www.python.org/');
    expect(res.body.message).toMatch(/^Please correct 7 fields/);
  });

  it('refuses unknown and secret fields with 422, and ignores server-managed ones', async () => {
    const unknown = await s
      .api()
      .post('/api/pages')
      .send({ ...newPage('unknown-field'), colour: 'red' })
      .expect(422);
    expect(unknown.body.errors).toEqual({ colour: 'Unknown field: it cannot be written here.' });
    const secret = await s
      .api()
      .post('/api/users')
      .send({ username: 'eve', email: 'eve@example.org', password: 'long enough secret', password_hash: '$argon2id$forged' })
      .expect(422);
    expect(secret.body.errors).toHaveProperty('password_hash');
    const managed = await s
      .api()
      .post('/api/pages')
      .send({ ...newPage('managed'), id: 4242, created: '2000-01-01T00:00:00Z', row_version: 77, creator_id: 1 })
      .expect(201);
    expect(managed.body.id).not.toBe(4242);
    expect(managed.body.row_version).toBe(1);
    expect(managed.body.created.startsWith('2000')).toBe(false);
    const me = (await s.api().get('/api/auth/me').expect(200)).body;
    expect(managed.body.creator_id).toBe(me.id);
    expect(managed.body.last_modified_by_id).toBe(me.id);
  });

  it('hashes a write-only password and never returns it', async () => {
    const res = await s
      .api()
      .post('/api/users')
      .send({ username: 'newbie', email: 'newbie@example.org', password: 'correct horse battery' })
      .expect(201);
    expect(res.body).not.toHaveProperty('password');
    expect(res.body).not.toHaveProperty('password_hash');
    const [row] = await s.t.db.query(`SELECT password_hash FROM users WHERE id = $1`, [res.body.id]);
    expect(await verifyPassword(row.password_hash, 'correct horse battery')).toBe(true);
    const short = await s.api().post('/api/users').send({ username: 'shorty', email: 's@example.org', password: 'short' }).expect(422);
    expect(short.body.errors).toHaveProperty('password');
    const audit = await s
      .api()
      .get(`/api/audit-log${ra({ filter: { resource: 'users', record_id: res.body.id } })}`)
      .expect(200);
    expect(JSON.stringify(audit.body)).not.toContain('correct horse');
    expect(audit.body[0].changes.password).toEqual({ new: '(set)' });
  });

  it('reads and writes many-to-many relations as arrays of ids', async () => {
    const types = (await s.api().get('/api/job-types').expect(200)).body as Row[];
    const [job] = (await s.api().get(`/api/jobs${ra({ filter: { status: 'draft' } })}`)).body as Row[];
    const wanted = [types[0].id, types[3].id] as number[];
    const res = await s.api().put(`/api/jobs/${job.id}`).send({ job_type_ids: wanted, row_version: job.row_version }).expect(200);
    expect(res.body.job_type_ids).toEqual([...wanted].sort((a, b) => a - b));
    expect(res.body.row_version).toBe((job.row_version as number) + 1);
    const bad = await s
      .api()
      .put(`/api/jobs/${job.id}`)
      .send({ job_type_ids: [999999], row_version: res.body.row_version })
      .expect(422);
    expect(bad.body.errors.job_type_ids).toMatch(/No job types record with id 999999/);
  });

  it('derives server-computed fields and refuses them from clients', async () => {
    const [job] = (await s.api().get(`/api/jobs${ra({ filter: { status: 'draft' } })}`)).body as Row[];
    const res = await s
      .api()
      .put(`/api/jobs/${job.id}`)
      .send({ city: 'São Paulo', region: null, country: 'Brazil', row_version: job.row_version })
      .expect(200);
    expect(res.body).toMatchObject({ location_slug: 'sao-paulo-brazil', country_slug: 'brazil' });
    // react-admin sends them back unchanged: ignored, not refused.
    await s
      .api()
      .put(`/api/jobs/${job.id}`)
      .send({ ...res.body, location_slug: 'forged' })
      .expect(200);
    const [row] = await s.t.db.query('SELECT location_slug FROM jobs WHERE id = $1', [job.id]);
    expect(row.location_slug).toBe('sao-paulo-brazil');
  });

  it('maps database refusals to statuses a client can act on', async () => {
    const dup = await s.api().post('/api/pages').send(newPage('about')).expect(409);
    expect(dup.body.errors).toEqual({ path: 'Already used by another record.' });
    const caseDup = await s
      .api()
      .post('/api/users')
      .send({ username: 'EWA', email: 'other@example.org', password: 'long enough secret' })
      .expect(409);
    expect(caseDup.body.errors).toHaveProperty('username');
    const missing = await s
      .api()
      .post('/api/release-files')
      .send({ name: 'x', slug: 'fk-missing', os_id: 424242, release_id: 1, url: 'https://www.python.org/fk' })
      .expect(422);
    expect(missing.body.errors.os_id).toMatch(/No operating systems record with id 424242/);
    const inUse = await s.api().delete('/api/releases/1').expect(409);
    // Issue 14 (22): the refusal says how many records still use it.
    const [{ files }] = await s.t.db.query('SELECT count(*)::int AS files FROM release_files WHERE release_id = 1');
    expect(inUse.body.message).toBe(`This release is still used by ${files} release files; delete or move them first.`);
    // Marking a second release latest no longer hits uq_releases_one_latest_per_version: it clears the
    // first in the same transaction (issue 7; tests/release-latest.test.ts).
    const [release] = (await s.api().get(`/api/releases${ra({ filter: { is_latest: true, version: 3 } })}`)).body as Row[];
    const button = await s
      .api()
      .post('/api/release-files')
      .send({
        name: 'Second button',
        slug: 'second-button',
        os_id: 1,
        release_id: release.id,
        url: 'https://www.python.org/second',
        download_button: true,
      })
      .expect(409);
    expect(button.body.message).toMatch(/already has the download button/);
    expect(button.body.errors).toEqual({ download_button: button.body.message });
    const backwards = await s
      .api()
      .post('/api/occurring-rules')
      .send({ event_id: 1, dt_start: '2027-06-03T18:00:00Z', dt_end: '2027-06-03T17:00:00Z' })
      .expect(422);
    expect(backwards.body.errors).toEqual({ dt_end: 'The end must not be before the start.' });
    const approved = (await s.api().get(`/api/jobs${ra({ filter: { status: 'approved' } })}`)).body[0] as Row;
    const check = await s.api().put(`/api/jobs/${approved.id}`).send({ expires: null, row_version: approved.row_version }).expect(422);
    expect(check.body.message).toBe('An approved job needs an expiry date.');
  });

  it('refuses a stale row_version with 409, the current version, and no change', async () => {
    const page = (await s.api().post('/api/pages').send(newPage('stale')).expect(201)).body as Row;
    await s.api().put(`/api/pages/${page.id}`).send({ title: 'First', row_version: page.row_version }).expect(200);
    const stale = await s.api().put(`/api/pages/${page.id}`).send({ title: 'Second', row_version: page.row_version }).expect(409);
    expect(stale.body).toMatchObject({ row_version: (page.row_version as number) + 1, errors: { row_version: expect.any(String) } });
    expect((await s.api().get(`/api/pages/${page.id}`)).body.title).toBe('First');
    const without = await s.api().put(`/api/pages/${page.id}`).send({ title: 'No version' }).expect(422);
    expect(without.body.errors).toHaveProperty('row_version');
  });

  it('lets exactly one of two concurrent writers with the same row_version win', async () => {
    const page = (await s.api().post('/api/pages').send(newPage('race')).expect(201)).body as Row;
    const results = await Promise.all(
      ['Writer A', 'Writer B', 'Writer C'].map((title) =>
        s.api().put(`/api/pages/${page.id}`).send({ title, row_version: page.row_version }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    expect(statuses).toEqual([200, 409, 409]);
    const winner = results.find((r) => r.status === 200)!.body.title;
    const after = (await s.api().get(`/api/pages/${page.id}`)).body;
    expect(after).toMatchObject({ title: winner, row_version: (page.row_version as number) + 1 });
  });

  it('writes an audit record for every create, update and delete, listable as one record’s history', async () => {
    const page = (await s.api().post('/api/pages').send(newPage('audited')).expect(201)).body as Row;
    const updated = (await s.api().put(`/api/pages/${page.id}`).send({ title: 'Audited', row_version: page.row_version }).expect(200)).body;
    await s.api().delete(`/api/pages/${page.id}`).expect(200);
    const history = await s
      .api()
      .get(`/api/audit-log${ra({ filter: { resource: 'pages', record_id: page.id }, sort: ['created', 'ASC'] })}`)
      .expect(200);
    expect(history.body.map((a: Row) => a.action)).toEqual(['create', 'update', 'delete']);
    expect(history.body[0].changes.path).toEqual({ new: 'audited' });
    expect(history.body[1].changes).toEqual({ title: { old: 'Page audited', new: 'Audited' } });
    expect(history.body[2].changes.title).toEqual({ old: updated.title });
    await s.api().post('/api/audit-log').send({}).expect(405);
  });

  it('changes nothing and records nothing when a write fails', async () => {
    const before = await s.t.db.query('SELECT count(*)::int AS n FROM audit_log');
    await s.api().post('/api/pages').send(newPage('about')).expect(409);
    const after = await s.t.db.query('SELECT count(*)::int AS n FROM audit_log');
    expect(after[0].n).toBe(before[0].n);
  });

  it('answers bodies that are not JSON objects with 400, and ids that are not numbers with 400', async () => {
    await s.api().post('/api/pages').set('content-type', 'application/json').send('{"title": ').expect(400);
    await s
      .api()
      .post('/api/pages')
      .send([newPage('array')])
      .expect(400);
    await s.api().get('/api/pages/abc').expect(400);
    await s.api().get('/api/pages/1.5').expect(400);
  });

  it('answers a server fault with 500 and only "Internal error", whatever went wrong', async () => {
    await s.t.db.query('ALTER TABLE minutes RENAME TO minutes_gone');
    try {
      const res = await s.api().get('/api/minutes').expect(500);
      expect(res.body).toEqual({ message: 'Internal error' });
    } finally {
      await s.t.db.query('ALTER TABLE minutes_gone RENAME TO minutes');
    }
  });
});
