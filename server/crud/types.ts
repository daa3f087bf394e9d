import type { EntityMetadata, ObjectLiteral } from 'typeorm';
import type { Access, Actor } from '../auth/permissions.js';
import type { Sql } from '../db/sql.js';
import type { CheckRule } from '../entities/checks.js';
import type { ConstraintMessage, ErrorContext } from '../http/pgErrors.js';
import type { Machine, TransitionRequest } from '../workflows/machine.js';

/*
 * The shapes of the generic layer, with no code: declarations (resource.ts), the models built from
 * them at boot (model.ts) and the write pipeline (write/) all read these, so none imports another.
 */

export type Row = Record<string, unknown>;

export type Operation = 'list' | 'get' | 'create' | 'update' | 'delete';
export type WriteOperation = 'create' | 'update' | 'delete';

/** Old and new value per field; a write rule may add details beside them (e.g. what an override overrode). */
export type Changes = Record<string, { old?: unknown; new?: unknown; [detail: string]: unknown }>;

/** A client-facing field the table does not have, turned into columns before writing (e.g. password → password_hash). */
export interface WriteOnlyField {
  minLength?: number;
  maxLength?: number;
  /** Required when creating a record. */
  requiredOnCreate?: boolean;
  /** What the field is for, in the OpenAPI document. */
  description?: string;
  /** Not a secret but a note about the write (a version comment): forms show it as plain text. */
  note?: boolean;
  /** The columns it becomes; none for a field that only steers the write (its rules read it from the input). */
  toColumns(value: string): Promise<Row>;
}

/** The rows of a resource an actor may see: those whose column holds one of the values. */
export interface RowScope {
  column: string;
  values: unknown[];
}

/** What the after-commit hooks hear of one committed write (server/crud/write/afterCommit.ts). */
export interface CommitEvent {
  /** The resource's name, as in its URL. */
  resource: string;
  operation: WriteOperation;
  id: number;
  /** The record before and after the write, as the API returns it; before is absent on create, after on delete. */
  before?: Row;
  after?: Row;
  /** The workflow action, when the write was a transition. */
  transition?: string;
  /** Null for the system. */
  actorId: number | null;
}

/** One write transaction: its statements, and the events it publishes once (and only if) it commits. */
export interface WriteTx {
  sql: Sql;
  emit(event: CommitEvent): void;
  /**
   * Runs `step` once, after the transaction's work and before it commits, however many writes ask
   * under the same key (a release and its files saved together make one version).
   */
  beforeCommit(key: string, step: () => Promise<void>): void;
  /** Runs `work` so that its failure undoes its statements and its events, and nothing else. */
  savepoint<T>(work: () => Promise<T>): Promise<T>;
}

/** What each phase of one write sees and leaves for the next (server/crud/write/pipeline.ts). */
export interface WriteContext {
  tx: WriteTx;
  sql: Sql;
  model: ResourceModel;
  operation: WriteOperation;
  /** Null for the system (a scheduled sweep). */
  actor: Actor | null;
  /** The record's id; undefined on create until it is written. */
  id?: number;
  /** The validated body, write-only fields included. */
  input: Row;
  /** Set for a workflow step: then the step, not the input, says what changes. */
  transition?: TransitionRequest;
  /** The record as stored, locked FOR UPDATE; undefined on create (and in a rule's `lock`). */
  before?: Row;
  /** Columns the write sets on top of the input's: stamps, a workflow's state, what a rule decided. */
  stamps: Row;
  /** Details for the audit entry beside the field changes (a transition's action, an override's reason). */
  details: Changes;
  /** The record as the write leaves it; undefined after a delete. */
  after?: Row;
  /** Set when the write publishes the record's pending draft: the draft's row_version the caller saw, if it saw one. */
  publishesDraft?: { rowVersion?: number };
}

/**
 * One rule of a resource's writes. The pipeline runs every rule of every write of the resource, in
 * order, inside the write's transaction: what a rule checks and changes commits with the write or not
 * at all. The owner and workflow rules are generated from the model; a resource adds its own.
 */
export interface WriteRule {
  name: string;
  /**
   * Runs before the record's row lock: the place for advisory locks. Writers that also change other
   * rows then take their locks in one order (advisory lock, then rows), so they cannot deadlock.
   */
  lock?(context: WriteContext): Promise<void>;
  /**
   * Runs on the locked row after the row_version check: refuses with an HttpError, may write other rows
   * (through the pipeline), set `stamps` or add `details`.
   */
  check?(context: WriteContext): Promise<void> | void;
  /** Runs right after the record is written, in the same transaction (a workflow's history row and effects). */
  written?(context: WriteContext): Promise<void>;
  /**
   * The set-based form, for bulk writes (the release manifest import). A resource whose rules lack it
   * cannot be bulk-written: the bulk pipeline refuses at its first use rather than skip the rule.
   */
  checkMany?(context: BulkContext): Promise<void> | void;
  /** The set-based form of `written`: runs once the bulk write's rows are written. */
  writtenMany?(context: BulkContext): Promise<void>;
}

