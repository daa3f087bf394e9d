import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle } from '@mui/material';
import { Form, maxLength, required, SaveButton, SelectInput, TextInput, useNotify } from 'react-admin';
import { createToken, fieldErrorsOf, type CreatedToken } from './accountApi';

const DAY = 24 * 60 * 60 * 1000;
const LIFETIMES = [
  { id: '30', name: '30 days' },
  { id: '90', name: '90 days' },
  { id: '365', name: '1 year' },
  { id: 'never', name: 'Never (revoke it by hand)' },
];

const expiryOf = (lifetime: string) => (lifetime === 'never' ? null : new Date(Date.now() + Number(lifetime) * DAY).toISOString());

/** Names a new token and picks its lifetime; the secret comes back once, to onCreated. */
export function NewTokenDialog({
  open,
  onClose,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  onCreated: (token: CreatedToken) => void;
}) {
  const notify = useNotify();
  const submit = async (values: { name?: string; lifetime?: string }) => {
    try {
      onCreated(await createToken(values.name?.trim() ?? '', expiryOf(values.lifetime ?? '365')));
    } catch (error) {
      const errors = fieldErrorsOf(error);
      if (errors) return { ...errors, ...(errors.expires ? { lifetime: errors.expires } : {}) };
      notify((error as Error).message || 'The token could not be created.', { type: 'error' });
    }
    return undefined;
  };
  return (
    <Dialog open={open} onClose={onClose} maxWidth="sm" fullWidth aria-labelledby="new-token-title">
      <Form onSubmit={submit} defaultValues={{ name: '', lifetime: '365' }} noValidate>
        <DialogTitle id="new-token-title">New API token</DialogTitle>
        <DialogContent>
          <DialogContentText sx={{ mb: 2 }}>
            A token lets a script act as you, with your roles. Create one per script or machine, so you can revoke it alone.
          </DialogContentText>
          <TextInput
            source="name"
            label="Name"
            validate={[required(), maxLength(100, 'At most 100 characters.')]}
            helperText="What uses it, e.g. “release script on my laptop”."
            fullWidth
            autoFocus
          />
          <SelectInput source="lifetime" label="Expires after" choices={LIFETIMES} validate={required()} fullWidth />
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>Cancel</Button>
          <SaveButton label="Create token" alwaysEnable />
        </DialogActions>
      </Form>
    </Dialog>
  );
}
