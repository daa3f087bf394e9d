import { Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, MenuItem, Stack, TextField } from '@mui/material';
import { useId, useState } from 'react';
import { useGetList } from 'react-admin';
import { useOnOpen } from '../../common/useOnOpen';
import { packageName } from './packageName';

export interface ApprovalTerms {
  start_date: string;
  end_date: string;
  package_id: number | '';
  sponsorship_fee: number | '';
}

interface Props {
  open: boolean;
  initial: ApprovalTerms;
  busy: boolean;
  /** The server's field errors from the last try (a missing term, an end before the start). */
  errors: Record<string, string>;
  onConfirm: (terms: ApprovalTerms) => void;
  onClose: () => void;
}

/**
 * Approval settles the terms: the dates, the package and the fee, prefilled from the application
 * (the fee from the package when none was agreed). The server checks them again and says what is wrong.
 */
export function ApproveDialog({ open, initial, busy, errors, onConfirm, onClose }: Props) {
  const titleId = useId();
  const [terms, setTerms] = useState(initial);
  useOnOpen(open, () => setTerms(initial));
  const { data: packages = [] } = useGetList('sponsorship-packages', {
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'year', order: 'DESC' },
  });
  const set = (field: keyof ApprovalTerms) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setTerms((t) => ({
      ...t,
      [field]: field === 'package_id' || field === 'sponsorship_fee' ? (value === '' ? '' : Number(value)) : value,
    }));
  };
  const choosePackage = (event: React.ChangeEvent<HTMLInputElement>) => {
    const id = Number(event.target.value);
    const amount = packages.find((p) => p.id === id)?.sponsorship_amount as number | undefined;
    setTerms((t) => ({
      ...t,
      package_id: id,
      sponsorship_fee: t.sponsorship_fee === '' && amount !== undefined ? amount : t.sponsorship_fee,
    }));
  };
  /** A term's value, its change handler and the server's word on it. */
  const term = (field: keyof ApprovalTerms) => ({
    value: terms[field],
    onChange: set(field),
    error: Boolean(errors[field]),
    helperText: errors[field],
  });
  const date = { type: 'date', fullWidth: true, slotProps: { inputLabel: { shrink: true } } } as const;
  const localMissing = !terms.start_date || !terms.end_date || terms.package_id === '' || terms.sponsorship_fee === '';
  return (
    <Dialog open={open} onClose={busy ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Approve this sponsorship</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Approving locks the application, makes the draft contract from these terms and the package&apos;s benefits, and tells the
          sponsor&apos;s contacts and the sponsorship team.
        </DialogContentText>
        <Stack spacing={2}>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField label="Starts" {...date} {...term('start_date')} />
            <TextField label="Ends" {...date} {...term('end_date')} />
          </Stack>
          <TextField select label="Package" {...term('package_id')} onChange={choosePackage}>
            {packages.map((p) => (
              <MenuItem key={p.id} value={p.id}>
                {packageName(p as Parameters<typeof packageName>[0])}
              </MenuItem>
            ))}
          </TextField>
          <TextField type="number" label="Fee (USD)" {...term('sponsorship_fee')} slotProps={{ htmlInput: { min: 0, step: 1 } }} />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={busy}>
          Cancel
        </Button>
        <Button variant="contained" color="success" disabled={busy || localMissing} onClick={() => onConfirm(terms)}>
          Approve
        </Button>
      </DialogActions>
    </Dialog>
  );
}
