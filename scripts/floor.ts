/**
 * The floor for `npm run bench`: a minimal node:http + pg server answering the benchmark's
 * requests with the best SQL we can write by hand, and the same JSON as the API. The public API's
 * lists (the delivery rows) run the front door's own statement (server/delivery/publicSql.ts), which
 * builds the body in PostgreSQL: hand-written variants (one pass without CTEs, JSON by concatenation)
 * came within 10% of it on python.org's sizes, inside this machine's noise.
 * Run as a child of scripts/bench.ts: DATABASE_URL, PORT and PUBLIC_BASE_URL come from the environment.
 */
import http from 'node:http';
import { parse as parseQuery, stringify, type ParsedUrlQuery } from 'node:querystring';
import pg from 'pg';
import { PUBLIC_RESOURCES } from '../server/delivery/publicResources.js';
import { editorialFields } from '../server/crud/drafts/readFields.js';
import { listStatement, type PublicRead } from '../server/delivery/publicSql.js';

/** What every read of a versioned record adds (its draft and schedule): the same probes the API makes, one unique index each. */
const editorial = (resource: string) =>
  editorialFields(resource, { versions: {} })
    .map((field) => `${field.select} AS ${field.name}`)
    .join(', ');

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, options: '-c timezone=UTC' });

const JOB_COLUMNS = `t.id, t.created, t.updated, t.row_version, t.creator_id, t.last_modified_by_id, t.category_id, t.other_job_type,
  t.company_name, t.company_description, t.company_description_markup_type, t.job_title, t.city, t.region, t.country,
  t.location_slug, t.country_slug, t.description, t.description_markup_type, t.requirements, t.requirements_markup_type,
  t.contact, t.email, t.url, t.submitted_by_id, t.status, t.expires, t.telecommuting, t.agencies, t.is_featured,
  ARRAY(SELECT j.job_type_id FROM job_type_associations j WHERE j.job_id = t.id ORDER BY 1) AS job_type_ids, ${editorial('jobs')}`;

const QUERIES = {
  approvedJobs: `SELECT ${JOB_COLUMNS}, (SELECT count(*)::int FROM jobs WHERE status = 'approved') AS total
    FROM jobs t WHERE t.status = 'approved' ORDER BY t.created DESC, t.id DESC LIMIT $1`,
  deepJobs: `SELECT ${JOB_COLUMNS}, (SELECT count(*)::int FROM jobs) AS total
    FROM jobs t JOIN (SELECT id FROM jobs ORDER BY created DESC, id DESC LIMIT $1 OFFSET $2) p USING (id)
    ORDER BY t.created DESC, t.id DESC`,
  release: `SELECT id, created, updated, row_version, creator_id, last_modified_by_id, name, slug, version, is_latest, is_published,
    pre_release, show_on_download_page, release_date, release_page_id, release_notes_url, content, content_markup_type, ${editorial('releases')}
    FROM releases t WHERE id = $1`,
  releaseFiles: 'SELECT *, count(*) OVER ()::int AS total FROM release_files WHERE release_id = $1 ORDER BY name, id',
  // Title matches first (ts_rank on the small rank_vector), then the other matches newest first,
  // read only if the title matches do not fill the page; the exact count over the GIN index.
  searchPages: `WITH hits AS MATERIALIZED (
      SELECT id, ts_rank(rank_vector, q) AS rank FROM pages, websearch_to_tsquery('english', $1) q WHERE search_vector @@ q AND rank_vector @@ q),
    rest AS MATERIALIZED (
      SELECT id FROM pages, websearch_to_tsquery('english', $1) q WHERE search_vector @@ q AND (rank_vector @@ q) IS NOT TRUE),
    ranked AS ((SELECT id, rank FROM hits ORDER BY rank DESC, id DESC LIMIT $2)
      UNION ALL (SELECT id, -1 FROM rest ORDER BY id DESC LIMIT greatest($2 - (SELECT count(*) FROM hits), 0)))
    SELECT t.id, t.created, t.updated, t.row_version, t.creator_id, t.last_modified_by_id, t.title, t.keywords, t.description,
      t.path, t.content, t.content_markup_type, t.is_published, t.content_type, t.template_name, ${editorial('pages')},
      (SELECT count(*)::int FROM pages, websearch_to_tsquery('english', $1) q WHERE search_vector @@ q) AS total
    FROM (SELECT id, rank FROM ranked ORDER BY rank DESC, id DESC LIMIT $2) p JOIN pages t USING (id) ORDER BY p.rank DESC, t.id DESC`,
};

