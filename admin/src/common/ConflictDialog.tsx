import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { useFormContext, useFormState } from 'react-hook-form';
import { useDataProvider, useNotify, useRecordContext, useResourceContext } from 'react-admin';
import { useConflict } from './conflict';

/**
 * Someone saved the record after this form loaded it. Reloading puts their version in the form and
 * then the fields this user changed back on top, still marked as changed, so nothing typed is lost
 * and the next save carries the new row_version.
 */
export function ConflictDialog() {
  const { message, clear } = useConflict();
  const form = useFormContext();
  // Subscribed while rendering: react-hook-form only tracks the form state a component reads.
  const { dirtyFields } = useFormState();
  const dataProvider = useDataProvider();
  const notify = useNotify();
  const record = useRecordContext();
  const resource = useResourceContext();
  const reload = async () => {
    if (!record || !resource) return;
    const values = form.getValues();
    const mine = Object.keys(dirtyFields).map((field) => [field, values[field]] as const);
    try {
      // The draft, when the form edits one (drafts/withDrafts.ts).
      const { data: latest } = await dataProvider.getOne(resource, { id: record.id, meta: { draft: true } });
      form.reset(latest);
      for (const [field, value] of mine) form.setValue(field, value, { shouldDirty: true });
      notify(
        mine.length
          ? 'Loaded the latest version; your changes are kept in the form. Check them and save again.'
          : 'Loaded the latest version.',
        { type: 'info' },
      );
    } catch (error) {
      notify((error as Error).message, { type: 'error' });
    }
    clear();
  };
  return (
    <Dialog open={message !== null} onClose={clear} aria-labelledby="conflict-title">
      <DialogTitle id="conflict-title">Someone else changed this record</DialogTitle>
      <DialogContent>
        <DialogContentText>
          {message} Reload to get the latest version: your own changes stay in the form, so you can check them against theirs and save
          again.
        </DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={clear}>Not now</Button>
        <Button variant="contained" onClick={reload}>
          Reload, keep my edits
        </Button>
      </DialogActions>
    </Dialog>
  );
}
