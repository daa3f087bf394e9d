import type { ReactNode } from 'react';
import { DeleteButton, SaveButton, SimpleForm, Toolbar, useResourceContext, type SimpleFormProps } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { useAccess } from '../api/permissions';

export function RecordToolbar() {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  const { write } = useAccess(resource);
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between' }}>
      <SaveButton disabled={!write} />
      {write && meta?.operations.includes('delete') && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}

/**
 * The form every create and edit screen uses: warns before leaving with unsaved changes, and when the
 * record is reloaded after a conflict, keeps what the user typed.
 */
export function RecordForm({ children, ...props }: Omit<SimpleFormProps, 'children'> & { children: ReactNode }) {
  return (
    <SimpleForm warnWhenUnsavedChanges resetOptions={{ keepDirtyValues: true }} toolbar={<RecordToolbar />} {...props}>
      {children}
    </SimpleForm>
  );
}
