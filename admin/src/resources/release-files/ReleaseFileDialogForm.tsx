import { Alert, Button as MuiButton, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState } from 'react';
import {
  Form,
  ResourceContextProvider,
  SaveButton,
  useDataProvider,
  useNotify,
  useUpdate,
  type HttpError,
  type RaRecord,
} from 'react-admin';
import { FocusField } from './FocusField';
import { ReleaseFileInputs } from './ReleaseFileInputs';

// A constant: react-admin resets the form whenever this object changes identity.
const KEEP_EDITS = { keepDirtyValues: true };

interface Problem {
  message: string;
  /** Someone saved the file after the dialog loaded it (409 with the current row_version). */
  stale: boolean;
  /** The fields the server named, first one focused. */
  fields?: string[];
}

/**
 * Saves with useUpdate and the row_version the dialog loaded, so a concurrent change is refused by the
 * server, never overwritten. Field errors (422, and 409 on a unique field) land on their inputs.
 */
export function ReleaseFileDialogForm({ file, onClose }: { file: RaRecord; onClose: () => void }) {
  const [record, setRecord] = useState(file);
  const [problem, setProblem] = useState<Problem | null>(null);
  const [update] = useUpdate();
  const dataProvider = useDataProvider();
  const notify = useNotify();

  const save = async (values: Partial<RaRecord>) => {
    setProblem(null);
    try {
      await update(
        'release-files',
        { id: record.id, data: { ...values, row_version: record.row_version }, previousData: record },
        { mutationMode: 'pessimistic', returnPromise: true },
      );
    } catch (error) {
      const http = error as HttpError;
      if (http?.status === 409 && typeof http.body?.row_version === 'number') {
        setProblem({ stale: true, message: 'Someone else saved this file since you opened it, so your changes were not saved.' });
        return undefined;
      }
      const errors = http?.body?.errors as Record<string, string> | undefined;
      setProblem({
        stale: false,
        message: http?.message || 'The file could not be saved.',
        fields: errors ? Object.keys(errors) : undefined,
      });
      return errors;
    }
    notify(`Saved ${values.name ?? 'the file'}.`, { type: 'success' });
    onClose();
    return undefined;
  };

  // Their version becomes the form's record; keepDirtyValues keeps what this user typed on top of it.
  const reload = async () => {
    try {
      const { data } = await dataProvider.getOne('release-files', { id: record.id });
      setRecord(data);
      setProblem(null);
    } catch (error) {
      notify(`The file could not be reloaded: ${(error as Error).message}`, { type: 'error' });
    }
  };

  return (
    <ResourceContextProvider value="release-files">
      <Form record={record} onSubmit={save} resetOptions={KEEP_EDITS}>
        <DialogTitle id="release-file-dialog-title">Edit {record.name}</DialogTitle>
        <DialogContent dividers>
          {problem && (
            <Alert
              severity={problem.stale ? 'warning' : 'error'}
              sx={{ mb: 2 }}
              action={
                problem.stale ? (
                  <MuiButton color="inherit" size="small" onClick={reload}>
                    Reload, keep my edits
                  </MuiButton>
                ) : undefined
              }
            >
              {problem.message}
              {problem.stale &&
                ' Reload to get their version: the fields you changed keep your values, so you can check them and save again.'}
            </Alert>
          )}
          <ReleaseFileInputs withRelease={false} />
          <FocusField names={problem?.fields} />
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={onClose}>Cancel</MuiButton>
          <SaveButton />
        </DialogActions>
      </Form>
    </ResourceContextProvider>
  );
}
