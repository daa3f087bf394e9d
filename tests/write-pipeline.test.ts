import type request from 'supertest';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CommitEvent } from '../server/crud/types.js';
import { writeRecord } from '../server/crud/write/pipeline.js';
import { OperatingSystem } from '../server/entities/OperatingSystem.js';
import { expireDueJobs } from '../server/jobBoard/expirySweep.js';
import { createUser, promoteToSuperuser, setPassword } from '../server/seed/users.js';
import { fileRow, importUrl, newRelease, postJson } from './release-import-support.js';
import { PASSWORD, setupApi, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Row = Record<string, unknown>;

/** What a test reads of an event: the identity of the write, and the fields it names. */
const brief = (e: CommitEvent) => ({
  resource: e.resource,
  operation: e.operation,
  id: e.id,
  ...(e.transition ? { transition: e.transition } : {}),
});

describe('the write pipeline publishes each committed write once, after commit, and never a rolled-back one', () => {
  let s: TestApi;
  let events: CommitEvent[];
  let unsubscribe: () => void;
  let category: number;
  let moderator: request.Agent;
  let editor: request.Agent;
  const job = async (id: number) => (await s.t.db.query('SELECT * FROM jobs WHERE id = $1', [id]))[0] as Row;
  const version = async (table: string, id: number) =>
    (await s.t.db.query(`SELECT row_version FROM ${table} WHERE id = $1`, [id]))[0].row_version as number;

  beforeAll(async () => {
    s = await setupApi({ seed: false });
    category = await insert(s.t.db, 'job_categories', rows.jobCategory());
    moderator = await s.as('job_moderator');
    editor = await s.as('content_editor');
    await insert(s.t.db, 'operating_systems', { name: 'Windows', slug: 'windows' });
  });
  afterAll(() => s.t.drop());
  beforeEach(() => {
    events = [];
    unsubscribe = s.registry.afterCommit.subscribe((event) => {
      // Published after COMMIT: another connection already sees the write.
      events.push(event);
    });
  });
  afterEach(() => unsubscribe());

  it('generic create, update and delete: one event each, with the record before and after', async () => {
    const created = (await s.api().post('/api/operating-systems').send({ name: 'Plan 9', slug: 'plan9' }).expect(201)).body;
    const updated = (
      await s
        .api()
        .put(`/api/operating-systems/${created.id}`)
        .send({ row_version: created.row_version, name: 'Plan 9 from Bell Labs' })
        .expect(200)
    ).body;
    await s.api().delete(`/api/operating-systems/${created.id}`).expect(200);
    expect(events.map(brief)).toEqual([
      { resource: 'operating-systems', operation: 'create', id: created.id },
      { resource: 'operating-systems', operation: 'update', id: created.id },
      { resource: 'operating-systems', operation: 'delete', id: created.id },
    ]);
    expect(events[0]).toMatchObject({ before: undefined, after: { name: 'Plan 9' } });
    expect(events[1]).toMatchObject({
      before: { name: 'Plan 9' },
      after: { name: 'Plan 9 from Bell Labs', row_version: updated.row_version },
    });
    expect(events[2]).toMatchObject({ before: { name: 'Plan 9 from Bell Labs' }, after: undefined });
    const me = (await s.api().get('/api/auth/me').expect(200)).body;
    expect(events.every((e) => e.actorId === me.id)).toBe(true);
  });

  it('a workflow transition: one event naming the action, for a person and for the system', async () => {
    const id = await insert(s.t.db, 'jobs', rows.job(category, { status: 'review' }));
    await moderator
      .post(`/api/jobs/${id}/approve`)
      .send({ row_version: (await job(id)).row_version })
      .expect(200);
    expect(events.map(brief)).toEqual([{ resource: 'jobs', operation: 'update', id, transition: 'approve' }]);
    expect(events[0]).toMatchObject({ before: { status: 'review' }, after: { status: 'approved' } });

    events.length = 0;
    await s.t.db.query(`UPDATE jobs SET expires = now() - interval '1 day' WHERE id = $1`, [id]);
    expect(await expireDueJobs(s.registry)).toBe(1);
    expect(events.map(brief)).toEqual([{ resource: 'jobs', operation: 'update', id, transition: 'expire' }]);
    expect(events[0].actorId).toBeNull();
  });

  it('the release import: one event per row created, updated and deleted', async () => {
    const { id, tag } = await newRelease(s);
    const first = [fileRow(tag, 'a.exe', { download_button: true }), fileRow(tag, 'b.exe'), fileRow(tag, 'c.exe')];
    await postJson(s.api(), importUrl(id), first).expect(200);
    const files: Row[] = await s.t.db.query('SELECT id, url FROM release_files WHERE release_id = $1 ORDER BY id', [id]);
    expect(events.map(brief)).toEqual(files.map((f) => ({ resource: 'release-files', operation: 'create', id: f.id })));
    expect(events.map((e) => e.after?.url)).toEqual(files.map((f) => f.url));

    events.length = 0;
    // b changes, c goes (replace), a stays as it is: one update and one delete, nothing for a.
    await postJson(s.api(), importUrl(id, { replace: true }), [first[0], { ...first[1], filesize: 2000 }]).expect(200);
    const [a, b, c] = files.map((f) => f.id as number);
    expect(events.map(brief).sort((x, y) => x.operation.localeCompare(y.operation))).toEqual([
      { resource: 'release-files', operation: 'delete', id: c },
      { resource: 'release-files', operation: 'update', id: b },
    ]);
    expect(events.find((e) => e.operation === 'update')).toMatchObject({ before: { filesize: 1000 }, after: { filesize: 2000 } });
    expect(events.some((e) => e.id === a)).toBe(false);

    events.length = 0;
    await postJson(s.api(), importUrl(id, { dry_run: true }), [fileRow(tag, 'd.exe')]).expect(200);
    expect(events).toEqual([]);
  });

  it('the latest flag: the release cleared and the release marked are both writes of their own', async () => {
    const old = await insert(s.t.db, 'releases', rows.release({ version: 3, is_latest: true }));
    const next = await insert(s.t.db, 'releases', rows.release({ version: 3 }));
    await s
      .api()
      .put(`/api/releases/${next}`)
      .send({ row_version: await version('releases', next), is_latest: true })
      .expect(200);
    expect(events.map(brief)).toEqual([
      { resource: 'releases', operation: 'update', id: old },
      { resource: 'releases', operation: 'update', id: next },
    ]);
    expect(events[0]).toMatchObject({ before: { is_latest: true }, after: { is_latest: false } });
  });

  it('auth writes: an issued token, a changed password, a revoked token', async () => {
    const me = (await s.api().get('/api/auth/me').expect(200)).body;
    const token = (await s.api().post('/api/auth/tokens').send({ name: 'release script' }).expect(201)).body;
    await s.api().delete(`/api/auth/tokens/${token.id}`).expect(200);
    const editorId = (await editor.get('/api/auth/me').expect(200)).body.id;
    await editor.put('/api/auth/password').send({ current_password: PASSWORD, new_password: PASSWORD }).expect(204);
    expect(events.map(brief)).toEqual([
      { resource: 'auth-tokens', operation: 'create', id: token.id },
      { resource: 'auth-tokens', operation: 'delete', id: token.id },
      { resource: 'users', operation: 'update', id: editorId },
    ]);
    // Events carry records as the API shows them: never a secret.
    expect(JSON.stringify(events)).not.toMatch(/token_hash|password_hash/);
    expect(JSON.stringify(events)).not.toContain(token.token);
    expect(events[0].actorId).toBe(me.id);
  });

  it("operators' writes (the user command, the first superuser): the system's, audited and published", async () => {
    const id = await createUser(s.t.db, {
      username: 'made-by-cli',
      email: 'made-by-cli@example.org',
      password: PASSWORD,
      roles: ['job_moderator'],
    });
    expect(await setPassword(s.t.db, 'made-by-cli', `${PASSWORD}!`)).toBe(true);
    expect(await promoteToSuperuser(s.t.db, 'made-by-cli')).toBe(true);
    expect(events.map(brief)).toEqual([
      { resource: 'users', operation: 'create', id },
      { resource: 'users', operation: 'update', id },
      { resource: 'users', operation: 'update', id },
    ]);
    expect(events.every((e) => e.actorId === null)).toBe(true);
    expect(events[0].after).toMatchObject({ username: 'made-by-cli', is_staff: true, is_superuser: false });
    expect(events[2].after).toMatchObject({ is_superuser: true });
    const audit = await s.t.db.query(
      `SELECT actor_id, action, changes FROM audit_log WHERE resource = 'users' AND record_id = $1 ORDER BY id`,
      [id],
    );
    expect(audit.map((a: Row) => [a.actor_id, a.action])).toEqual([
      [null, 'create'],
      [null, 'update'],
      [null, 'update'],
    ]);
    expect(audit[1].changes).toEqual({ password: { new: '(set)' } });
    expect(JSON.stringify(audit)).not.toMatch(/password_hash|\$argon2/);
  });

  describe('rolled back: no event', () => {
    it('a stale row_version, a refused transition, an import with an error', async () => {
      const os = (await s.api().post('/api/operating-systems').send({ name: 'BeOS', slug: 'beos' }).expect(201)).body;
      events.length = 0;
      await s
        .api()
        .put(`/api/operating-systems/${os.id}`)
        .send({ row_version: os.row_version + 5, name: 'Haiku' })
        .expect(409);
      const draft = await insert(s.t.db, 'jobs', rows.job(category, { status: 'draft' }));
      await moderator
        .post(`/api/jobs/${draft}/approve`)
        .send({ row_version: (await job(draft)).row_version })
        .expect(409);
      const { id, tag } = await newRelease(s);
      await postJson(s.api(), importUrl(id), [fileRow(tag, 'ok.exe'), fileRow(tag, 'bad.exe', { os: 'no-such-os' })]).expect(422);
      expect(events).toEqual([]);
    });

    it('a write whose own rule refuses it after another record was written in its transaction', async () => {
      // Marking a release latest clears the other latest of its version (a write through the pipeline);
      // publishing it with an incomplete checklist is refused: the clearing rolls back, and nobody hears of it.
      const old = await insert(s.t.db, 'releases', rows.release({ version: 2, is_latest: true }));
      const next = await insert(s.t.db, 'releases', rows.release({ version: 2, release_notes_url: '' }));
      const res = await s
        .api()
        .put(`/api/releases/${next}`)
        .send({ row_version: await version('releases', next), is_latest: true, is_published: true });
      expect(res.status, JSON.stringify(res.body)).toBe(409);
      expect((await s.t.db.query('SELECT is_latest FROM releases WHERE id = $1', [old]))[0].is_latest).toBe(true);
      expect(events).toEqual([]);
    });

    it('a transition whose audit entry fails at the very end', async () => {
      const id = await insert(s.t.db, 'jobs', rows.job(category, { status: 'review' }));
      await s.t.db.query(`
        CREATE FUNCTION fail_pipeline_audit() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.record_id = ${id} AND NEW.resource = 'jobs' THEN RAISE EXCEPTION 'audit refused'; END IF; RETURN NEW; END $$`);
      await s.t.db.query(
        'CREATE TRIGGER fail_pipeline_audit BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION fail_pipeline_audit()',
      );
      try {
        const res = await moderator.post(`/api/jobs/${id}/approve`).send({ row_version: (await job(id)).row_version });
        expect(res.status).toBe(500);
      } finally {
        await s.t.db.query('DROP TRIGGER fail_pipeline_audit ON audit_log; DROP FUNCTION fail_pipeline_audit()');
      }
      expect((await job(id)).status).toBe('review');
      expect(events).toEqual([]);
    });

    it('a job the expiry sweep cannot expire: its savepoint drops its event, the others are published', async () => {
      const good = await insert(s.t.db, 'jobs', rows.job(category, { status: 'approved', expires: new Date(Date.now() - 86_400_000) }));
      const bad = await insert(s.t.db, 'jobs', rows.job(category, { status: 'approved', expires: new Date(Date.now() - 2 * 86_400_000) }));
      await s.t.db.query(`
        CREATE FUNCTION fail_expiry() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN IF NEW.job_id = ${bad} THEN RAISE EXCEPTION 'history refused'; END IF; RETURN NEW; END $$`);
      await s.t.db.query('CREATE TRIGGER fail_expiry BEFORE INSERT ON job_transitions FOR EACH ROW EXECUTE FUNCTION fail_expiry()');
      try {
        expect(await expireDueJobs(s.registry)).toBe(1);
      } finally {
        await s.t.db.query('DROP TRIGGER fail_expiry ON job_transitions; DROP FUNCTION fail_expiry()');
        await s.t.db.query(`UPDATE jobs SET status = 'archived' WHERE id = $1`, [bad]);
      }
      expect(events.map(brief)).toEqual([{ resource: 'jobs', operation: 'update', id: good, transition: 'expire' }]);
    });
  });

  it('a savepoint that rolls back drops the events of the writes inside it, and only those', async () => {
    const model = s.registry.of(OperatingSystem).model;
    const actor = {
      id: (await s.api().get('/api/auth/me').expect(200)).body.id,
      username: 'x',
      email: 'x@example.org',
      first_name: null,
      last_name: null,
      isSuperuser: true,
      roles: [],
      tokenId: null,
    };
    const kept = await s.registry.write(async (tx) => {
      const outside = await writeRecord(tx, model, { operation: 'create', actor, input: { name: 'Kept', slug: 'kept' } });
      await tx
        .savepoint(async () => {
          await writeRecord(tx, model, { operation: 'create', actor, input: { name: 'Undone', slug: 'undone' } });
          throw new Error('changed my mind');
        })
        .catch(() => undefined);
      return outside;
    });
    expect(events.map(brief)).toEqual([{ resource: 'operating-systems', operation: 'create', id: kept.id }]);
    expect(await s.t.db.query(`SELECT slug FROM operating_systems WHERE slug IN ('kept', 'undone')`)).toEqual([{ slug: 'kept' }]);
  });

  it('a listener that throws touches neither the write nor the other listeners', async () => {
    const stop = s.registry.afterCommit.subscribe(() => {
      throw new Error('listener failed');
    });
    try {
      await s.api().post('/api/operating-systems').send({ name: 'Amiga', slug: 'amiga' }).expect(201);
    } finally {
      stop();
    }
    expect(events.map(brief)).toEqual([expect.objectContaining({ resource: 'operating-systems', operation: 'create' })]);
  });
});
