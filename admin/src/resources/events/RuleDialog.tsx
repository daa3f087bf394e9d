import { Alert, Button, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { useState, type ReactNode } from 'react';
import { Form, ResourceContextProvider, useCreate, useNotify, useRefresh, useUpdate, type HttpError, type RaRecord } from 'react-admin';

export type RuleResource = 'occurring-rules' | 'recurring-rules';

interface RuleDialogProps {
  resource: RuleResource;
  title: string;
  /** The rule being edited, or the new rule's starting values (with event_id). */
  record: Partial<RaRecord>;
  /** The fields this dialog edits: only these are sent, and only their errors can sit on an input. */
  fields: readonly string[];
  onClose: () => void;
  children: ReactNode;
}

/**
 * Creates or updates one of an event's rules in a dialog. The server decides what is valid: its
 * field errors land on the inputs, and a rule that names no field is
 * shown above them as the server worded it. A stale row_version keeps what was typed and offers
 * to save over the newer version, like the edit screens' conflict dialog.
 */
export function RuleDialog({ resource, title, record, fields, onClose, children }: RuleDialogProps) {
  const [create] = useCreate();
  const [update] = useUpdate();
  const notify = useNotify();
  const refresh = useRefresh();
  const [problem, setProblem] = useState<string | null>(null);
  // Advanced when the server reports a newer version, so "save again" means "replace theirs".
  const [rowVersion, setRowVersion] = useState(record.row_version);
  const editing = record.id !== undefined;

  const save = async (values: Record<string, unknown>) => {
    const data: Record<string, unknown> = Object.fromEntries(fields.map((f) => [f, values[f]]));
    setProblem(null);
    try {
      if (editing)
        await update(
          resource,
          { id: record.id, data: { ...data, row_version: rowVersion }, previousData: record },
          { mutationMode: 'pessimistic', returnPromise: true },
        );
      else await create(resource, { data: { ...data, event_id: record.event_id } }, { returnPromise: true });
    } catch (error) {
      const http = error as HttpError;
      const fieldErrors: Record<string, string> = http?.body?.errors ?? {};
      const onInputs = Object.fromEntries(Object.entries(fieldErrors).filter(([f]) => fields.includes(f)));
      if (http?.status === 409 && typeof http.body?.row_version === 'number') {
        setRowVersion(http.body.row_version);
        refresh();
        setProblem(
          'Someone else changed this date after you opened it; the list behind now shows their version. Save again to replace it with what you see here, or cancel to keep theirs.',
        );
        return undefined;
      }
      if (Object.keys(onInputs).length < Object.keys(fieldErrors).length || !Object.keys(onInputs).length)
        setProblem(http?.message || 'The date could not be saved.');
      return onInputs;
    }
    const noun = resource === 'recurring-rules' ? 'Recurrence' : 'One-off date';
    notify(`${noun} ${editing ? 'updated' : 'added'}`, { type: 'success' });
    onClose();
    return undefined;
  };

  return (
    <Dialog open onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="rule-dialog-title">
      <ResourceContextProvider value={resource}>
        <Form record={record} onSubmit={save} noValidate>
          <DialogTitle id="rule-dialog-title">{title}</DialogTitle>
          <DialogContent>
            {problem && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {problem}
              </Alert>
            )}
            {children}
          </DialogContent>
          <DialogActions>
            <Button onClick={onClose}>Cancel</Button>
            <Button type="submit" variant="contained">
              Save
            </Button>
          </DialogActions>
        </Form>
      </ResourceContextProvider>
    </Dialog>
  );
}