async function run(name: keyof typeof QUERIES, values: unknown[]): Promise<Record<string, unknown>[]> {
  return (await pool.query({ name, text: QUERIES[name], values })).rows;
}

/** A public list's body as PostgreSQL built it; each shape of statement prepared once per connection. */
async function publicList(read: PublicRead, omit?: ReadonlySet<string>): Promise<{ total: number; body: string }> {
  const { text, values } = listStatement(read, omit);
  const name = `${read.resource.key}:${Object.keys(read.filters).join(',')}:${read.page ? 'page' : 'all'}`;
  return (await pool.query({ name, text, values })).rows[0];
}

const V2_RELEASES = '/api/v2/downloads/release/';
const V1_FILES = '/api/v1/downloads/release_file/';
const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' };
const NO_CONTENT = new Set(['content']);

/** API v2's published releases: a bare array, absolute URLs, no content. */
async function v2Releases(res: http.ServerResponse, query: ParsedUrlQuery): Promise<void> {
  const filters = query as Record<string, string>;
  const read = { resource: PUBLIC_RESOURCES.release, publicOnly: true, filters, uriPrefix: `${process.env.PUBLIC_BASE_URL}/api/v2/` };
  res.writeHead(200, JSON_TYPE).end((await publicList(read, NO_CONTENT)).body);
}

/** API v1's files of a release: Tastypie's meta (next and previous keep the query) around a page. */
async function v1Files(res: http.ServerResponse, query: ParsedUrlQuery): Promise<void> {
  const { limit: rawLimit = '20', offset: rawOffset = '0', ...filters } = query as Record<string, string>;
  const limit = Math.min(Number(rawLimit) || 1000, 1000); // 0: all, as much as a page holds
  const offset = Number(rawOffset);
  const read = { resource: PUBLIC_RESOURCES.release_file, publicOnly: true, filters, uriPrefix: '/api/v1/', page: { limit, offset } };
  const { total, body } = await publicList(read);
  const link = (at: number) => `${V1_FILES}?${stringify({ ...query, limit, offset: at })}`;
  const meta = {
    limit,
    next: offset + limit < total ? link(offset + limit) : null,
    offset,
    previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
    total_count: total,
  };
  res.writeHead(200, JSON_TYPE).end(`{"meta":${JSON.stringify(meta)},"objects":${body}}`);
}

function page(res: http.ServerResponse, resource: string, rows: Record<string, unknown>[], offset: number): void {
  const total = rows.length ? (rows[0].total as number) : 0;
  for (const row of rows) row.total = undefined; // left out of the JSON; delete would make each row a slow dictionary object
  res.writeHead(200, {
    'content-type': 'application/json',
    'content-range': rows.length ? `${resource} ${offset}-${offset + rows.length - 1}/${total}` : `${resource} */${total}`,
    'access-control-expose-headers': 'Content-Range',
  });
  res.end(JSON.stringify(rows));
}

const server = http.createServer(async (req, res) => {
  try {
    const question = req.url!.indexOf('?');
    const path = question < 0 ? req.url! : req.url!.slice(0, question);
    const query = () => (question < 0 ? {} : parseQuery(req.url!.slice(question + 1)));
    if (path === V2_RELEASES) return await v2Releases(res, query());
    if (path === V1_FILES) return await v1Files(res, query());
    const url = new URL(req.url!, 'http://floor');
    const filter = JSON.parse(url.searchParams.get('filter') ?? '{}');
    const range = JSON.parse(url.searchParams.get('range') ?? '[0,999]') as [number, number];
    const limit = range[1] - range[0] + 1;
    if (url.pathname === '/api/jobs' && filter.status === 'approved') return page(res, 'jobs', await run('approvedJobs', [limit]), 0);
    if (url.pathname === '/api/jobs') return page(res, 'jobs', await run('deepJobs', [limit, range[0]]), range[0]);
    if (url.pathname === '/api/pages') return page(res, 'pages', await run('searchPages', [filter.q, limit]), 0);
    if (url.pathname === '/api/release-files') return page(res, 'release-files', await run('releaseFiles', [filter.release_id]), 0);
    const release = url.pathname.match(/^\/api\/releases\/(\d+)$/);
    if (release) {
      const [row] = await run('release', [Number(release[1])]);
      res.writeHead(row ? 200 : 404, { 'content-type': 'application/json' });
      return res.end(JSON.stringify(row ?? { message: 'Not found' }));
    }
    res.writeHead(404).end();
  } catch (error) {
    console.error(error);
    res.writeHead(500).end();
  }
});
server.listen(Number(process.env.PORT), '127.0.0.1', () => console.log('floor ready'));
process.on('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
