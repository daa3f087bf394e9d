import type { ReactNode } from 'react';
import { DeleteButton, SaveButton, SimpleForm, Toolbar, useResourceContext, type SimpleFormProps } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { useAccess } from '../api/permissions';
import { ConflictDialog } from './ConflictDialog';

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
 * The form every create and edit screen uses: warns before leaving with unsaved changes, and offers
 * the reload-and-keep-my-edits dialog when a save meets someone else's newer version.
 */
export function RecordForm({ children, ...props }: Omit<SimpleFormProps, 'children'> & { children: ReactNode }) {
  return (
    <SimpleForm warnWhenUnsavedChanges toolbar={<RecordToolbar />} {...props}>
      {children}
      <ConflictDialog />
    </SimpleForm>
  );
}
