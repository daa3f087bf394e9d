import type { DataSource, EntityManager } from 'typeorm';

/** Rows per unit of --scale, the sizes the performance notes were measured at. */
export const SCALE_UNIT = { releases: 5_000, release_files: 100_000, pages: 20_000, jobs: 200_000 } as const;
const FILES_PER_RELEASE = SCALE_UNIT.release_files / SCALE_UNIT.releases;

/** Words for generated text, so full-text search has a realistic vocabulary to index. */
const WORDS = `python django flask fastapi asyncio typing packaging pip wheel sdist numpy pandas scipy
  jupyter notebook testing pytest coverage mypy ruff linting docs sphinx tutorial release security
  performance profiling memory garbage collector interpreter bytecode compiler parser grammar unicode
  string bytes network socket http server client database postgres sqlite orm migration schema
  cloud docker kubernetes deploy pipeline continuous integration community conference sprint mentor
  remote senior junior engineer developer scientist analyst data machine learning model training`
  .split(/\s+/)
  .filter(Boolean);

const POOL = 997; // sentences of 20 words; a prime, so i and i+1 pick unrelated ones
/**
 * A CTE `pool(s)` holding an array of pseudo-random sentences, built once per statement:
 * building text per row made the 200,000-job insert several times slower.
 */
const pool = `pool AS MATERIALIZED (
  SELECT array_agg(sentence) s FROM (
    SELECT string_agg((ARRAY[${WORDS.map((w) => `'${w}'`).join(',')}])[1 + (k * 7919 + j * 104729) % ${WORDS.length}], ' ') sentence
    FROM generate_series(1, ${POOL}) k, generate_series(1, 20) j GROUP BY k) sentences)`;
/** SQL for about 20 × `sentences` words chosen by the integer expression `seed`. */
const text = (seed: string, sentences: number) =>
  Array.from({ length: sentences }, (_, n) => `pool.s[1 + ((${seed}) * ${n * 31 + 1}) % ${POOL}]`).join(` || ' ' || `);

async function ensureLookups(em: EntityManager): Promise<void> {
  await em.query(`INSERT INTO operating_systems (name, slug) VALUES ('Windows', 'windows'), ('macOS', 'macos'), ('Source release', 'source')
                  ON CONFLICT (slug) DO NOTHING`);
  await em.query(`INSERT INTO job_categories (name, slug) VALUES ('Software Engineer', 'software-engineer'), ('Data Scientist', 'data-scientist')
                  ON CONFLICT (slug) DO NOTHING`);
}

/**
 * Bulk data for benchmarks, generated inside PostgreSQL (one INSERT ... SELECT per table),
 * so N=1 — 5,000 releases, 100,000 files, 20,000 pages, 200,000 jobs — takes seconds.
 * Each run uses fresh slugs, paths and URLs, so it can be repeated. Should one of the two
 * transactions fail, the other's rows stay: rerun, as the data is disposable.
 */
export async function seedScale(db: DataSource, n: number): Promise<Record<string, number>> {
  const run = Date.now().toString(36);
  const counts = {
    releases: Math.round(SCALE_UNIT.releases * n),
    release_files: Math.round(SCALE_UNIT.releases * n) * FILES_PER_RELEASE,
    pages: Math.round(SCALE_UNIT.pages * n),
    jobs: Math.round(SCALE_UNIT.jobs * n),
  };
  await db.transaction((em) => ensureLookups(em));
  // Three transactions for two cores: indexing the jobs' text dominates, so it is split in two
  // and runs beside the rest.
  const downloadsAndPages = db.transaction(async (em) => {
    await em.query(
      `WITH ${pool}
       INSERT INTO releases (name, slug, version, is_published, pre_release, release_date, content)
       SELECT 'Python 3.' || (i / 100) || '.' || (i % 100) || ' (' || $1 || ')', 'scale-' || $1 || '-' || i,
              CASE WHEN i % 20 = 0 THEN 2 ELSE 3 END, i % 10 <> 0, i % 7 = 0,
              now() - make_interval(hours => i), ${text('i', 2)}
       FROM generate_series(1, $2::int) i, pool`,
      [run, counts.releases],
    );
    // Files per release: OS by position, the first file of each OS carries the download button.
    await em.query(
      `WITH os AS (SELECT array_agg(id ORDER BY id) ids FROM operating_systems),
            r AS (SELECT id, slug FROM releases WHERE slug LIKE 'scale-' || $1 || '-%')
       INSERT INTO release_files (name, slug, os_id, release_id, url, md5_sum, filesize, download_button, is_source)
       SELECT 'File ' || k, r.slug || '-f' || k, os.ids[1 + k % 3], r.id,
              'https://www.python.org/ftp/python/scale/' || r.slug || '/file-' || k || '.tgz',
              md5(r.slug || k), 1000000 + k * 4096, k < 3, k % 3 = 2
       FROM r, os, generate_series(0, ${FILES_PER_RELEASE - 1}) k`,
      [run],
    );
    await em.query(
      `WITH ${pool}
       INSERT INTO pages (title, path, content, content_markup_type, is_published)
       SELECT initcap(left(pool.s[1 + i % ${POOL}], 60)), 'scale/' || $1 || '/' || i, ${text('i', 15)},
              CASE WHEN i % 2 = 0 THEN 'rst' ELSE 'markdown' END, i % 9 <> 0
       FROM generate_series(1, $2::int) i, pool`,
      [run, counts.pages],
    );
  });
  const insertJobs = (from: number, to: number) =>
    db.transaction(async (em) => {
      await em.query(
        `WITH ${pool},
            c AS (SELECT array_agg(id ORDER BY id) ids FROM job_categories),
            s AS (SELECT ARRAY['draft','review','approved','rejected','archived','removed','expired'] st)
       INSERT INTO jobs (category_id, company_name, job_title, city, country, location_slug, country_slug,
                         description, requirements, email, url, status, expires, created)
       SELECT c.ids[1 + i % cardinality(c.ids)], 'Company ' || (i % 5000), initcap(left(pool.s[1 + i % ${POOL}], 40)),
              'City ' || (i % 700), 'Country ' || (i % 90), 'city-' || (i % 700), 'country-' || (i % 90),
              ${text('i', 2)}, ${text('i + 1', 1)}, 'jobs' || i || '@example.com', 'https://example.com/jobs/' || $1 || '/' || i,
              s.st[1 + i % 7],
              CASE WHEN s.st[1 + i % 7] IN ('approved', 'expired', 'archived') THEN now() + make_interval(days => 90 - i % 120) END,
              now() - make_interval(mins => i)
       FROM generate_series($2::int, $3::int) i, c, s, pool`,
        [run, from, to],
      );
    });
  const half = Math.floor(counts.jobs / 2);
  await Promise.all([downloadsAndPages, insertJobs(1, half), insertJobs(half + 1, counts.jobs)]);
  // Bulk inserts leave the visibility map unset (so counts read every row) and rows in the GIN
  // indexes' pending lists (so the planner shuns them): vacuum, a table per connection.
  await Promise.all(['releases', 'release_files', 'pages', 'jobs'].map((table) => db.query(`VACUUM ANALYZE ${table}`)));
  return counts;
}
