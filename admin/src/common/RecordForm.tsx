import { Box } from '@mui/material';
import type { ReactNode } from 'react';
import { DeleteButton, SimpleForm, Toolbar, useResourceContext, type SimpleFormProps } from 'react-admin';
import { useResourceMeta } from '../api/meta';
import { useAccess } from '../api/permissions';
import { DraftStatus } from '../drafts/DraftStatus';
import { FormSaveButtons } from '../drafts/FormSaveButtons';
import { useDraftMode } from '../drafts/useDraftMode';
import { useDraftFormSubmit } from '../drafts/useSaveDraft';
import { ConflictDialog } from './ConflictDialog';
import { VersionCommentInput } from './VersionCommentInput';

export function RecordToolbar() {
  const resource = useResourceContext() ?? '';
  const meta = useResourceMeta(resource);
  const { write } = useAccess(resource);
  return (
    <Toolbar sx={{ display: 'flex', justifyContent: 'space-between', gap: 2 }}>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, flex: 1, flexWrap: 'wrap' }}>
        <FormSaveButtons disabled={!write} />
        {write && <VersionCommentInput />}
      </Box>
      {write && meta?.operations.includes('delete') && <DeleteButton mutationMode="pessimistic" />}
    </Toolbar>
  );
}

/**
 * The form every create and edit screen uses: warns before leaving with unsaved changes, and offers
 * the reload-and-keep-my-edits dialog when a save meets someone else's newer version. While the
 * record has a pending draft, the form shows and saves the draft.
 */
export function RecordForm({ children, ...props }: Omit<SimpleFormProps, 'children'> & { children: ReactNode }) {
  const onSubmit = useDraftFormSubmit(useDraftMode() === 'draft');
  return (
    <SimpleForm warnWhenUnsavedChanges toolbar={<RecordToolbar />} onSubmit={onSubmit} {...props}>
      <DraftStatus />
      {children}
      <ConflictDialog />
    </SimpleForm>
  );
}
