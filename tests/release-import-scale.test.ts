import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listenerName } from '../server/auth/authChanges.js';
import { setupApi, type TestApi } from './support/api.js';
import { fileRow, filesOf, importUrl, newRelease, postJson, type Row } from './release-import-support.js';

/**
 * Every statement any pg client sends while `work` runs: the app's pool, its sessions, everything but
 * the auth listener, whose liveness check runs on a timer (every 5 s) whatever the request does.
 */
async function countStatements(work: () => Promise<unknown>): Promise<number> {
  const original = pg.Client.prototype.query;
  let count = 0;
  pg.Client.prototype.query = function (this: pg.Client & { connectionParameters?: { application_name?: string } }, ...args: unknown[]) {
    if (this.connectionParameters?.application_name !== listenerName()) count++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await work();
  } finally {
    pg.Client.prototype.query = original;
  }
  return count;
}

const manifest = (tag: string, n: number, extra: (i: number) => Row = () => ({})) =>
  Array.from({ length: n }, (_, i) =>
    fileRow(tag, `file-${i}.tar.xz`, { os: i % 2 ? 'source' : 'windows', filesize: 1000 + i, ...extra(i) }),
  );

describe('release file import at scale', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi();
  });
  afterAll(() => s.t.drop());

  it('imports 10,000 rows in one request', async () => {
    const { id, tag } = await newRelease(s);
    const rows = manifest(tag, 10_000);
    const [{ count: auditBefore }] = await s.t.db.query(`SELECT count(*)::int AS count FROM audit_log`);
    const res = await postJson(s.api(), importUrl(id), rows).expect(200);
    expect(res.body.create).toHaveLength(10_000);
    const [{ count }] = await s.t.db.query(`SELECT count(*)::int AS count FROM release_files WHERE release_id = $1`, [id]);
    expect(count).toBe(10_000);
    const [{ count: auditAfter }] = await s.t.db.query(`SELECT count(*)::int AS count FROM audit_log`);
    expect(auditAfter - auditBefore).toBe(10_000);
    const again = await postJson(s.api(), importUrl(id, { dry_run: true }), rows).expect(200);
    expect(again.body.unchanged).toHaveLength(10_000);
    expect(again.body.errors).toEqual([]);
  }, 60_000);

  it('refuses more than 10,000 rows', async () => {
    const { id, tag } = await newRelease(s);
    const res = await postJson(s.api(), importUrl(id, { dry_run: true }), manifest(tag, 10_001)).expect(413);
    expect(res.body.message).toMatch(/At most 10000 files/);
  }, 60_000);

  it('sends as many SQL statements for 1,000 rows as for 100', async () => {
    const counts: Record<number, { create: number; mixed: number; dryRun: number }> = {};
    for (const n of [100, 1000]) {
      const { id, tag } = await newRelease(s);
      const create = await countStatements(() => postJson(s.api(), importUrl(id), manifest(tag, n)).expect(200));
      // Half updated, a quarter unchanged, a quarter deleted (replace), as many created.
      const next = [
        ...manifest(tag, n, (i) => ({ filesize: i < n / 2 ? 5 : 1000 + i })).slice(0, (3 * n) / 4),
        ...manifest(`${tag}b`, n / 4),
      ];
      const dryRun = await countStatements(() => postJson(s.api(), importUrl(id, { replace: true, dry_run: true }), next).expect(200));
      let report: Row = {};
      const mixed = await countStatements(async () => {
        report = (await postJson(s.api(), importUrl(id, { replace: true }), next).expect(200)).body;
      });
      expect([report.create, report.update, report.unchanged, report.delete].map((list) => (list as unknown[]).length)).toEqual([
        n / 4,
        n / 2,
        n / 4,
        n / 4,
      ]);
      expect(await filesOf(s, id)).toHaveLength(n);
      counts[n] = { create, mixed, dryRun };
    }
    expect(counts[1000]).toEqual(counts[100]);
    // BEGIN, locks, the checks' queries, one statement per kind of change, the audit rows, COMMIT, and the sign-in's own.
    expect(counts[100].create).toBeGreaterThan(5);
    expect(counts[100].mixed).toBeLessThan(20);
  }, 60_000);
});
