import { Chip, Stack } from '@mui/material';
import { useRecordContext } from 'react-admin';

const DUTIES = [
  ['primary', 'Primary'],
  ['administrative', 'Administrative'],
  ['accounting', 'Accounting'],
  ['manager', 'Manager'],
] as const;

/** What a sponsor's contact person is the contact for, as chips. */
export function ContactDutiesField(_props: { label?: string }) {
  const contact = useRecordContext();
  if (!contact) return null;
  const held = DUTIES.filter(([flag]) => contact[flag]);
  if (!held.length) return <span>—</span>;
  return (
    <Stack direction="row" spacing={0.5}>
      {held.map(([flag, label]) => (
        <Chip key={flag} label={label} size="small" />
      ))}
    </Stack>
  );
}
