import type { DataSource, EntityMetadata } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata.js';
import type { Actor } from '../auth/permissions.js';
import { ContentManageable } from '../entities/base.js';
import { ruleOf, type CheckRule } from '../entities/checks.js';
import type { ColumnModel, ManyToManyModel, Operation, ResourceDeclaration, ResourceModel, WorkflowModel } from './types.js';
import { editorialFields } from './drafts/readFields.js';
import { ownerRule, workflowRule } from './write/builtinRules.js';
import { mediaReferences } from '../media/rules.js';

export const ALL_OPERATIONS: readonly Operation[] = ['list', 'get', 'create', 'update', 'delete'];

/** Managed by the database or the server, never written by clients. */
export const SERVER_MANAGED = ['id', 'created', 'updated', 'row_version'] as const;
const STAMPS = ['creator_id', 'last_modified_by_id'];

const kebab = (table: string) => table.replace(/_/g, '-');
const singular = (word: string) => (word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, ''));

function kindOf(column: ColumnMetadata): Pick<ColumnModel, 'kind' | 'min' | 'max'> {
  switch (column.type) {
    case 'int':
    case 'integer':
      return { kind: 'integer', min: -2147483648, max: 2147483647 };
    case 'smallint':
      return { kind: 'integer', min: -32768, max: 32767 };
    case 'varchar':
    case 'text':
      return { kind: 'string' };
    case 'boolean':
      return { kind: 'boolean' };
    case 'timestamptz':
      return { kind: 'timestamp' };
    case 'date':
      return { kind: 'date' };
    case 'jsonb':
      return { kind: 'json' };
    default:
      throw new Error(`${column.entityMetadata.tableName}.${column.databaseName}: column type ${String(column.type)} has no API mapping`);
  }
}

function columnModel(metadata: EntityMetadata, column: ColumnMetadata): ColumnModel {
  const name = column.databaseName;
  const rules = metadata.checks.map((c) => ruleOf(c.expression)).filter((r): r is CheckRule => r?.column === name);
  // The column's own length and any CHECK on its length (text columns): the smaller one is the limit.
  const limits = [...(column.length ? [Number(column.length)] : []), ...rules.flatMap((r) => (r.kind === 'maxLength' ? [r.max] : []))];
  return {
    name,
    ...kindOf(column),
    maxLength: limits.length ? Math.min(...limits) : undefined,
    nullable: column.isNullable,
    hasDefault: column.default !== undefined || column.isGenerated || column.isCreateDate || column.isUpdateDate,
    default: typeof column.default === 'function' ? undefined : column.default,
    rules,
  };
}

function manyToManyOf(metadata: EntityMetadata): ManyToManyModel[] {
  return metadata.manyToManyRelations
    .filter((r) => r.isOwning && r.junctionEntityMetadata)
    .map((r) => ({
      field: `${singular(r.propertyName)}_ids`,
      joinTable: r.junctionEntityMetadata!.tableName,
      ownerColumn: r.joinColumns[0].databaseName,
      targetColumn: r.inverseJoinColumns[0].databaseName,
      targetTable: r.inverseEntityMetadata.tableName,
    }));
}

function mustExist(resource: string, what: string, names: string[] | undefined, known: ReadonlySet<string>): void {
  for (const name of names ?? []) {
    if (!known.has(name)) throw new Error(`resource ${resource}: ${what} names "${name}", which is not a column`);
  }
}

/**
 * Where a workflow keeps its state: the one column whose CHECK allows exactly the machine's states, and
 * whose default is the machine's initial state. Throws at boot when the two disagree.
 */
function bindWorkflow(
  name: string,
  noun: string,
  columns: ReadonlyMap<string, ColumnModel>,
  declaration: ResourceDeclaration,
): WorkflowModel | undefined {
  const machine = declaration.options.workflow;
  if (!machine) return undefined;
  const states = [...machine.states].sort().join(',');
  const candidates = [...columns.values()].filter((c) =>
    c.rules.some((r) => r.kind === 'oneOf' && [...r.values].map(String).sort().join(',') === states),
  );
  if (candidates.length !== 1)
    throw new Error(`resource ${name}: its workflow needs exactly one column whose CHECK allows its states; found ${candidates.length}`);
  const [state] = candidates;
  if (state.default !== machine.initial) {
    throw new Error(`resource ${name}: ${state.name} defaults to ${String(state.default)}, but its workflow starts at ${machine.initial}`);
  }
  const endpoints = `POST /api/${name}/{id}/{action} with action one of ${machine.actionNames.join(', ')} (GET /api/${name}/{id}/transitions lists yours)`;
  return { machine, noun, stateColumn: state.name, endpoints };
}

/**
 * Joins an entity's metadata with its descriptor; throws at boot on any name that does not exist.
 * `readableBy` answers, for the audit log's scope, which resources an actor reads in full; `modelOf`
 * finds another resource's model once all are built (a workflow step that writes another record).
 */
