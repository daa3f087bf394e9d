import {
  BulkDeleteButton,
  DataTable,
  DateField,
  List,
  NullableBooleanInput,
  SearchInput,
  SelectInput,
  TextInput,
  BooleanField,
  TextField,
} from 'react-admin';
import { MARKUP_TYPES } from '../../../../server/domain/enums';
import { useAccess } from '../../api/permissions';
import { ListActions } from '../../common/ListActions';
import { DraftChip } from '../../drafts/DraftChip';

const filters = [
  <SearchInput key="q" source="q" placeholder="Search titles and text" alwaysOn />,
  <NullableBooleanInput
    key="is_published"
    source="is_published"
    label="Published"
    trueLabel="Published"
    falseLabel="Draft"
    nullLabel="Any"
    alwaysOn
  />,
  <SelectInput key="content_markup_type" source="content_markup_type" label="Markup" choices={[...MARKUP_TYPES]} />,
  <TextInput key="path_like" source="path_like" label="Path contains" />,
];

/** Pages, most recently changed first; editors open the form, everyone else the read-only view. */
export function PageList() {
  const { write } = useAccess('pages');
  return (
    <List sort={{ field: 'updated', order: 'DESC' }} filters={filters} actions={<ListActions />}>
      <DataTable rowClick={write ? 'edit' : 'show'} bulkActionButtons={write ? <BulkDeleteButton mutationMode="pessimistic" /> : false}>
        <DataTable.Col source="title" label="Title">
          <TextField source="title" />
          <DraftChip />
        </DataTable.Col>
        <DataTable.Col source="path" label="Path" sx={{ fontFamily: 'monospace' }} />
        <DataTable.Col source="is_published" label="Published" field={BooleanField} />
        <DataTable.Col source="updated" label="Last changed">
          <DateField source="updated" showTime />
        </DataTable.Col>
      </DataTable>
    </List>
  );
}
