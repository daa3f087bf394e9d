import { Labeled, ListButton, Loading, TextField, TextInput, TopToolbar, useRecordContext } from 'react-admin';
import { useResourceMeta } from '../../api/meta';
import { HistoryButton } from '../../common/HistoryButton';
import { RecordEdit } from '../../common/RecordEdit';
import { RecordForm } from '../../common/RecordForm';
import { rulesFor } from '../../generic/validators';

function RoleInputs() {
  const meta = useResourceMeta('roles');
  if (!meta) return <Loading />;
  const rules = rulesFor(meta);
  return (
    <>
      <Labeled label="Slug">
        <TextField source="slug" sx={{ fontFamily: 'monospace' }} />
      </Labeled>
      <TextInput source="name" validate={rules('name')} sx={{ maxWidth: 480 }} fullWidth helperText="Shown on user records and in the user list." />
      <TextInput source="description" multiline minRows={2} fullWidth sx={{ maxWidth: 760 }} validate={rules('description')} helperText="What holders of this role may change, in a sentence." />
    </>
  );
}

function RoleTitle() {
  const role = useRecordContext();
  return <>Role {role?.name}</>;
}

/** Name and description only: the slug is what the code checks, so it never changes. */
export function RoleEdit() {
  return (
    <RecordEdit
      title={<RoleTitle />}
      actions={
        <TopToolbar>
          <HistoryButton />
          <ListButton />
        </TopToolbar>
      }
    >
      <RecordForm>
        <RoleInputs />
      </RecordForm>
    </RecordEdit>
  );
}
