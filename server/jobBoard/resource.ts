import { defineResource } from '../crud/resource.js';
import { Job } from '../entities/Job.js';
import { JobCategory } from '../entities/JobCategory.js';
import { JobReviewComment } from '../entities/JobReviewComment.js';
import { JobTransition } from '../entities/JobTransition.js';
import { JobType } from '../entities/JobType.js';
import { JOB_WORKFLOW } from './workflow.js';

const slugify = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const jobs = defineResource(Job, {
  versions: { published: "t.status = 'approved'" },
  access: {
    write: ['job_moderator'],
    // docs/api.md, Job moderation: anyone signed in may post a job and edit it until it goes into review
    // (and again once rejected); featuring it, its expiry and whose it is are the moderators' call.
    owner: {
      editableWhile: { field: 'status', values: ['draft', 'rejected'] },
      readOnly: ['is_featured', 'expires', 'submitted_by_id'],
      stamp: ['submitted_by_id'],
    },
  },
  workflow: JOB_WORKFLOW,
  search: ['job_title', 'company_name', 'description'],
  filters: [
    'status',
    'category_id',
    'country',
    'city',
    'company_name',
    'is_featured',
    'telecommuting',
    'submitted_by_id',
    'creator_id',
    'expires',
    'created',
  ],
  sort: ['created', 'updated', 'expires', 'job_title', 'company_name', 'country', 'status'],
  defaultSort: ['created', 'DESC'],
  readOnly: ['location_slug', 'country_slug'],
  derive: (job) => ({
    location_slug: slugify([job.city, job.region, job.country].filter(Boolean).join(' ')).slice(0, 350),
    country_slug: slugify(String(job.country ?? '')).slice(0, 100),
  }),
  constraintMessages: { chk_jobs_approved_expires: 'An approved job needs an expiry date.' },
});

export const jobCategories = defineResource(JobCategory, {
  access: { write: ['job_moderator'] },
  quickSearch: 'name',
  filters: ['slug', 'active'],
  sort: ['name', 'slug'],
  defaultSort: ['name', 'ASC'],
  constraintMessages: { fk_jobs_category: 'Jobs still use this category; deactivate it instead.' },
});

export const jobTypes = defineResource(JobType, {
  access: { write: ['job_moderator'] },
  quickSearch: 'name',
  filters: ['slug', 'active'],
  sort: ['name', 'slug'],
  defaultSort: ['name', 'ASC'],
});

export const jobReviewComments = defineResource(JobReviewComment, {
  access: { write: ['job_moderator'] },
  filters: ['job_id', 'creator_id', 'created'],
  sort: ['created'],
  defaultSort: ['created', 'ASC'],
});

/** The moderation history is written by the workflow only (its rule's `written` phase). */
export const jobTransitions = defineResource(JobTransition, {
  access: { write: ['job_moderator'] },
  filters: ['job_id', 'actor_id', 'action', 'to_status', 'created'],
  sort: ['created'],
  defaultSort: ['created', 'ASC'],
  operations: ['list', 'get'],
});
