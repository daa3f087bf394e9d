import type { IncomingMessage } from 'node:http';
import type { ParsedUrlQuery } from 'node:querystring';
import type { Actor } from '../auth/permissions.js';
import type { ErrorReply } from '../http/errorHandler.js';
import type { PublicAuth } from './caller.js';

/** One request to a public route, as its handler sees it. */
export interface Call {
  req: IncomingMessage;
  method: string;
  /** The path's captures, in order. */
  params: string[];
  query: ParsedUrlQuery;
  /** Null for anonymous callers. */
  actor: Actor | null;
  /** What absolute URLs start with: PUBLIC_BASE_URL, or the request's own origin. */
  origin: string;
  /** The parsed JSON body of a write (a 400 or 415 when it is not one). */
  body(): Promise<unknown>;
}

/** A read whose answer caches: its tag first (the cheap query), its body only when the client's copy is stale. */
export interface Cacheable {
  /** The current tag; undefined when the record is missing or hidden (answer() then says why). */
  tag(): Promise<string | undefined>;
  answer(): Promise<Answer>;
}

export interface Answer {
  tag: string;
  body: string;
  contentType: string;
  /** Surrogate-Key names: the collection and each record in the answer. */
  keys: string[];
}

/** A handler's plain answer (writes, redirects). */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (call: Call) => Promise<Cacheable | Reply>;

export interface PublicRoute {
  /** The route's label in logs and metrics, e.g. /api/v2/downloads/release/:id/. */
  label: string;
  /** Matched against the whole path, without the query string. */
  pattern: RegExp;
  auth: PublicAuth;
  methods: Partial<Record<'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', Handler>>;
  /** The error body in this API's own shape (Tastypie's error_message, DRF's detail…). */
  errorBody(reply: ErrorReply): unknown;
}

export const isCacheable = (outcome: Cacheable | Reply): outcome is Cacheable => 'answer' in outcome;
