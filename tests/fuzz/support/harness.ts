/**
 * One app per fuzz file, served on a real port: the personas (anonymous, a signed-in user with
 * no role, a superuser — cookie sessions with the CSRF header), ids of real records to aim at,
 * the routes read from the OpenAPI document and meta, and the checks every response must pass:
 * never a 5xx, never an answer that does not come, never a secret in a body. A heartbeat probes
 * GET /api/health all along; a probe that does not answer within FUZZ_PROBE_MS is a finding.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { setupApi, PASSWORD, type TestApi } from '../../support/api.js';
import { fuzzConfig } from './config.js';
import { Findings } from './findings.js';
import { rawRequest, NoAnswer, Unsendable, type RawRequest, type RawResponse } from './http.js';
import { readRoutes, type OpenApiDocument, type ResourceMeta, type Route } from './spec.js';

export type PersonaName = 'anonymous' | 'no_role' | 'superuser';
export const PERSONAS: readonly PersonaName[] = ['anonymous', 'no_role', 'superuser'];

export interface Session {
  cookie?: string;
  csrf?: string;
  userId?: number;
}

export interface Sent {
  persona: PersonaName;
  /** The value class and printable value the case is about, for the finding. */
  cls: string;
  label: string;
  request: RawRequest;
  /** Use a new session for this request (routes that end the session: logout). */
  freshSession?: boolean;
  /** Leave out the persona's cookie and CSRF header (the case brings its own credentials). */
  noCredentials?: boolean;
}

export interface Harness {
  api: TestApi;
  port: number;
  routes: Route[];
  meta: ResourceMeta[];
  document: OpenApiDocument;
  findings: Findings;
  sessions: Record<PersonaName, Session>;
  /** Up to five ids of real records per resource, lowest first (never a persona's own user). */
  ids: Map<string, number[]>;
  /** Sends as the persona; checks the universal rules; throws a Violation (after recording it) when one breaks. */
  send(route: Route, sent: Sent): Promise<RawResponse | undefined>;
  /** A plain request as the superuser, for setting cases up (no checks). */
  superuser(request: RawRequest): Promise<RawResponse>;
  signIn(username: string, password?: string): Promise<Session>;
  close(): Promise<void>;
}

const SESSION_ENDING = new Set(['POST /api/auth/logout']);

