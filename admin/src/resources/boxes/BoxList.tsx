import { BulkDeleteButton, DataTable, DateField, FunctionField, List, SearchInput, SelectField, SelectInput, TextField } from 'react-admin';
import { MARKUP_TYPES } from '../../../../server/domain/enums';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { DraftChip } from '../../drafts/DraftChip';

const markupChoices = [...MARKUP_TYPES];

const filters = [
  <SearchInput key="q" source="q" placeholder="Search labels and text" alwaysOn />,
  <SelectInput key="content_markup_type" source="content_markup_type" label="Markup" choices={markupChoices} />,
];

const excerpt = (text: string | null | undefined) => {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat || '—';
};

/** Boxes by label: the snippets python.org's templates include. */
export function BoxList() {
  const { write } = useAccess('boxes');
  return (
    <List sort={{ field: 'label', order: 'ASC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={write ? <BulkDeleteButton mutationMode="pessimistic" /> : false}>
        <DataTable.Col source="label" label="Label">
          <TextField source="label" sx={{ fontFamily: 'monospace' }} />
          <DraftChip />
        </DataTable.Col>
        <DataTable.Col source="content" label="Text" disableSort>
          <FunctionField render={(record: { content?: string }) => excerpt(record.content)} />
        </DataTable.Col>
        <DataTable.Col source="content_markup_type" label="Markup" disableSort>
          <SelectField source="content_markup_type" choices={markupChoices} />
        </DataTable.Col>
        <DataTable.Col source="updated" label="Last changed">
          <DateField source="updated" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
