import type { MountedResource } from './registry.js';
import type { ColumnModel, ResourceModel } from './types.js';
import type { FieldDescription, ResourceDescription } from '../domain/resourceDescription.js';

function describeColumn(model: ResourceModel, column: ColumnModel, references: ReadonlyMap<string, string>): FieldDescription {
  const writable = model.writable.includes(column.name);
  const field: FieldDescription = {
    name: column.name,
    kind: column.kind,
    nullable: column.nullable,
    writable,
    required: writable && !column.nullable && !column.hasDefault,
  };
  if (column.maxLength) field.maxLength = column.maxLength;
  for (const rule of column.rules) {
    if (rule.kind === 'oneOf') field.choices = rule.values;
    if (rule.kind === 'pattern') field.pattern = { source: rule.pattern, message: rule.message };
    if (rule.kind === 'prefix') field.prefix = rule.prefix;
    if (rule.kind === 'min') field.min = rule.min;
    if (rule.kind === 'identifier') {
      field.pattern = { source: rule.pattern, message: rule.message };
      field.normalize = rule.normalize;
    }
  }
  const reference = references.get(column.name);
  if (reference) field.reference = reference;
  const media = model.options.media?.find((use) => use.column === column.name);
  if (media) field.media = { ...(media.kind && { kind: media.kind }), ...(media.needsAlt && { needsAlt: true }) };
  return field;
}

/**
 * What the admin derives its generic screens from: the same models the router, validation and
 * OpenAPI are built from, so a column declared once appears everywhere.
 */
export function describeResources(mounted: readonly MountedResource[]): ResourceDescription[] {
  const byTable = new Map(mounted.map(({ model }) => [model.table, model.name]));
  return mounted.map(({ model }) => {
    const references = new Map<string, string>();
    for (const fk of model.metadata.foreignKeys) {
      const target = byTable.get(fk.referencedEntityMetadata.tableName);
      if (target && fk.columnNames.length === 1) references.set(fk.columnNames[0], target);
    }
    const fields = model.readable.map((name) => describeColumn(model, model.columns.get(name)!, references));
    for (const [name, w] of Object.entries(model.options.writeOnly ?? {})) {
      fields.push({
        name,
        kind: 'string',
        nullable: false,
        writable: true,
        writeOnly: true,
        ...(w.note ? { note: true } : {}),
        required: Boolean(w.requiredOnCreate),
        minLength: w.minLength,
        maxLength: w.maxLength,
      });
    }
    for (const m of model.manyToMany.values()) {
      fields.push({ name: m.field, kind: 'ids', nullable: false, writable: true, required: false, reference: byTable.get(m.targetTable) });
    }
    return {
      name: model.name,
      operations: [...model.operations],
      fields,
      filters: [...model.filterable],
      sort: [...model.sortable],
      defaultSort: model.defaultSort,
      search: model.search.length > 0 || Boolean(model.quickSearch),
    };
  });
}
