import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createDataSource } from '../server/db/dataSource.js';
import { poolOf } from '../server/db/sql.js';
import { registryFor } from '../server/seed/registry.js';
import { EXPIRY_LOCK_KEY, expireDueJobs } from '../server/jobBoard/expirySweep.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { insert, rows } from './support/rows.js';

const run = promisify(execFile);
const DAY = 86_400_000;
const ago = (days: number) => new Date(Date.now() - days * DAY);

describe('the job expiry sweep', () => {
  let t: TestDatabase;
  let category: number;
  const job = (o: Record<string, unknown>) => insert(t.db, 'jobs', rows.job(category, o));
  const statusOf = async (id: number) => (await t.db.query('SELECT status FROM jobs WHERE id = $1', [id]))[0].status;
  const transitionsOf = (id: number) =>
    t.db.query('SELECT action, from_status, to_status, actor_id, reason FROM job_transitions WHERE job_id = $1 ORDER BY id', [id]);

  beforeAll(async () => {
    t = await createTestDatabase();
    category = await insert(t.db, 'job_categories', rows.jobCategory());
  });
  afterAll(() => t.drop());
  beforeEach(async () => {
    await t.db.query(`UPDATE jobs SET status = 'archived' WHERE status = 'approved'`);
  });

  it('expires approved jobs past their date, recorded as done by the system, and leaves the others alone', async () => {
    const due = [await job({ status: 'approved', expires: ago(1) }), await job({ status: 'approved', expires: ago(30) })];
    const untouched = {
      [await job({ status: 'approved', expires: ago(-1) })]: 'approved',
      [await job({ status: 'review', expires: ago(5) })]: 'review',
      [await job({ status: 'draft', expires: ago(5) })]: 'draft',
      [await job({ status: 'expired', expires: ago(5) })]: 'expired',
      [await job({ status: 'rejected', expires: ago(5) })]: 'rejected',
    };

    expect(await expireDueJobs(registryFor(t.db))).toBe(2);
    for (const id of due) {
      expect(await statusOf(id)).toBe('expired');
      expect(await transitionsOf(id)).toEqual([
        { action: 'expire', from_status: 'approved', to_status: 'expired', actor_id: null, reason: null },
      ]);
      const audit = await t.db.query(`SELECT actor_id, action FROM audit_log WHERE resource = 'jobs' AND record_id = $1`, [id]);
      expect(audit).toEqual([{ actor_id: null, action: 'update' }]);
    }
    for (const [id, status] of Object.entries(untouched)) {
      expect(await statusOf(Number(id))).toBe(status);
      expect(await transitionsOf(Number(id))).toEqual([]);
    }
    expect(await expireDueJobs(registryFor(t.db))).toBe(0);
  });

  it('expires each job exactly once when two processes sweep at the same moment', async () => {
    const due: number[] = [];
    for (let i = 0; i < 12; i++) due.push(await job({ status: 'approved', expires: ago(1 + i) }));
    const processes = [createDataSource(t.url, { poolSize: 2 }), createDataSource(t.url, { poolSize: 2 })];
    await Promise.all(processes.map((db) => db.initialize()));
    try {
      const counts = await Promise.all(processes.map((db) => expireDueJobs(registryFor(db))));
      expect(counts[0] + counts[1]).toBe(12);
    } finally {
      await Promise.all(processes.map((db) => db.destroy()));
    }
    const recorded: { job_id: number; count: number }[] = await t.db.query(
      `SELECT job_id, count(*)::int AS count FROM job_transitions WHERE action = 'expire' AND job_id = ANY($1) GROUP BY job_id ORDER BY job_id`,
      [due],
    );
    expect(recorded).toEqual(due.map((id) => ({ job_id: id, count: 1 })));
    for (const id of due) expect(await statusOf(id)).toBe('expired');
  });

  it('leaves the tick to the process holding the advisory lock', async () => {
    const id = await job({ status: 'approved', expires: ago(1) });
    const other = await poolOf(t.db).connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock($1)', [EXPIRY_LOCK_KEY]);
      expect(await expireDueJobs(registryFor(t.db))).toBe(0);
      expect(await statusOf(id)).toBe('approved');
    } finally {
      await other.query('ROLLBACK');
      other.release();
    }
    expect(await expireDueJobs(registryFor(t.db))).toBe(1);
  });

  it('skips a job someone is changing right now and expires it on the next sweep', async () => {
    const busy = await job({ status: 'approved', expires: ago(1) });
    const free = await job({ status: 'approved', expires: ago(1) });
    const moderator = await poolOf(t.db).connect();
    try {
      await moderator.query('BEGIN');
      await moderator.query('SELECT id FROM jobs WHERE id = $1 FOR UPDATE', [busy]);
      expect(await expireDueJobs(registryFor(t.db))).toBe(1);
      expect(await statusOf(free)).toBe('expired');
    } finally {
      await moderator.query('ROLLBACK');
      moderator.release();
    }
    expect(await statusOf(busy)).toBe('approved');
    expect(await expireDueJobs(registryFor(t.db))).toBe(1);
    expect(await statusOf(busy)).toBe('expired');
  });

  it('does not let one job that cannot be expired hold back the others', async () => {
    const broken = await job({ status: 'approved', expires: ago(3) });
    const fine = await job({ status: 'approved', expires: ago(1) });
    await t.db.query(`CREATE FUNCTION refuse_job() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$`);
    await t.db.query(
      `CREATE TRIGGER trg_refuse BEFORE INSERT ON job_transitions FOR EACH ROW WHEN (NEW.job_id = ${broken}) EXECUTE FUNCTION refuse_job()`,
    );
    try {
      expect(await expireDueJobs(registryFor(t.db))).toBe(1);
      expect(await statusOf(fine)).toBe('expired');
      expect(await statusOf(broken)).toBe('approved');
      expect(await transitionsOf(broken)).toEqual([]);
    } finally {
      await t.db.query('DROP TRIGGER trg_refuse ON job_transitions');
      await t.db.query('DROP FUNCTION refuse_job()');
    }
    expect(await expireDueJobs(registryFor(t.db))).toBe(1);
    expect(await statusOf(broken)).toBe('expired');
  });

  it('runs as npm run jobs:expire against DATABASE_URL', async () => {
    const id = await job({ status: 'approved', expires: ago(2) });
    const expire = () =>
      run('npm', ['run', '--silent', 'jobs:expire'], { env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent' } });
    expect((await expire()).stdout).toMatch(/^Expired 1 job\.$/m);
    expect(await statusOf(id)).toBe('expired');
    expect((await expire()).stdout).toMatch(/^Expired 0 jobs\.$/m);
  });

  it('expires each job once when two jobs:expire processes run at the same time', async () => {
    const due: number[] = [];
    for (let i = 0; i < 6; i++) due.push(await job({ status: 'approved', expires: ago(1 + i) }));
    const expire = () =>
      run('npm', ['run', '--silent', 'jobs:expire'], { env: { ...process.env, DATABASE_URL: t.url, LOG_LEVEL: 'silent' } });
    const outputs = await Promise.all([expire(), expire()]);
    const counts = outputs.map(({ stdout }) => Number(/^Expired (\d+) jobs?\.$/m.exec(stdout)![1]));
    expect(counts[0] + counts[1]).toBe(due.length);
    const recorded: { count: number }[] = await t.db.query(
      `SELECT count(*)::int AS count FROM job_transitions WHERE action = 'expire' AND job_id = ANY($1)`,
      [due],
    );
    expect(recorded[0].count).toBe(due.length);
  }, 60_000);
});
