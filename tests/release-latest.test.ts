import type request from 'supertest';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { setupApi, type TestApi } from './support/api.js';
import { insert, rows } from './support/rows.js';

type Row = Record<string, unknown>;

describe('one latest release per version', () => {
  let s: TestApi;
  let rm: request.Agent;
  beforeAll(async () => {
    s = await setupApi({ seed: false });
    rm = await s.as('release_manager');
  });
  afterAll(() => s.t.drop());
  // Each test starts with no latest release, whatever the ones before it left.
  beforeEach(async () => {
    await s.t.db.query('UPDATE releases SET is_latest = false WHERE is_latest');
  });

  const release = async (o: Row) => insert(s.t.db, 'releases', rows.release(o));
  const get = async (id: number) => (await rm.get(`/api/releases/${id}`).expect(200)).body as Row;
  const latestOf = async (version: number) =>
    (await s.t.db.query('SELECT id FROM releases WHERE version = $1 AND is_latest ORDER BY id', [version])).map((r: Row) => r.id);
  const put = async (id: number, body: Row) => rm.put(`/api/releases/${id}`).send({ row_version: (await get(id)).row_version, ...body });

  it('clears the previous latest of the same version, and only of that version, with an audit entry', async () => {
    const [old, next, other] = [
      await release({ version: 3, is_latest: true }),
      await release({ version: 3 }),
      await release({ version: 2, is_latest: true }),
    ];
    const oldBefore = await get(old);
    const res = await put(next, { is_latest: true });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.is_latest).toBe(true);
    expect(await latestOf(3)).toEqual([next]);
    expect(await latestOf(2)).toEqual([other]);
    // The cleared release moved on like any edited record: a client holding the old copy gets 409, not a silent overwrite.
    expect((await get(old)).row_version).toBe((oldBefore.row_version as number) + 1);
    const [audit] = await s.t.db.query(
      `SELECT action, changes FROM audit_log WHERE resource = 'releases' AND record_id = $1 ORDER BY id DESC LIMIT 1`,
      [old],
    );
    expect(audit).toEqual({ action: 'update', changes: { is_latest: { old: true, new: false } } });
  });

  it('clears it when a new release is created latest', async () => {
    const old = await release({ version: 100, is_latest: true });
    const res = await rm
      .post('/api/releases')
      .send({ name: 'Python 100.1', slug: 'python-100-1', version: 100, is_latest: true, release_date: '2027-01-01T00:00:00Z' });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(await latestOf(100)).toEqual([res.body.id]);
    expect((await get(old)).is_latest).toBe(false);
  });

  it('clears the latest of the version a latest release moves to', async () => {
    const [moving, target] = [
      await release({ version: 1, is_latest: true }),
      await release({ version: 2, is_latest: true, name: 'Python 2.7' }),
    ];
    await release({ version: 2, name: 'Python 2.6' });
    const res = await put(moving, { version: 2 });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ version: 2, is_latest: true });
    expect(await latestOf(2)).toEqual([moving]);
    expect(await latestOf(1)).toEqual([]);
    expect((await get(target)).is_latest).toBe(false);
  });

  it('leaves the others alone when a latest release is saved as it is, or a release is unmarked', async () => {
    const [latest, plain] = [await release({ version: 3, is_latest: true }), await release({ version: 3 })];
    const plainBefore = await get(plain);
    // react-admin sends is_latest back with every edit of the latest release.
    const saved = await put(latest, { ...(await get(latest)), name: 'Renamed' });
    expect(saved.status, JSON.stringify(saved.body)).toBe(200);
    expect(await get(plain)).toEqual(plainBefore);
    await put(latest, { is_latest: false }).then((r) => expect(r.status).toBe(200));
    expect(await latestOf(3)).toEqual([]);
    await put(plain, { name: 'Also renamed' }).then((r) => expect(r.status).toBe(200));
    expect(await latestOf(3)).toEqual([]);
  });

  it('serialises concurrent requests: two releases marked latest at once both succeed and one stays latest', async () => {
    for (let round = 0; round < 8; round++) {
      const [a, b] = [await release({ version: 3 }), await release({ version: 3 })];
      const [ra, rb] = [await get(a), await get(b)];
      const results = await Promise.all([
        rm.put(`/api/releases/${a}`).send({ is_latest: true, row_version: ra.row_version }),
        rm.put(`/api/releases/${b}`).send({ is_latest: true, row_version: rb.row_version }),
      ]);
      expect(
        results.map((r) => r.status),
        JSON.stringify(results.map((r) => r.body)),
      ).toEqual([200, 200]);
      const latest = await latestOf(3);
      expect(latest).toHaveLength(1);
      expect([a, b]).toContain(latest[0]);
    }
  });

  it('never answers 500 when the current latest is edited while another release is marked latest', async () => {
    for (let round = 0; round < 8; round++) {
      const current = (await latestOf(3))[0] as number | undefined;
      const [x, y] = [await release({ version: 3 }), await release({ version: 3 })];
      const bodies: [number, Row][] = [
        [x, { is_latest: true }],
        [y, { is_latest: true }],
      ];
      // The current latest saved with is_latest true (nothing to clear), or moved to version 2 while latest.
      if (current) bodies.push([current, round % 2 ? { name: `Edited ${round}`, is_latest: true } : { version: 2 }]);
      const loaded = await Promise.all(bodies.map(([id]) => get(id)));
      const results = await Promise.all(
        bodies.map(([id, body], i) => rm.put(`/api/releases/${id}`).send({ ...body, row_version: loaded[i].row_version })),
      );
      for (const r of results) {
        // A writer whose release was cleared meanwhile has a stale row_version: a clean 409 it can reload from.
        expect([200, 409], JSON.stringify(r.body)).toContain(r.status);
        if (r.status === 409) expect(r.body.errors).toHaveProperty('row_version');
      }
      expect(results.slice(0, 2).map((r) => r.status)).toEqual([200, 200]);
      expect(await latestOf(3)).toHaveLength(1);
      expect((await latestOf(2)).length).toBeLessThanOrEqual(1);
    }
  });

  it('lets two latest releases swap versions at once without a deadlock: the second finds its release changed (409)', async () => {
    for (let round = 0; round < 5; round++) {
      await s.t.db.query('UPDATE releases SET is_latest = false WHERE is_latest');
      const [one, two] = [await release({ version: 1, is_latest: true }), await release({ version: 2, is_latest: true })];
      const [a, b] = [await get(one), await get(two)];
      const results = await Promise.all([
        rm.put(`/api/releases/${one}`).send({ version: 2, row_version: a.row_version }),
        rm.put(`/api/releases/${two}`).send({ version: 1, row_version: b.row_version }),
      ]);
      // The first to lock both series clears the other's release, whose writer then holds a stale row_version.
      expect(results.map((r) => r.status).sort(), JSON.stringify(results.map((r) => r.body))).toEqual([200, 409]);
      expect(results.find((r) => r.status === 409)!.body.errors).toHaveProperty('row_version');
      const winner = results.find((r) => r.status === 200)!.body as Row;
      expect(await latestOf(winner.version as number)).toEqual([winner.id]);
      expect(await latestOf(winner.version === 1 ? 2 : 1)).toEqual([]);
    }
  });
});