/** A set-based write of one resource: the rows were read FOR UPDATE by the caller in this transaction. */
export interface BulkContext {
  tx: WriteTx;
  sql: Sql;
  model: ResourceModel;
  actor: Actor;
  create: Row[];
  /** Applied batch after batch, so a unique value can move from a row of one batch to a row of the next. */
  update: { before: Row; values: Row }[][];
  delete: Row[];
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
  derive?: (values: Row) => Row;
  operations?: readonly Operation[];
  /** Who may read and write (docs/api.md, Roles); checked on every route. */
  access?: Access;
  /**
   * Rows an actor may see at all, AND-ed into every query (e.g. audit entries of resources the actor
   * can read). `readable` names the resources the actor reads in full.
   */
  scope?: (actor: Actor, readable: ReadonlySet<string>) => RowScope | undefined;
  /**
   * The resource's state machine (server/workflows): its state column changes only through the
   * machine's transitions, served at /api/{resource}/{id}/{action}.
   */
  workflow?: Machine;
  /** Rules of creates, updates and deletes, in order (e.g. one latest release per version, the publish checklist). */
  rules?: readonly WriteRule[];
  /** Sentences for named constraints whose generic error would be vague (partial unique indexes, multi-column checks). */
  constraintMessages?: Record<string, ConstraintMessage>;
  /** Keep a numbered version of every committed save (server/crud/versions/). */
  versions?: VersionOptions;
  /** Columns holding a file of the media library (server/media/): checked on every write, offered as a file picker by the admin. */
  media?: readonly MediaUse[];
}

/** Where a media file may be used: a column holding a media id, what kind it must be, and whether an image there needs alt text. */
export interface MediaUse {
  column: string;
  kind?: 'image' | 'document';
  /** An image shown on a page: readers who cannot see it are told what it shows (WCAG 1.1.1). */
  needsAlt?: boolean;
}

/** What a versioned resource's versions hold. */
export interface VersionOptions {
  /**
   * SQL over the row aliased `t`: whether the record is published (such versions are always kept;
   * only then can it have a draft). Default: never published as a version, always live for drafts
   * (a box or a sponsor is seen as soon as it is saved).
   */
  published?: string;
  /** The boolean column a publish sets and an unpublish clears (pages, releases): what POST publish and the schedule change. */
  publishColumn?: string;
  /** Records that belong to this one and are part of its versions (a release's files): their resource and the column naming the parent. */
  children?: readonly { resource: string; foreignKey: string }[];
}

export interface ResourceDeclaration {
  entity: new () => ObjectLiteral;
  options: ResourceOptions;
}

export type ColumnKind = 'integer' | 'string' | 'boolean' | 'timestamp' | 'date' | 'json';

export interface ColumnModel {
  name: string;
  kind: ColumnKind;
  /** varchar length, or the integer type's range. */
  maxLength?: number;
  min?: number;
  max?: number;
  nullable: boolean;
  hasDefault: boolean;
  /** The literal default, when the column declares one. */
  default?: unknown;
  rules: CheckRule[];
}

/** A many-to-many relation exposed as an array of ids, e.g. `category_ids` on events. */
export interface ManyToManyModel {
  field: string;
  joinTable: string;
  ownerColumn: string;
  targetColumn: string;
  targetTable: string;
}

/** A resource's workflow, joined with the model: where its state lives. */
export interface WorkflowModel {
  machine: Machine;
  /** What messages call one record: "job". */
  noun: string;
  /** The column holding the state: the one whose CHECK allows exactly the machine's states. */
  stateColumn: string;
  /** How clients move a record on, for messages. */
  endpoints: string;
}

/** A read-only field of every read computed by SQL over the row aliased `t` (a record's draft and schedule). */
export interface ComputedField {
  name: string;
  select: string;
  kind: 'boolean' | 'timestamp' | 'json';
  description: string;
}

export interface ResourceModel {
  name: string;
  /** The name in messages about one record: "job" for jobs. */
  noun: string;
  table: string;
  entity: ResourceDeclaration['entity'];
  metadata: EntityMetadata;
  options: ResourceOptions;
  operations: ReadonlySet<Operation>;
  columns: ReadonlyMap<string, ColumnModel>;
  manyToMany: ReadonlyMap<string, ManyToManyModel>;
  /** Columns returned to clients, in table order. */
  readable: string[];
  /** Columns clients may write. */
  writable: string[];
  /** Fields reads add after the columns, never written (server/crud/drafts/readFields.ts). */
  computed: readonly ComputedField[];
  /** Whether creator_id / last_modified_by_id are stamped from the signed-in user (and name the owner). */
  stamped: boolean;
  filterable: ReadonlySet<string>;
  sortable: ReadonlySet<string>;
  /** Fields `q` searches, most important first, through the table's search_vector. */
  search: string[];
  /** Whether `q` ranks on the table's rank_vector: the search fields but the last, weighted as in search_vector. */
  rankVector: boolean;
  quickSearch?: string;
  defaultSort: [string, 'ASC' | 'DESC'];
  workflow?: WorkflowModel;
  /** Every rule of the resource's writes, in the order they run: owner, workflow, then the resource's own. */
  rules: readonly WriteRule[];
  /** What the database error mapping needs, built once. */
  errors: ErrorContext;
  /** Names of the resources an actor reads in full (the audit log's scope needs them). */
  readableBy: (actor: Actor) => ReadonlySet<string>;
  /** The model of another resource, by its entity (callable once the registry is built). */
  modelOf: (entity: ResourceDeclaration['entity']) => ResourceModel;
}