export async function startHarness(file: string): Promise<Harness> {
  const api = await setupApi();
  const server = http.createServer(api.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const findings = new Findings(file);

  const signIn = async (username: string, password = PASSWORD): Promise<Session> => {
    const res = await rawRequest(port, {
      method: 'POST',
      path: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    if (res.status !== 200) throw new Error(`fuzz: sign-in as ${username} failed: ${res.status} ${res.text}`);
    const cookie = ([] as string[])
      .concat(res.headers['set-cookie'] ?? [])
      .map((c) => c.split(';')[0])
      .join('; ');
    const profile = res.json as { csrf_token: string; id: number };
    return { cookie, csrf: profile.csrf_token, userId: profile.id };
  };
  await api.as('no_role');
  const sessions: Record<PersonaName, Session> = {
    anonymous: {},
    no_role: await signIn('test-no_role'),
    superuser: await signIn('test-superuser'),
  };
  const personaUsers = new Set([sessions.no_role.userId, sessions.superuser.userId]);
  const usernames: Record<PersonaName, string | undefined> = { anonymous: undefined, no_role: 'test-no_role', superuser: 'test-superuser' };

  const superuser = (request: RawRequest) =>
    rawRequest(port, {
      ...request,
      headers: { cookie: sessions.superuser.cookie!, 'x-csrf-token': sessions.superuser.csrf!, ...request.headers },
    });
  const document = (await superuser({ method: 'GET', path: '/api/openapi.json' })).json as OpenApiDocument;
  const meta = (await superuser({ method: 'GET', path: '/api/meta/resources' })).json as ResourceMeta[];
  const routes = readRoutes(document, meta);

  const ids = new Map<string, number[]>();
  for (const resource of meta) {
    if (!resource.operations.includes('list')) continue;
    const res = await superuser({
      method: 'GET',
      path: `/api/${resource.name}?sort=${encodeURIComponent('["id","ASC"]')}&range=${encodeURIComponent('[0,9]')}`,
    });
    const rows = Array.isArray(res.json) ? (res.json as { id: number }[]) : [];
    ids.set(
      resource.name,
      rows
        .map((r) => r.id)
        .filter((id) => !(resource.name === 'users' && personaUsers.has(id)))
        .slice(0, 5),
    );
  }

  // Secrets the server holds, refreshed as the fuzzing creates users and tokens.
  let secrets: string[] = [];
  let secretsAt = 0;
  const knownSecrets = async () => {
    if (Date.now() - secretsAt > 2000) {
      const rows: { secret: string }[] = await api.t.db.query(
        `SELECT password_hash AS secret FROM users WHERE password_hash <> '' UNION ALL SELECT token_hash FROM auth_tokens`,
      );
      secrets = rows.map((r) => r.secret).filter((s) => s && s.length >= 16);
      secretsAt = Date.now();
    }
    return secrets;
  };
  await knownSecrets();

  // The heartbeat: GET /api/health every second while the file runs.
  let inFlight: { route: Route; sent: Sent } | undefined;
  let probeOutstanding = false;
  let stopped = false;
  const heartbeat = setInterval(() => {
    if (probeOutstanding || stopped) return;
    probeOutstanding = true;
    const during = inFlight;
    const started = performance.now();
    const unresponsive = (status: number, detail: string) =>
      findings.record({
        method: during?.route.method ?? '-',
        path: during?.route.path ?? '(between cases)',
        persona: during?.sent.persona ?? '-',
        cls: during?.sent.cls ?? '-',
        label: during?.sent.label ?? '',
        kind: 'unresponsive',
        status,
        detail,
      });
    rawRequest(port, { method: 'GET', path: '/api/health' }, fuzzConfig.probeMs * 3)
      .then((res) => {
        const ms = performance.now() - started;
        if (ms > fuzzConfig.probeMs || res.status !== 200) {
          unresponsive(res.status, `GET /api/health took ${Math.round(ms)} ms (limit ${fuzzConfig.probeMs}) while this was in flight`);
        }
      })
      .catch((error: Error) => unresponsive(0, `GET /api/health did not answer: ${error.message}`))
      .finally(() => {
        probeOutstanding = false;
      });
  }, 1000);

  const send = async (route: Route, sent: Sent): Promise<RawResponse | undefined> => {
    let session = sessions[sent.persona];
    if (sent.persona !== 'anonymous' && (sent.freshSession || SESSION_ENDING.has(route.key))) {
      session = await signIn(usernames[sent.persona]!);
    }
    const headers: Record<string, string | string[]> = {};
    if (!sent.noCredentials && session.cookie) {
      headers.cookie = session.cookie;
      headers['x-csrf-token'] = session.csrf!;
    }
    Object.assign(headers, sent.request.headers);
    const violation = (kind: string, status: number, detail: string) => {
      const v = { method: route.method, path: route.path, persona: sent.persona, cls: sent.cls, label: sent.label, kind, status, detail };
      return findings.violation(v);
    };
    let res: RawResponse;
    inFlight = { route, sent };
    try {
      res = await rawRequest(port, { ...sent.request, headers });
    } catch (error) {
      if (error instanceof Unsendable) return undefined;
      const big = Buffer.byteLength(sent.request.body ?? '') > 1_048_576;
      if (error instanceof NoAnswer && big && /ECONNRESET|EPIPE/.test(error.message)) return undefined;
      throw violation('no answer', 0, (error as Error).message);
    } finally {
      inFlight = undefined;
    }
    if (res.status >= 500) {
      throw violation('5xx', res.status, `answered ${res.status} ${res.text.slice(0, 200)}`);
    }
    const leak = await findSecret(res, route, await knownSecrets());
    if (leak) throw violation('secret', res.status, leak);
    return res;
  };

  return {
    api,
    port,
    routes,
    meta,
    document,
    findings,
    sessions,
    ids,
    send,
    superuser,
    signIn,
    async close() {
      stopped = true;
      clearInterval(heartbeat);
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await api.t.drop();
      findings.flush();
    },
  };
}

const SECRET_KEYS = new Set(['password_hash', 'token_hash']);

/** A secret in a response: a stored hash, a key named like one, an argon2 hash, or an API token secret other than the one just issued. */
export async function findSecret(res: RawResponse, route: Route, known: string[]): Promise<string | undefined> {
  const text = res.text;
  for (const secret of known) if (text.includes(secret)) return `the body holds a stored hash (${secret.slice(0, 12)}…)`;
  if (/\$argon2(id|i|d)\$/.test(text)) return 'the body holds an argon2 hash';
  const issued = route.key === 'POST /api/auth/tokens' && res.status === 201 ? (res.json as { token?: string })?.token : undefined;
  for (const match of text.matchAll(/pyo_[A-Za-z0-9_-]{43}/g)) {
    if (match[0] !== issued) return `the body holds an API token secret (${match[0].slice(0, 10)}…) that this request did not issue`;
  }
  const key = secretKey(res.json, 0);
  if (key) return `the body has a "${key}" field`;
  return undefined;
}

function secretKey(value: unknown, depth: number): string | undefined {
  if (depth > 50 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value.slice(0, 2000)) {
      const found = secretKey(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, child] of Object.entries(value)) {
    // An error naming the field it refuses ("errors": {"password_hash": "Unknown field"}) is no leak.
    if (key === 'errors' && depth === 0) continue;
    if (SECRET_KEYS.has(key)) return key;
    const found = secretKey(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** Fills a route's path parameters: `{id}` with a real record of its resource, others with their first enum value. */
export function fillPath(h: Harness, route: Route, overrides: Record<string, string> = {}): string {
  return route.path.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    if (name in overrides) return overrides[name];
    if (name === 'id') return String(h.ids.get(route.resource?.name ?? '')?.[0] ?? 1);
    const param = route.pathParams.find((p) => p.name === name);
    const first = param?.schema?.enum?.[0];
    return encodeURIComponent(String(first ?? 'x'));
  });
}
