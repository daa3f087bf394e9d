import { JOB_STATUSES, MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { JOB_ACTIONS } from '../domain/jobWorkflow.js';
import { MAX_MARKUP_LENGTH } from '../render/markup.js';
import { releaseImportPaths } from './releaseImportDocs.js';

const errorBody = (description: string) => ({ description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } });
const count = { type: 'integer', minimum: 0 };
const jobId = { name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } };
const json = (schema: unknown) => ({ 'application/json': { schema } });
const nullableText = { type: ['string', 'null'] };
const historyEntry = {
  type: 'object', required: ['kind', 'id', 'created', 'actor_id', 'actor_username'],
  properties: {
    kind: { enum: ['transition', 'comment'] }, id: { type: 'integer' }, created: { type: 'string', format: 'date-time' },
    actor_id: { type: ['integer', 'null'] }, actor_username: nullableText,
    action: { enum: JOB_ACTIONS }, from_status: { enum: valuesOf(JOB_STATUSES) }, to_status: { enum: valuesOf(JOB_STATUSES) }, reason: nullableText,
    comment: { type: 'string' }, comment_markup_type: { enum: valuesOf(MARKUP_TYPES) },
  },
};

/** The job moderation routes (API.md, Job moderation); /api/jobs and /api/jobs/{id} come from the resource layer. */
const jobWorkflowPaths = {
  '/api/jobs/{id}/{action}': {
    post: {
      tags: ['jobs'], summary: 'Move a job on: submit, approve, reject, archive, remove or reopen (expire is the system\'s)',
      parameters: [jobId, { name: 'action', in: 'path', required: true, schema: { enum: JOB_ACTIONS } }],
      requestBody: { required: true, content: json({ type: 'object', required: ['row_version'], additionalProperties: false, properties: { row_version: { type: 'integer' }, reason: nullableText } }) },
      responses: {
        200: { description: 'The updated job', content: json({ $ref: '#/components/schemas/Jobs' }) },
        403: errorBody('Your role may not take this action'), 404: errorBody('No such job or action, or not yours'),
        409: errorBody('Not allowed from the current status, or a stale row_version'), 422: errorBody('A required reason (errors.reason) or row_version is missing'),
      },
    },
  },
  '/api/jobs/{id}/transitions': {
    get: {
      tags: ['jobs'], summary: 'The actions the caller may take on this job now', parameters: [jobId],
      responses: {
        200: { description: 'Actions', content: json({ type: 'array', items: { type: 'object', required: ['action', 'to', 'reason_required'], properties: { action: { enum: JOB_ACTIONS }, to: { enum: valuesOf(JOB_STATUSES) }, reason_required: { type: 'boolean' } } } }) },
        404: errorBody('No such job, or not yours'),
      },
    },
  },
  '/api/jobs/{id}/history': {
    get: {
      tags: ['jobs'], summary: 'Transitions and review comments, oldest first', parameters: [jobId],
      responses: { 200: { description: 'History entries', content: json({ type: 'array', items: historyEntry }) }, 404: errorBody('No such job, or not yours') },
    },
  },
  '/api/jobs/{id}/comments': {
    post: {
      tags: ['jobs'], summary: 'Add a review comment (job moderators and the job\'s creator)', parameters: [jobId],
      requestBody: { required: true, content: json({ type: 'object', required: ['comment'], additionalProperties: false, properties: { comment: { type: 'string', minLength: 1 }, comment_markup_type: { enum: valuesOf(MARKUP_TYPES) } } }) },
      responses: { 201: { description: 'The comment, as a history entry', content: json(historyEntry) }, 403: errorBody('Neither a job moderator nor the job\'s creator'), 404: errorBody('No such job, or not yours'), 422: errorBody('Empty or too long') },
    },
  },
  '/api/jobs/{id}/reject/preview': {
    get: {
      tags: ['jobs'], summary: 'The exact e-mail the submitter gets if the job is rejected with this reason',
      parameters: [jobId, { name: 'reason', in: 'query', required: true, schema: { type: 'string', minLength: 1 } }],
      responses: {
        200: { description: 'The message', content: json({ type: 'object', required: ['to', 'subject', 'text'], properties: { to: { type: 'array', items: { type: 'string' } }, subject: { type: 'string' }, text: { type: 'string' } } }) },
        403: errorBody('Your role may not reject jobs'), 404: errorBody('No such job'), 409: errorBody('The job is not in review'), 422: errorBody('No reason given'),
      },
    },
  },
};

