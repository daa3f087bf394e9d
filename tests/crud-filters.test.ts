import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_SIZE } from '../server/crud/listParams.js';
import { ra, setupApi, type TestApi } from './support/api.js';

type Row = Record<string, unknown>;

describe('list filters, search, sort and range', () => {
  let s: TestApi;
  const list = async (resource: string, params: Parameters<typeof ra>[0], status = 200) => {
    const res = await s.api().get(`/api/${resource}${ra(params)}`);
    expect(res.status, JSON.stringify(res.body)).toBe(status);
    return res;
  };
  beforeAll(async () => {
    s = await setupApi();
  });
  afterAll(() => s.t.drop());

  it('filters by equality, one-of lists and null', async () => {
    const review = await list('jobs', { filter: { status: 'review' } });
    expect(review.body.length).toBeGreaterThan(0);
    expect(review.body.every((j: Row) => j.status === 'review')).toBe(true);
    const either = await list('jobs', { filter: { status: ['draft', 'rejected'] } });
    expect(new Set(either.body.map((j: Row) => j.status))).toEqual(new Set(['draft', 'rejected']));
    const noExpiry = await list('jobs', { filter: { expires: null } });
    expect(noExpiry.body.every((j: Row) => j.expires === null)).toBe(true);
    const withExpiry = await list('jobs', { filter: { expires_neq: null } });
    expect(withExpiry.body.every((j: Row) => j.expires !== null)).toBe(true);
    expect(withExpiry.body.length + noExpiry.body.length).toBe((await list('jobs', {})).body.length);
  });

  it('filters with _gt, _gte, _lt, _lte, _neq and _like', async () => {
    const all = (await list('releases', { sort: ['release_date', 'ASC'] })).body as Row[];
    const pivot = all[2].release_date as string;
    const after = (await list('releases', { filter: { release_date_gt: pivot } })).body as Row[];
    expect(after.every((r) => (r.release_date as string) > pivot)).toBe(true);
    const from = (await list('releases', { filter: { release_date_gte: pivot } })).body as Row[];
    expect(from.length).toBe(after.length + all.filter((r) => r.release_date === pivot).length);
    const before = (await list('releases', { filter: { release_date_lt: pivot } })).body as Row[];
    expect(before.length + from.length).toBe(all.length);
    const upTo = (await list('releases', { filter: { version_lte: 2 } })).body as Row[];
    expect(upTo.map((r) => r.version)).toEqual([2]);
    const notThree = (await list('releases', { filter: { version_neq: 3 } })).body as Row[];
    expect(notThree.every((r) => r.version !== 3)).toBe(true);
    const like = (await list('jobs', { filter: { company_name_like: 'oPeN dAtA' } })).body as Row[];
    expect(like.map((j) => j.company_name)).toEqual(['Open Data Co']);
    // % and _ are literal characters in a _like filter, not wildcards.
    expect((await list('jobs', { filter: { company_name_like: '%' } })).body).toEqual([]);
  });

  it('filters a many-to-many by id, for reference lists', async () => {
    const events = (await list('events', {})).body as Row[];
    const category = (events.find((e) => (e.category_ids as number[]).length)!.category_ids as number[])[0];
    const inCategory = (await list('events', { filter: { category_ids: category } })).body as Row[];
    expect(inCategory.length).toBeGreaterThan(0);
    expect(inCategory.every((e) => (e.category_ids as number[]).includes(category))).toBe(true);
  });

  it('searches with q: ranked full-text over the searchable fields', async () => {
    await s.api().post('/api/pages').send({ title: 'Walrus operator', path: 'walrus', content: 'Assignment expressions.' }).expect(201);
    await s.api().post('/api/pages').send({ title: 'Typing', path: 'typing', content: 'The walrus appears once.' }).expect(201);
    const res = await list('pages', { filter: { q: 'walrus' } });
    expect(res.body.map((p: Row) => p.path)).toEqual(['walrus', 'typing']);
    expect(res.headers['content-range']).toBe('pages 0-1/2');
    const words = await list('jobs', { filter: { q: 'python developer' } });
    expect(words.body.length).toBeGreaterThan(0);
    // Other filters combine with q.
    const published = await list('pages', { filter: { q: 'walrus', path: 'typing' } });
    expect(published.body.map((p: Row) => p.path)).toEqual(['typing']);
  });

  it('lists q matches in the title first (by rank), then matches in the body alone, newest first, with the exact total', async () => {
    const page = async (title: string, content: string, more: Row = {}) =>
      (
        await s
          .api()
          .post('/api/pages')
          .send({ title, path: `quokka/${title.toLowerCase().replace(/\W+/g, '-')}`, content, ...more })
          .expect(201)
      ).body.id as number;
    const bodyOld = await page('Marsupials', 'A quokka lives here.');
    const titleOnce = await page('The quokka', 'Nothing else.');
    const bodyMany = await page('Islands', 'Quokka, quokka, quokka everywhere.');
    const titleTwice = await page('Quokka and quokka', 'More.');
    const hidden = await page('Quokka selfies', 'Forbidden words.', { is_published: false });
    const bodyNew = await page('Rottnest', 'One quokka.');
    const ids = async (filter: Row, range?: [number, number], sort?: [string, string]) => {
      const res = await list('pages', { filter, range, sort });
      return { ids: res.body.map((p: Row) => p.id), range: res.headers['content-range'] };
    };
    // A body with more occurrences still comes after every title match; equal ranks, newest first.
    const all = [titleTwice, hidden, titleOnce, bodyNew, bodyMany, bodyOld];
    expect(await ids({ q: 'quokka' })).toEqual({ ids: all, range: 'pages 0-5/6' });
    // Pages across the boundary between title and body matches, and past the end.
    expect(await ids({ q: 'quokka' }, [2, 3])).toEqual({ ids: all.slice(2, 4), range: 'pages 2-3/6' });
    expect(await ids({ q: 'quokka' }, [5, 9])).toEqual({ ids: all.slice(5), range: 'pages 5-5/6' });
    expect(await ids({ q: 'quokka' }, [6, 9])).toEqual({ ids: [], range: 'pages */6' });
    // Filters, exclusions (a title match whose body has an excluded word is no match) and phrases.
    expect(await ids({ q: 'quokka', is_published: false })).toEqual({ ids: [hidden], range: 'pages 0-0/1' });
    expect(await ids({ q: 'quokka -forbidden' })).toEqual({ ids: all.filter((id) => id !== hidden), range: 'pages 0-4/5' });
    // (Punctuation makes one pass over the matches serve both groups; same order, same pages.)
    expect(await ids({ q: 'quokka -forbidden' }, [1, 2])).toEqual({ ids: [titleOnce, bodyNew], range: 'pages 1-2/5' });
    expect(await ids({ q: '"one quokka"' })).toEqual({ ids: [bodyNew], range: 'pages 0-0/1' });
    // Another order replaces the rank.
    const byTitle = await ids({ q: 'quokka' }, undefined, ['title', 'ASC']);
    expect(byTitle).toEqual({ ids: [bodyMany, bodyOld, titleTwice, hidden, bodyNew, titleOnce], range: 'pages 0-5/6' });
    // Minutes search one field, their content: matches come in their default order, newest first.
    const minutes = async (date: string) =>
      (await s.api().post('/api/minutes').send({ date, content: 'The quokka motion passed.' }).expect(201)).body.id as number;
    const [early, late] = [await minutes('2020-01-01'), await minutes('2021-01-01')];
    expect((await list('minutes', { filter: { q: 'quokka' } })).body.map((m: Row) => m.id)).toEqual([late, early]);
  });

  it('searches small tables by substring when they have no full-text fields', async () => {
    const res = await list('operating-systems', { filter: { q: 'MAC' } });
    expect(res.body.map((o: Row) => o.slug)).toEqual(['macos']);
  });

  it('sorts by declared fields with id breaking ties, and pages with inclusive ranges', async () => {
    const all = (await list('jobs', { sort: ['country', 'ASC'] })).body as Row[];
    const countries = all.map((j) => j.country as string);
    expect(countries).toEqual([...countries].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const page = await list('jobs', { sort: ['country', 'ASC'], range: [2, 4] });
    expect(page.body.map((j: Row) => j.id)).toEqual(all.slice(2, 5).map((j) => j.id));
    expect(page.headers['content-range']).toBe(`jobs 2-4/${all.length}`);
  });

  it('answers a page past the end with [] and the total', async () => {
    const res = await list('jobs', { range: [500, 524] });
    expect(res.body).toEqual([]);
    const total = (await list('jobs', {})).body.length;
    expect(res.headers['content-range']).toBe(`jobs */${total}`);
    expect((await list('jobs', { filter: { status: 'no-such-status' } })).headers['content-range']).toBe('jobs */0');
  });

  it('refuses pages larger than the maximum instead of truncating them', async () => {
    const res = await list('jobs', { range: [0, MAX_PAGE_SIZE] }, 400);
    expect(res.body.errors).toHaveProperty('range');
    await list('jobs', { range: [0, MAX_PAGE_SIZE - 1] });
  });

  it('refuses undeclared, unknown and secret fields with a 400 naming them', async () => {
    for (const [resource, params, field] of [
      ['jobs', { filter: { email: 'x' } }, 'email'],
      ['jobs', { filter: { nonsense_gt: 1 } }, 'nonsense_gt'],
      ['users', { filter: { password_hash: 'x' } }, 'password_hash'],
      ['users', { filter: { password_hash_like: '$argon' } }, 'password_hash_like'],
      ['users', { filter: { 'roles.password_hash': 'x' } }, 'roles.password_hash'],
      ['auth-tokens', { filter: { token_hash: 'x' } }, 'token_hash'],
    ] as const) {
      const res = await list(resource, params, 400);
      expect(res.body.message).toContain(field);
      expect(res.body.errors).toHaveProperty(field);
    }
    const sort = await list('users', { sort: ['password_hash', 'ASC'] }, 400);
    expect(sort.body.message).toContain('password_hash');
    await list('jobs', { sort: ['description', 'ASC'] }, 400);
  });

  it('refuses malformed parameters and values of the wrong type with 400', async () => {
    for (const query of ['?filter={bad', '?sort=["id"]', '?sort=["id","UP"]', '?range=[5,1]', '?range=[-1,3]', '?filter=[]']) {
      const res = await s.api().get(`/api/jobs${query.replace(/[{}[\]"]/g, encodeURIComponent)}`);
      expect(res.status, query).toBe(400);
      expect(res.body.message).toBeTruthy();
    }
    const res = await list('jobs', { filter: { category_id: 'abc' } }, 400);
    expect(res.body.errors).toHaveProperty('category_id');
    await list('jobs', { filter: { created_gt: 'not a date' } }, 400);
    await list('jobs', { filter: { is_featured: 'maybe' } }, 400);
  });

  it('never returns secret fields', async () => {
    const users = (await list('users', {})).body as Row[];
    expect(users.length).toBeGreaterThan(0);
    for (const user of users) expect(user).not.toHaveProperty('password_hash');
    const one = await s.api().get(`/api/users/${users[0].id}`).expect(200);
    expect(JSON.stringify(one.body)).not.toContain('argon2');
  });
});
