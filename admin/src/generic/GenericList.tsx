import {
  DataTable,
  List,
  Loading,
  NullableBooleanInput,
  ReferenceInput,
  AutocompleteInput,
  SearchInput,
  SelectInput,
  useResourceContext,
} from 'react-admin';
import type { ReactElement } from 'react';
import { useResourceMeta, type FieldMeta, type ResourceMeta } from '../api/meta';
import { useAccess } from '../api/permissions';
import { ListActions } from '../common/ListActions';
import { humanize } from '../common/labels';
import { versionedResource } from '../common/versions/versioned';
import { DraftChip } from '../drafts/DraftChip';
import { fieldFor, isLongText } from './fieldFor';

const SKIP = new Set(['id', 'row_version', 'created', 'creator_id', 'last_modified_by_id']);
const NAMES = ['name', 'title', 'label', 'username', 'slug'];

/** At most seven columns that identify a record: its name first, then references, flags and dates. */
function columnsOf(meta: ResourceMeta): FieldMeta[] {
  const usable = meta.fields.filter((f) => !SKIP.has(f.name) && !f.writeOnly && f.kind !== 'json' && f.kind !== 'ids' && !isLongText(f));
  const rank = (f: FieldMeta) =>
    NAMES.includes(f.name) ? 0 : f.reference ? 1 : f.choices ? 2 : f.kind === 'boolean' ? 3 : f.kind === 'string' ? 4 : 5;
  return usable.sort((a, b) => rank(a) - rank(b)).slice(0, 7);
}

/** Filters for the declared filterable fields whose values people pick rather than type. */
export function filtersOf(meta: ResourceMeta): ReactElement[] {
  const filters: ReactElement[] = meta.search ? [<SearchInput key="q" source="q" alwaysOn />] : [];
  for (const name of meta.filters) {
    const field = meta.fields.find((f) => f.name === name);
    if (!field) continue;
    const label = humanize(name);
    if (field.reference) {
      filters.push(
        <ReferenceInput key={name} source={name} reference={field.reference}>
          <AutocompleteInput label={label} />
        </ReferenceInput>,
      );
    } else if (field.choices)
      filters.push(
        <SelectInput key={name} source={name} label={label} choices={field.choices.map((c) => ({ id: c, name: humanize(String(c)) }))} />,
      );
    else if (field.kind === 'boolean') filters.push(<NullableBooleanInput key={name} source={name} label={label} />);
  }
  return filters;
}

/** A list screen derived from the resource's declaration, for the tables without a hand-written one. */
export function GenericList() {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  const { write } = useAccess(resource);
  if (!meta) return <Loading />;
  const [field, order] = meta.defaultSort;
  return (
    <List sort={{ field, order }} filters={filtersOf(meta)} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'}>
        {columnsOf(meta).map((f) => (
          <DataTable.Col key={f.name} source={f.name} label={humanize(f.name)} disableSort={!meta.sort.includes(f.name)}>
            {fieldFor(f, { list: true })}
          </DataTable.Col>
        ))}
        {versionedResource(resource) && <DataTable.Col label="Draft" disableSort field={DraftChip} />}
      </DataTable>
    </List>
  );
}
