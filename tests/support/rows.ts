import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { expect } from 'vitest';

const unique = () => randomBytes(4).toString('hex');

/** INSERT one row from an object and return its id; column names come from the test itself. */
export async function insert(db: DataSource, table: string, row: Record<string, unknown>): Promise<number> {
  const columns = Object.keys(row);
  const [{ id }] = await db.query(
    `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING id`,
    Object.values(row),
  );
  return id;
}

/** Minimal valid rows, overridable field by field. */
export const rows = {
  user: (o: Record<string, unknown> = {}) => ({ username: `u${unique()}`, email: `${unique()}@example.org`, password_hash: 'x', ...o }),
  os: (o: Record<string, unknown> = {}) => ({ name: 'Windows', slug: `os-${unique()}`, ...o }),
  release: (o: Record<string, unknown> = {}) => ({ name: 'Python 3.99.0', slug: `r-${unique()}`, release_date: new Date(), ...o }),
  releaseFile: (release_id: number, os_id: number, o: Record<string, unknown> = {}) => ({
    name: 'Installer',
    slug: `f-${unique()}`,
    release_id,
    os_id,
    url: `https://www.python.org/ftp/python/${unique()}.exe`,
    ...o,
  }),
  jobCategory: (o: Record<string, unknown> = {}) => ({ name: 'Engineer', slug: `c-${unique()}`, ...o }),
  job: (category_id: number, o: Record<string, unknown> = {}) => ({
    category_id,
    company_name: 'Acme',
    job_title: 'Dev',
    city: 'Oslo',
    country: 'Norway',
    description: 'Write Python.',
    requirements: 'Python',
    email: 'jobs@example.org',
    url: 'https://example.org/jobs',
    status: 'draft',
    ...o,
  }),
  calendar: (o: Record<string, unknown> = {}) => ({ name: 'Events', slug: `cal-${unique()}`, ...o }),
  event: (calendar_id: number, o: Record<string, unknown> = {}) => ({ title: 'Sprint', calendar_id, description: 'Hack.', ...o }),
  page: (o: Record<string, unknown> = {}) => ({ title: 'About', path: `about-${unique()}`, content: 'Hello', ...o }),
};

/** Expect a PostgreSQL error with this SQLSTATE, or one of them (and constraint name, when given). */
export async function expectViolation(promise: Promise<unknown>, code: string | readonly string[], constraint?: string): Promise<void> {
  const error = await promise.then(
    () => undefined,
    (e: { driverError?: { code?: string; constraint?: string }; code?: string; constraint?: string }) => e.driverError ?? e,
  );
  expect(error, 'the statement should have been refused').toBeDefined();
  const codes = typeof code === 'string' ? [code] : code;
  expect(codes).toContain((error as { code?: string }).code);
  if (constraint) expect(error).toMatchObject({ constraint });
}

export const PG = {
  unique: '23505',
  foreignKey: '23503',
  /** ON DELETE RESTRICT: PostgreSQL 18 reports restrict_violation, 15 a plain foreign-key violation. */
  restrict: ['23001', '23503'],
  check: '23514',
  notNull: '23502',
  tooLong: '22001',
} as const;
