import type { ObjectLiteral } from 'typeorm';
import type { Access, Actor } from '../auth/permissions.js';
import type { Sql } from '../db/sql.js';
import type { ConstraintMessage } from '../http/pgErrors.js';
import type { Changes } from './audit.js';
import type { ResourceModel } from './model.js';

export type Operation = 'list' | 'get' | 'create' | 'update' | 'delete';
export const ALL_OPERATIONS: readonly Operation[] = ['list', 'get', 'create', 'update', 'delete'];

/** A client-facing field the table does not have, turned into columns before writing (e.g. password → password_hash). */
export interface WriteOnlyField {
  /** Validation for the incoming value. */
  minLength?: number;
  maxLength?: number;
  /** Required when creating a record. */
  requiredOnCreate?: boolean;
  /** What the field is for, in the OpenAPI document. */
  description?: string;
  /** The columns it becomes; none for a field that only steers the write (its hooks read it from the input). */
  toColumns(value: string): Promise<Record<string, unknown>>;
}

/** What a write hook sees: the write's own transaction, who writes, and what. */
export interface WriteContext {
  sql: Sql;
  actor: Actor;
  model: ResourceModel;
  /** The record's id; undefined on create. */
  id?: number;
  /** The validated body, write-only fields included. */
  input: Record<string, unknown>;
  /** The record as stored, locked FOR UPDATE; undefined on create and in `lock`. */
  before?: Record<string, unknown>;
}

/**
 * A rule over other rows that a resource adds to its creates and updates (server/crud/writes.ts). It runs
 * inside the write's transaction, so what it checks and changes commits with the write or not at all.
 */
export interface WriteHook {
  /**
   * Runs first, before the record's row lock: the place for advisory locks. Writers that also change
   * other rows then take their locks in one order (advisory lock, then rows), so they cannot deadlock.
   */
  lock?(context: WriteContext): Promise<void>;
  /**
   * Runs on the locked row, after the row_version check and before the write: refuses with an HttpError,
   * changes other rows, and may return details (e.g. an override's reason) for the write's audit entry.
   */
  beforeWrite?(context: WriteContext): Promise<Changes | void>;
}

/** Policy a resource adds to what its entity already declares. Every name is checked at boot. */
export interface ResourceOptions {
  /** URL segment under /api; defaults to the table name in kebab-case. */
  path?: string;
  /** Text columns searched by `q` with PostgreSQL full-text search; each needs a GIN index ix_<table>_<column>_fts. */
  search?: string[];
  /** Column searched by `q` with a case-insensitive substring match, for small tables without full-text fields. */
  quickSearch?: string;
  /** Columns clients may filter on (id always). Operators follow the column's type. */
  filters?: string[];
  /** Columns clients may sort on (id always). */
  sort?: string[];
  defaultSort?: [string, 'ASC' | 'DESC'];
  /** Columns clients may read but never write (besides the server-managed ones). */
  readOnly?: string[];
  /** Columns that never leave the server: not returned, filtered, sorted, searched or written. */
  secret?: string[];
  writeOnly?: Record<string, WriteOnlyField>;
  /** Columns the server computes from the others on every write. */
  derive?: (values: Record<string, unknown>) => Record<string, unknown>;
  operations?: readonly Operation[];
  /** Who may read and write (API.md, Roles); checked on every route. */
  access?: Access;
  /**
   * Rows an actor may see at all, as a column and its allowed values, AND-ed into every query
   * (e.g. audit entries of resources the actor can read). `readable` names the resources the
   * actor reads in full.
   */
  scope?: (actor: Actor, readable: ReadonlySet<string>) => { field: string; values: unknown[] } | undefined;
  /**
   * A column only a workflow changes (server/workflows): created records start at `initial`,
   * and creates or updates that set anything else are a 422 pointing at `endpoints`.
   */
  workflow?: { field: string; initial: string; endpoints: string };
  /** Cross-row rules of creates and updates, in order (e.g. one latest release per version, the publish checklist). */
  hooks?: readonly WriteHook[];
  /** Sentences for named constraints whose generic error would be vague (partial unique indexes, multi-column checks). */
  constraintMessages?: Record<string, ConstraintMessage>;
}

export interface ResourceDeclaration {
  entity: new () => ObjectLiteral;
  options: ResourceOptions;
}

/** Declares a resource over an entity; the generic layer derives routes, validation, queries and OpenAPI from it. */
export function defineResource(entity: new () => ObjectLiteral, options: ResourceOptions = {}): ResourceDeclaration {
  return { entity, options };
}
