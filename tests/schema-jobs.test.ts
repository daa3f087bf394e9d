import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { JOB_STATUSES, valuesOf } from '../server/domain/enums.js';
import { createTestDatabase, type TestDatabase } from './support/database.js';
import { expectViolation, insert, PG, rows } from './support/rows.js';

describe('jobs in the database', () => {
  let t: TestDatabase;
  let category: number;
  beforeAll(async () => {
    t = await createTestDatabase();
    category = await insert(t.db, 'job_categories', rows.jobCategory());
  });
  afterAll(() => t.drop());

  it('accept every documented status and refuse any other', async () => {
    for (const status of valuesOf(JOB_STATUSES)) {
      await insert(t.db, 'jobs', rows.job(category, { status, expires: new Date(Date.now() + 86_400_000) }));
    }
    await expectViolation(insert(t.db, 'jobs', rows.job(category, { status: 'published' })), PG.check, 'chk_jobs_status');
  });

  it('default the status to draft, where the moderation workflow starts (the schema document says review)', async () => {
    const { status, ...job } = rows.job(category);
    const id = await insert(t.db, 'jobs', job);
    const [row] = await t.db.query('SELECT status FROM jobs WHERE id = $1', [id]);
    expect(row.status).toBe('draft');
  });

  it('require an expiry date on approved jobs', async () => {
    await expectViolation(insert(t.db, 'jobs', rows.job(category, { status: 'approved' })), PG.check, 'chk_jobs_approved_expires');
  });

  it('refuse markup types that are not rst, markdown, html or text', async () => {
    await expectViolation(
      insert(t.db, 'jobs', rows.job(category, { description_markup_type: 'textile' })),
      PG.check,
      'chk_jobs_description_markup_type',
    );
  });

  it('record only transitions the workflow allows', async () => {
    const job = await insert(t.db, 'jobs', rows.job(category));
    await insert(t.db, 'job_transitions', { job_id: job, action: 'submit', from_status: 'draft', to_status: 'review' });
    await insert(t.db, 'job_transitions', {
      job_id: job,
      action: 'reject',
      from_status: 'review',
      to_status: 'rejected',
      reason: 'No salary',
    });
    await expectViolation(
      insert(t.db, 'job_transitions', { job_id: job, action: 'approve', from_status: 'draft', to_status: 'approved' }),
      PG.check,
      'chk_job_transitions_allowed',
    );
    await expectViolation(
      insert(t.db, 'job_transitions', { job_id: job, action: 'submit', from_status: 'draft', to_status: 'approved' }),
      PG.check,
      'chk_job_transitions_allowed',
    );
  });

  it('keep job types as a many-to-many, removed with the job', async () => {
    const type = await insert(t.db, 'job_types', { name: 'Web', slug: 'web-m2m' });
    const job = await insert(t.db, 'jobs', rows.job(category));
    await t.db.query('INSERT INTO job_type_associations (job_id, job_type_id) VALUES ($1, $2)', [job, type]);
    await expectViolation(t.db.query('INSERT INTO job_type_associations (job_id, job_type_id) VALUES ($1, $2)', [job, type]), PG.unique);
    await t.db.query('DELETE FROM jobs WHERE id = $1', [job]);
    expect(await t.db.query('SELECT * FROM job_type_associations WHERE job_id = $1', [job])).toEqual([]);
  });

  it('refuse deleting a category that jobs use', async () => {
    const used = await insert(t.db, 'job_categories', rows.jobCategory());
    await insert(t.db, 'jobs', rows.job(used));
    await expectViolation(t.db.query('DELETE FROM job_categories WHERE id = $1', [used]), PG.restrict, 'fk_jobs_category');
  });

  it('refuse a title longer than the documented 100 characters', async () => {
    await expectViolation(insert(t.db, 'jobs', rows.job(category, { job_title: 'x'.repeat(101) })), PG.tooLong);
  });
});
