import type { EntityManager } from 'typeorm';
import type { JobStatus } from '../../domain/enums.js';
import { JOB_TRANSITIONS, type JobAction } from '../../domain/jobWorkflow.js';
import { Job } from '../../entities/Job.js';
import { JobCategory } from '../../entities/JobCategory.js';
import { JobReviewComment } from '../../entities/JobReviewComment.js';
import { JobTransition } from '../../entities/JobTransition.js';
import { JobType } from '../../entities/JobType.js';
import type { DemoPeople } from './people.js';

const day = 24 * 3600 * 1000;

/** The path of actions that brings a new draft to each status, so the history is consistent. */
const PATHS: Record<JobStatus, JobAction[]> = {
  draft: [],
  review: ['submit'],
  approved: ['submit', 'approve'],
  rejected: ['submit', 'reject'],
  archived: ['submit', 'approve', 'archive'],
  removed: ['submit', 'remove'],
  expired: ['submit', 'approve', 'expire'],
};

const POSTINGS: { title: string; company: string; city: string; country: string; status: JobStatus }[] = [
  { title: 'Senior Python Developer', company: 'Acme Analytics', city: 'Amsterdam', country: 'Netherlands', status: 'review' },
  { title: 'Django Backend Engineer', company: 'Snake Oil Ltd', city: 'London', country: 'United Kingdom', status: 'review' },
  { title: 'Data Engineer (Python, Airflow)', company: 'Open Data Co', city: 'Berlin', country: 'Germany', status: 'review' },
  { title: 'Python Tooling Engineer', company: 'Astral Labs', city: 'New York', country: 'United States', status: 'approved' },
  { title: 'Scientific Software Developer', company: 'CERN', city: 'Geneva', country: 'Switzerland', status: 'approved' },
  { title: 'Machine Learning Engineer', company: 'Deep Thought', city: 'Toronto', country: 'Canada', status: 'approved' },
  { title: 'Junior Python Developer', company: 'Startup Inc', city: 'Austin', country: 'United States', status: 'draft' },
  { title: 'Crypto Python Guru', company: 'Totally Legit', city: 'Remote', country: 'Unknown', status: 'rejected' },
  { title: 'Python Web Developer', company: 'WebWorks', city: 'Madrid', country: 'Spain', status: 'expired' },
  { title: 'Platform Engineer', company: 'CloudCo', city: 'Dublin', country: 'Ireland', status: 'archived' },
  { title: 'QA Automation (pytest)', company: 'Testers United', city: 'Warsaw', country: 'Poland', status: 'removed' },
];

const slug = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export async function seedJobs(em: EntityManager, people: DemoPeople): Promise<void> {
  const categories = await em
    .getRepository(JobCategory)
    .save(['Software Engineer', 'Data Scientist', 'Web Developer', 'Researcher', 'DevOps'].map((name) => ({ name, slug: slug(name) })));
  const types = await em
    .getRepository(JobType)
    .save(
      ['Web', 'Scientific', 'Cloud', 'Data', 'Testing', 'Legacy (inactive)'].map((name, i) => ({ name, slug: slug(name), active: i < 5 })),
    );
  const jobs = em.getRepository(Job);
  for (const [i, p] of POSTINGS.entries()) {
    const submitter = people.submitters[i % people.submitters.length];
    const created = new Date(Date.now() - (POSTINGS.length - i) * 3 * day);
    const approved = PATHS[p.status].includes('approve');
    const job = await jobs.save({
      category_id: categories[i % categories.length].id,
      job_types: [types[i % 5], types[(i + 2) % 5]],
      company_name: p.company,
      company_description: `${p.company} builds things with Python.`,
      job_title: p.title,
      city: p.city,
      country: p.country,
      location_slug: slug(`${p.city} ${p.country}`),
      country_slug: slug(p.country),
      description: `We are looking for a ${p.title} to join ${p.company} in ${p.city}. You will write Python every day.`,
      requirements: '* 3+ years of Python\n* Experience with testing\n* Good communication',
      email: `jobs@${slug(p.company)}.example.com`,
      url: `https://${slug(p.company)}.example.com/careers`,
      contact: `${submitter.first_name} ${submitter.last_name}`,
      telecommuting: i % 3 === 0,
      status: p.status,
      expires: approved ? new Date(created.getTime() + (p.status === 'expired' ? 2 : 90) * day) : null,
      submitted_by_id: submitter.id,
      creator_id: submitter.id,
      created,
    });
    let from: JobStatus = 'draft';
    for (const [step, action] of PATHS[p.status].entries()) {
      const rule = JOB_TRANSITIONS.find((t) => t.action === action)!;
      const byModerator = action !== 'submit';
      await em.getRepository(JobTransition).insert({
        job_id: job.id,
        action,
        from_status: from,
        to_status: rule.to,
        actor_id: action === 'expire' ? null : byModerator ? people.moderator.id : submitter.id,
        reason:
          action === 'reject'
            ? 'Please name the salary range and whether remote work is possible.'
            : action === 'remove'
              ? 'Duplicate posting.'
              : null,
        created: new Date(created.getTime() + (step + 1) * 3600 * 1000),
      });
      from = rule.to;
    }
    if (p.status === 'rejected' || p.status === 'review') {
      await em.getRepository(JobReviewComment).insert({
        job_id: job.id,
        comment: 'Could you add the salary range?',
        comment_markup_type: 'markdown',
        creator_id: people.moderator.id,
        last_modified_by_id: people.moderator.id,
      });
    }
  }
}
