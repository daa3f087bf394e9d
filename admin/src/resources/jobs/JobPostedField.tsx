import { Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** "waiting 3 days": how long a job in the review queue has been posted, counted from its creation (the queue's order). */
export function waitingFor(created: string, now = Date.now()): string {
  const age = Math.max(0, now - new Date(created).getTime());
  if (age < HOUR) return 'waiting less than an hour';
  if (age < DAY) {
    const hours = Math.floor(age / HOUR);
    return `waiting ${hours} hour${hours === 1 ? '' : 's'}`;
  }
  const days = Math.floor(age / DAY);
  return `waiting ${days} day${days === 1 ? '' : 's'}`;
}

/** The posting date, and for jobs awaiting review how long they have waited. */
export function JobPostedField(_props: { label?: string }) {
  const record = useRecordContext<{ created: string; status: string }>();
  if (!record) return null;
  return (
    <>
      <Typography variant="body2" component="span" title={new Date(record.created).toLocaleString()}>
        {new Date(record.created).toLocaleDateString()}
      </Typography>
      {record.status === 'review' && (
        <Typography
          variant="caption"
          component="span"
          color="warning.main"
          sx={{ display: 'block', fontWeight: 500, whiteSpace: 'nowrap' }}
          data-testid="job-waiting"
        >
          {waitingFor(record.created)}
        </Typography>
      )}
    </>
  );
}