export function buildModel(
  db: DataSource,
  declaration: ResourceDeclaration,
  readableBy: (actor: Actor) => ReadonlySet<string>,
  modelOf: (entity: ResourceDeclaration['entity']) => ResourceModel,
): ResourceModel {
  const metadata = db.getMetadata(declaration.entity);
  const { options } = declaration;
  const table = metadata.tableName;
  const name = options.path ?? kebab(table);
  // The search vector is internal to `q`: never a field of the API.
  const columns = new Map(metadata.columns.filter((c) => c.type !== 'tsvector').map((c) => [c.databaseName, columnModel(metadata, c)]));
  if (options.search?.length && !metadata.columns.some((c) => c.databaseName === 'search_vector')) {
    throw new Error(`resource ${name}: search needs a search_vector column on ${table}`);
  }
  // Ranking reads a small vector of the search fields but the last (the body); see listQuery.ts.
  const rankVector = (options.search?.length ?? 0) > 1;
  if (rankVector && !metadata.columns.some((c) => c.databaseName === 'rank_vector')) {
    throw new Error(`resource ${name}: searching more than one field needs a rank_vector column on ${table}`);
  }
  const known = new Set(columns.keys());
  for (const [what, names] of Object.entries({
    search: options.search,
    filters: options.filters,
    sort: options.sort,
    readOnly: options.readOnly,
    secret: options.secret,
    defaultSort: options.defaultSort ? [options.defaultSort[0]] : undefined,
    quickSearch: options.quickSearch ? [options.quickSearch] : undefined,
  })) {
    mustExist(name, what, names, known);
  }
  const owner = options.access?.owner;
  mustExist(
    name,
    'owner',
    [...(owner?.readOnly ?? []), ...(owner?.stamp ?? []), ...(owner?.editableWhile ? [owner.editableWhile.field] : [])],
    known,
  );
  for (const { column } of options.media ?? []) {
    const fk = metadata.foreignKeys.find((k) => k.columnNames.length === 1 && k.columnNames[0] === column);
    if (fk?.referencedTablePath !== 'media') throw new Error(`resource ${name}: media column "${column}" needs a foreign key to media`);
  }
  const secret = new Set(options.secret ?? []);
  for (const list of [options.search, options.filters, options.sort, options.quickSearch ? [options.quickSearch] : []]) {
    const leaked = (list ?? []).find((c) => secret.has(c));
    if (leaked) throw new Error(`resource ${name}: secret column "${leaked}" cannot be searched, filtered or sorted`);
  }
  for (const field of options.search ?? []) {
    if (columns.get(field)!.kind !== 'string') throw new Error(`resource ${name}: search field "${field}" is not text`);
  }
  const stamped = metadata.target instanceof Function && metadata.target.prototype instanceof ContentManageable;
  if (owner && !stamped) throw new Error(`resource ${name}: owner rules need creator_id (a ContentManageable entity)`);
  const ownerActions = options.workflow?.actionNames.filter((action) => options.workflow!.actions[action].owner) ?? [];
  if (ownerActions.length && !stamped)
    throw new Error(
      `resource ${name}: its workflow's owner actions (${ownerActions.join(', ')}) need creator_id (a ContentManageable entity)`,
    );
  const noun = singular(name).replace(/-/g, ' ');
  const workflow = bindWorkflow(name, noun, columns, declaration);
  const manyToMany = new Map(manyToManyOf(metadata).map((m) => [m.field, m]));
  const readable = [...columns.keys()].filter((c) => !secret.has(c));
  const notWritable = new Set<string>([...SERVER_MANAGED, ...(stamped ? STAMPS : []), ...(options.readOnly ?? []), ...secret]);
  const model: ResourceModel = {
    name,
    noun,
    table,
    entity: declaration.entity,
    metadata,
    options,
    operations: new Set(options.operations ?? ALL_OPERATIONS),
    columns,
    manyToMany,
    readable,
    writable: readable.filter((c) => !notWritable.has(c)),
    computed: editorialFields(name, options),
    stamped,
    filterable: new Set(['id', ...(options.filters ?? [])]),
    sortable: new Set(['id', ...(options.sort ?? [])]),
    search: options.search ?? [],
    rankVector,
    quickSearch: options.quickSearch,
    defaultSort: options.defaultSort ?? ['id', 'DESC'],
    workflow,
    rules: [],
    errors: {
      resource: name,
      table,
      columns: new Set(columns.keys()),
      messages: options.constraintMessages,
      linkFields: Object.fromEntries([...manyToMany.values()].map((m) => [m.joinTable, m.field])),
    },
    readableBy,
    modelOf,
  };
  // The owner, workflow and media rules are generated from the model and run before the resource's own.
  model.rules = [ownerRule(model), workflowRule(model), options.media && mediaReferences(options.media), ...(options.rules ?? [])].filter(
    (r) => r !== undefined,
  );
  return model;
}