/** OpenAPI paths of the routes outside the generic resource layer (auth, operations, previews, dashboard). */
export const operationsPaths = {
  ...jobWorkflowPaths,
  ...releaseImportPaths,
  '/api/releases/{id}/checklist': {
    get: {
      tags: ['releases'], summary: 'What the release needs before publishing; publishing without it takes a publish_override (PUT /api/releases/{id})',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }],
      responses: {
        200: { description: 'The checklist', content: json({ type: 'object', required: ['ready', 'items'], properties: {
          ready: { type: 'boolean' },
          items: { type: 'array', items: { type: 'object', required: ['key', 'label', 'ok', 'detail'], properties: {
            key: { enum: ['download_buttons', 'signatures', 'release_notes', 'release_date'] }, label: { type: 'string' }, ok: { type: 'boolean' },
            detail: { type: 'string', description: 'What is missing; when ok, what was found' },
          } } },
        } }) },
        401: errorBody('Not signed in'), 403: errorBody('Your roles do not allow reading releases'), 404: errorBody('No such release'),
      },
    },
  },
  '/api/health': {
    get: {
      tags: ['operations'], summary: 'Liveness: 200 while the process runs; also says whether the database answers',
      responses: { 200: { description: '{"status":"ok","database":"ok"} or {"status":"ok","database":"unreachable"}' } },
    },
  },
  '/api/ready': {
    get: {
      tags: ['operations'], summary: 'Readiness: serving, the database answering, every migration applied',
      responses: {
        200: { description: '{"status":"ready","database":"ok","migrations":"current"}' },
        503: { description: 'status "starting", "stopping" or "not ready", with database, migrations and a message' },
      },
    },
  },
  '/api/openapi.json': { get: { tags: ['operations'], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  '/api/docs/': { get: { tags: ['operations'], summary: 'Interactive documentation (Swagger UI)', responses: { 200: { description: 'HTML' } } } },
  '/api/metrics': {
    get: {
      tags: ['operations'], summary: 'Prometheus metrics: requests by route and status, latency, database pool, background tasks, process; superusers, or Authorization: Bearer <METRICS_TOKEN>',
      responses: {
        200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } },
        401: errorBody('Not signed in, and no valid metrics token'), 403: errorBody('Signed in, but not a superuser'),
      },
    },
  },
  '/api/auth/login': {
    post: {
      tags: ['auth'], summary: 'Sign in with username or e-mail and password; sets the session cookie',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string' }, password: { type: 'string' } } } } } },
      responses: { 200: { description: 'The profile: id, username, email, roles, permissions, csrf_token' }, 401: { description: 'Wrong username or password' }, 429: { description: 'Too many failed attempts (Retry-After)' } },
    },
  },
  '/api/meta/resources': {
    get: { tags: ['operations'], summary: 'Every resource\'s fields, references, filters and sorts, for the admin\'s generic screens', responses: { 200: { description: 'Resource descriptions' }, 401: { description: 'Not signed in' } } },
  },
  '/api/auth/me': { get: { tags: ['auth'], summary: 'The signed-in user, permissions and CSRF token', responses: { 200: { description: 'The profile' }, 401: { description: 'Not signed in' } } } },
  '/api/auth/logout': { post: { tags: ['auth'], summary: 'End this session', responses: { 204: { description: 'Signed out' } } } },
  '/api/auth/password': {
    put: {
      tags: ['auth'], summary: 'Change your own password (ends your other sessions)',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['current_password', 'new_password'], properties: { current_password: { type: 'string' }, new_password: { type: 'string', minLength: 10 } } } } } },
      responses: { 204: { description: 'Changed' }, 422: { description: 'Wrong current password or too short a new one' } },
    },
  },
  '/api/auth/tokens': {
    get: { tags: ['auth'], summary: 'Your API tokens (never their secrets)', responses: { 200: { description: 'Tokens' } } },
    post: {
      tags: ['auth'], summary: 'Create an API token; the secret is in this response only',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, expires: { type: ['string', 'null'], format: 'date-time' } } } } } },
      responses: { 201: { description: 'The token, with its secret' }, 422: { description: 'Invalid fields' } },
    },
  },
  '/api/render': {
    post: {
      tags: ['operations'], summary: 'Render markup to sanitised HTML (previews); any role holder',
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['markup_type', 'content'], additionalProperties: false, properties: { markup_type: { enum: valuesOf(MARKUP_TYPES) }, content: { type: 'string', maxLength: MAX_MARKUP_LENGTH } } } } } },
      responses: {
        200: { description: 'The HTML', content: { 'application/json': { schema: { type: 'object', required: ['html'], properties: { html: { type: 'string' } } } } } },
        401: errorBody('Not signed in'), 403: errorBody('No role, or a cookie write without X-CSRF-Token'), 422: errorBody('Unknown markup_type, content too long, malformed or too slow to render'),
      },
    },
  },
  '/api/dashboard': {
    get: {
      tags: ['operations'], summary: 'Numbers for the admin dashboard: what needs attention, jobs per month and status (last 12 UTC months), releases per year',
      responses: {
        200: {
          description: 'The numbers',
          content: { 'application/json': { schema: { type: 'object', required: ['attention', 'jobs_by_status', 'releases_per_year'], properties: {
            attention: { type: 'object', required: ['jobs_in_review', 'releases_unpublished', 'upcoming_events'], properties: { jobs_in_review: count, releases_unpublished: count, upcoming_events: count } },
            jobs_by_status: { type: 'array', items: { type: 'object', required: ['month', ...valuesOf(JOB_STATUSES)], properties: { month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' }, ...Object.fromEntries(valuesOf(JOB_STATUSES).map((s) => [s, count])) } } },
            releases_per_year: { type: 'array', items: { type: 'object', required: ['year', 'count'], properties: { year: { type: 'integer' }, count } } },
          } } } },
        },
        401: errorBody('Not signed in'), 403: errorBody('Your roles do not allow reading jobs, releases or events'),
      },
    },
  },
  '/api/auth/tokens/{id}': {
    delete: {
      tags: ['auth'], summary: 'Revoke one of your tokens', parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { 200: { description: 'The revoked token' }, 404: { description: 'You have no such token' } },
    },
  },
};
