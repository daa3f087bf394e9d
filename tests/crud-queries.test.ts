import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listSql } from '../server/crud/listQuery.js';
import { parseListParams } from '../server/crud/listParams.js';
import { poolOf } from '../server/db/sql.js';
import { seedScale } from '../server/seed/scale.js';
import { ra, setupApi, type TestApi } from './support/api.js';

describe('the SQL behind the generic API', () => {
  let s: TestApi;
  beforeAll(async () => {
    s = await setupApi();
    await seedScale(s.t.db, 0.05); // 10,000 jobs, 1,000 pages: enough for the planner to prefer indexes
  });
  afterAll(() => s.t.drop());

  /** Every statement the request sends, session and sign-in lookups included. */
  async function countQueries(path: string): Promise<number> {
    const pool = poolOf(s.t.db);
    const query = pool.query;
    let count = 0;
    pool.query = ((...args: Parameters<typeof query>) => {
      count++;
      return (query as (...a: unknown[]) => unknown).apply(pool, args);
    }) as typeof query;
    try {
      await s.api().get(path).expect(200);
    } finally {
      pool.query = query;
    }
    return count;
  }

  it('reads a page and its total in one statement, whatever the page size (no N+1)', async () => {
    // Signed in and cached (the auth cache is on, as in production): the page with its total is all there is.
    for (const resource of ['jobs', 'events', 'users', 'release-files']) {
      await countQueries(`/api/${resource}${ra({ range: [0, 1] })}`);
      const small = await countQueries(`/api/${resource}${ra({ range: [0, 1] })}`);
      const large = await countQueries(`/api/${resource}${ra({ range: [0, 499] })}`);
      expect(small, resource).toBe(1);
      expect(large, resource).toBe(1);
    }
    expect(await countQueries(`/api/jobs/1`)).toBe(1);
    // Cold, the session and the signed-in user with their roles are read first, once each.
    s.authCache.clear();
    expect(await countQueries(`/api/jobs/1`)).toBe(3);
    expect(await countQueries(`/api/jobs/1`)).toBe(1);
  });

  it('finds q matches through the GIN full-text indexes', async () => {
    const mounted = s.registry.resources;
    await s.api().post('/api/pages').send({ title: 'Walrus', path: 'walrus', content: 'The walrus operator.' }).expect(201);
    await s.t.db.query('VACUUM ANALYZE pages');
    for (const [name, index] of [
      ['pages', 'ix_pages_search'],
      ['jobs', 'ix_jobs_search'],
    ] as const) {
      const { model } = mounted.find((r) => r.model.name === name)!;
      const query = listSql(model, parseListParams(model, { filter: JSON.stringify({ q: 'walrus' }), range: '[0,24]' }));
      const plan = (await s.t.db.query(`EXPLAIN ${query.page}`, query.values))
        .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
        .join('\n');
      expect(plan, plan).toContain(`Bitmap Index Scan on ${index}`);
    }
  });

  it('keeps GIN-indexed search and rank vectors of exactly the declared fields, weighted in order, for every searchable resource', async () => {
    const indexes: { indexname: string; indexdef: string }[] = await s.t.db.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE indexdef LIKE '%USING gin%'`,
    );
    const weighted = (body: string) => [...body.matchAll(/coalesce\(NEW\."(\w+)", ''\)\), '([A-D])'/g)].map((m) => `${m[1]}:${m[2]}`);
    for (const { model } of s.registry.resources) {
      if (!model.search.length) continue;
      expect(indexes.find((i) => i.indexname === `ix_${model.table}_search`)?.indexdef, model.table).toContain('USING gin (search_vector)');
      const [{ body }] = await s.t.db.query(`SELECT prosrc AS body FROM pg_proc WHERE proname = $1`, [`${model.table}_search_vector`]);
      const [matched, ranked = ''] = String(body).split('NEW."rank_vector" :=');
      const inOrder = (fields: string[]) => fields.map((field, i) => `${field}:${'ABCD'[i]}`);
      expect(weighted(matched), model.table).toEqual(inOrder(model.search));
      // The rank vector: every search field but the last (the body), weighted as in search_vector.
      expect(weighted(ranked), model.table).toEqual(inOrder(model.search.slice(0, -1)));
      expect(model.rankVector, model.table).toBe(model.search.length > 1);
      if (model.rankVector) {
        expect(indexes.find((i) => i.indexname === `ix_${model.table}_rank`)?.indexdef, model.table).toContain('USING gin (rank_vector)');
      }
    }
  });

  it('never reads the body vector of each match to find, count or rank a common word (q=python)', async () => {
    const mounted = s.registry.resources;
    await s.t.db.query('ANALYZE pages');
    await s.t.db.query('ANALYZE jobs');
    // No statistics on search_vector: with them the planner sees that "python" matches nearly every
    // row and tests each row's vector (read out of TOAST) in a sequential scan instead of the GIN index.
    const stats = await s.t.db.query(`SELECT tablename FROM pg_stats WHERE attname = 'search_vector'`);
    expect(stats).toEqual([]);
    const [{ pages, matching }] = await s.t.db.query(
      `SELECT count(*)::int AS pages, count(*) FILTER (WHERE search_vector @@ to_tsquery('english', 'python'))::int AS matching FROM pages`,
    );
    expect(matching / pages).toBeGreaterThan(0.9);
    for (const [name, sort] of [
      ['pages', undefined],
      ['jobs', undefined],
      ['pages', '["title","ASC"]'],
      ['jobs', '["created","DESC"]'],
    ] as const) {
      const { model } = mounted.find((r) => r.model.name === name)!;
      const query = listSql(model, parseListParams(model, { filter: JSON.stringify({ q: 'python' }), range: '[0,24]', sort }));
      const plan = (await s.t.db.query(`EXPLAIN (VERBOSE) ${query.page}`, query.values))
        .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
        .join('\n');
      const where = `${name} ${sort ?? 'by rank'}:\n${plan}`;
      expect(plan, where).toContain(`Bitmap Index Scan on ix_${name}_search`);
      expect(plan, where).not.toContain(`Seq Scan on public.${name}`);
      // search_vector is tested by the index alone: never in a row filter, never ranked.
      expect(plan, where).not.toMatch(/Filter: .*search_vector/);
      expect(plan, where).not.toMatch(/ts_rank\([^)]*search_vector/);
      if (!sort) expect(plan, where).toMatch(/ts_rank\(\w+\.rank_vector, /);
    }
    // A phrase is checked against each candidate's positions, which reads its vector: one pass
    // over the matches then serves the count, the title matches and the others.
    const { model } = mounted.find((r) => r.model.name === 'pages')!;
    const phrase = listSql(model, parseListParams(model, { filter: JSON.stringify({ q: '"python docs"' }), range: '[0,24]' }));
    const plan = (await s.t.db.query(`EXPLAIN (VERBOSE) ${phrase.page}`, phrase.values))
      .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
      .join('\n');
    expect(plan.match(/(Bitmap Heap|Seq) Scan on public\.pages/g), plan).toHaveLength(1);
  });

  it('pages deep offsets over ids only, then joins the rows (a deferred join)', async () => {
    const { model } = s.registry.resources.find((r) => r.model.name === 'jobs')!;
    const query = listSql(model, parseListParams(model, { sort: '["created","DESC"]', range: '[5000,5024]' }));
    expect(query.page).toMatch(/FROM \(SELECT t\."id" FROM "jobs" t\s+ORDER BY t\."created" DESC, t\."id" DESC LIMIT \$1 OFFSET \$2\) p/);
    const plan = (await s.t.db.query(`EXPLAIN ${query.page}`, query.values))
      .map((r: { 'QUERY PLAN': string }) => r['QUERY PLAN'])
      .join('\n');
    expect(plan).toContain('ix_jobs_created');
  });
});
