import { JOB_STATUSES, MARKUP_TYPES, valuesOf } from '../domain/enums.js';
import { MAX_MARKUP_LENGTH } from '../render/markup.js';
import { errorResponse, jsonBody, jsonContent } from '../crud/openapi.js';

const count = { type: 'integer', minimum: 0 };

export const operationsPaths = {
  '/api/health': {
    get: {
      tags: ['operations'],
      summary: 'Liveness: 200 while the process runs; also says whether the database answers',
      responses: { 200: { description: '{"status":"ok","database":"ok"} or {"status":"ok","database":"unreachable"}' } },
    },
  },
  '/api/ready': {
    get: {
      tags: ['operations'],
      summary: 'Readiness: serving, the database answering, every migration applied',
      responses: {
        200: { description: '{"status":"ready","database":"ok","migrations":"current"}' },
        503: { description: 'status "starting", "stopping" or "not ready", with database, migrations and a message' },
      },
    },
  },
  '/api/openapi.json': { get: { tags: ['operations'], summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1' } } } },
  '/api/docs/': {
    get: { tags: ['operations'], summary: 'Interactive documentation (Swagger UI)', responses: { 200: { description: 'HTML' } } },
  },
  '/api/metrics': {
    get: {
      tags: ['operations'],
      summary:
        'Prometheus metrics: requests by route and status, latency, database pool, background tasks, process; superusers, or Authorization: Bearer <METRICS_TOKEN>',
      responses: {
        200: { description: 'Prometheus text exposition format', content: { 'text/plain': { schema: { type: 'string' } } } },
        401: errorResponse('Not signed in, and no valid metrics token'),
        403: errorResponse('Signed in, but not a superuser'),
      },
    },
  },
  '/api/auth/login': {
    post: {
      tags: ['auth'],
      summary: 'Sign in with username or e-mail and password; sets the session cookie',
      requestBody: jsonBody({
        type: 'object',
        required: ['username', 'password'],
        properties: { username: { type: 'string' }, password: { type: 'string' } },
      }),
      responses: {
        200: { description: 'The profile: id, username, email, roles, permissions, csrf_token' },
        401: { description: 'Wrong username or password' },
        429: { description: 'Too many failed attempts (Retry-After)' },
      },
    },
  },
  '/api/meta/resources': {
    get: {
      tags: ['operations'],
      summary: "Every resource's fields, references, filters and sorts, for the admin's generic screens",
      responses: { 200: { description: 'Resource descriptions' }, 401: { description: 'Not signed in' } },
    },
  },
  '/api/auth/me': {
    get: {
      tags: ['auth'],
      summary: 'The signed-in user, permissions and CSRF token',
      responses: { 200: { description: 'The profile' }, 401: { description: 'Not signed in' } },
    },
  },
  '/api/auth/session': {
    get: {
      tags: ['auth'],
      summary: "Whether anyone is signed in: the admin's probe before sign-in, never an error for nobody",
      responses: {
        200: {
          description: '{"authenticated":false}, or {"authenticated":true,"profile":{…}} with the body of /api/auth/me',
          ...jsonContent({
            type: 'object',
            required: ['authenticated'],
            properties: { authenticated: { type: 'boolean' }, profile: { type: 'object' } },
          }),
        },
      },
    },
  },
  '/api/auth/demo': {
    get: {
      tags: ['auth'],
      summary: 'The demo accounts the sign-in page may offer: on the embedded database only, the password to this machine only',
      responses: {
        200: {
          description:
            '{"enabled":false}, or {"enabled":true,"accounts":[{"username","role","label"}],"password"} (password null unless asked from this machine)',
          ...jsonContent({
            type: 'object',
            required: ['enabled'],
            properties: {
              enabled: { type: 'boolean' },
              accounts: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['username', 'role', 'label'],
                  properties: { username: { type: 'string' }, role: { type: 'string' }, label: { type: 'string' } },
                },
              },
              password: { type: ['string', 'null'] },
            },
          }),
        },
      },
    },
  },
  '/api/auth/logout': { post: { tags: ['auth'], summary: 'End this session', responses: { 204: { description: 'Signed out' } } } },
  '/api/auth/password': {
    put: {
      tags: ['auth'],
      summary: 'Change your own password (ends your other sessions)',
      requestBody: jsonBody({
        type: 'object',
        required: ['current_password', 'new_password'],
        properties: { current_password: { type: 'string' }, new_password: { type: 'string', minLength: 10 } },
      }),
      responses: { 204: { description: 'Changed' }, 422: { description: 'Wrong current password or too short a new one' } },
    },
  },
  '/api/auth/tokens': {
    get: { tags: ['auth'], summary: 'Your API tokens (never their secrets)', responses: { 200: { description: 'Tokens' } } },
    post: {
      tags: ['auth'],
      summary: 'Create an API token; the secret is in this response only',
      requestBody: jsonBody({
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, expires: { type: ['string', 'null'], format: 'date-time' } },
      }),
      responses: { 201: { description: 'The token, with its secret' }, 422: { description: 'Invalid fields' } },
    },
  },
  '/api/render': {
    post: {
      tags: ['operations'],
      summary: 'Render markup to sanitised HTML (previews); any role holder',
      requestBody: jsonBody({
        type: 'object',
        required: ['markup_type', 'content'],
        additionalProperties: false,
        properties: { markup_type: { enum: valuesOf(MARKUP_TYPES) }, content: { type: 'string', maxLength: MAX_MARKUP_LENGTH } },
      }),
      responses: {
        200: {
          description: 'The HTML',
          ...jsonContent({ type: 'object', required: ['html'], properties: { html: { type: 'string' } } }),
        },
        401: errorResponse('Not signed in'),
        403: errorResponse('No role, or a cookie write without X-CSRF-Token'),
        422: errorResponse('Unknown markup_type, content too long, malformed, too slow (3 s) or too large to render'),
        429: errorResponse('This user already has 3 previews waiting or rendering (Retry-After)'),
        503: errorResponse('64 previews are waiting or rendering across all users (Retry-After)'),
      },
    },
  },
  '/api/dashboard': {
    get: {
      tags: ['operations'],
      summary: 'Numbers for the admin dashboard: what needs attention, jobs per month and status (last 12 UTC months), releases per year',
      responses: {
        200: {
          description: 'The numbers',
          ...jsonContent({
            type: 'object',
            required: ['attention', 'jobs_by_status', 'releases_per_year'],
            properties: {
              attention: {
                type: 'object',
                required: ['jobs_in_review', 'releases_unpublished', 'sponsorships_to_review', 'upcoming_events'],
                properties: { jobs_in_review: count, releases_unpublished: count, sponsorships_to_review: count, upcoming_events: count },
              },
              jobs_by_status: {
                type: 'array',
                items: {
                  type: 'object',
                  required: ['month', ...valuesOf(JOB_STATUSES)],
                  properties: {
                    month: { type: 'string', pattern: '^\\d{4}-\\d{2}$' },
                    ...Object.fromEntries(valuesOf(JOB_STATUSES).map((s) => [s, count])),
                  },
                },
              },
              releases_per_year: {
                type: 'array',
                items: { type: 'object', required: ['year', 'count'], properties: { year: { type: 'integer' }, count } },
              },
            },
          }),
        },
        401: errorResponse('Not signed in'),
        403: errorResponse('Your roles do not allow reading jobs, releases or events'),
      },
    },
  },
  '/api/auth/tokens/{id}': {
    delete: {
      tags: ['auth'],
      summary: 'Revoke one of your tokens',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
      responses: { 200: { description: 'The revoked token' }, 404: { description: 'You have no such token' } },
    },
  },
};
