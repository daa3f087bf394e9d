import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

/** The legal name, with the name the member prefers underneath when it differs. */
export function MembershipNameField(_props: { label?: string }) {
  const record = useRecordContext<{ legal_name: string; preferred_name: string }>();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2" component="span" sx={{ fontWeight: 500 }}>
        {record.legal_name}
      </Typography>
      {record.preferred_name && record.preferred_name !== record.legal_name && (
        <Typography variant="caption" component="span" color="text.secondary" sx={{ display: 'block' }}>
          prefers “{record.preferred_name}”
        </Typography>
      )}
    </>
  );
}
