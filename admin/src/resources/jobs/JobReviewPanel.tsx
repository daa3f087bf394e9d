import { Alert, Box, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useRecordContext } from 'react-admin';
import { JobCommentBox } from './JobCommentBox';
import { JobTimelineEntry } from './JobTimelineEntry';
import { fetchHistory, historyKey } from './jobWorkflowApi';

/**
 * Beside the job's form: its review history (transitions and comments, oldest first, as the
 * server merges them) and a box for a new comment, so the moderator sees earlier rejections and
 * replies while deciding.
 */
export function JobReviewPanel() {
  const job = useRecordContext<{ id: number }>();
  const {
    data: history,
    error,
    isPending,
  } = useQuery({ queryKey: historyKey(job?.id ?? ''), queryFn: () => fetchHistory(job!.id), enabled: job?.id !== undefined });
  if (!job) return null;
  return (
    <Card
      sx={{ width: { xs: '100%', lg: 360 }, flexShrink: 0, ml: { lg: 2 }, mt: { xs: 2, lg: 0 }, alignSelf: 'flex-start' }}
      component="aside"
      aria-label="Review history"
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Review history
        </Typography>
        {isPending && <Skeleton variant="rounded" height={80} />}
        {error && <Alert severity="warning">The history could not be loaded: {(error as Error).message}</Alert>}
        {history && !history.length && (
          <Typography variant="body2" color="text.secondary">
            No moderation steps or comments yet.
          </Typography>
        )}
        {history && history.length > 0 && (
          <Box component="ol" sx={{ listStyle: 'none', m: 0, p: 0 }} data-testid="job-history">
            {history.map((entry) => (
              <JobTimelineEntry key={`${entry.kind}-${entry.id}`} entry={entry} />
            ))}
          </Box>
        )}
        <JobCommentBox jobId={job.id} />
      </CardContent>
    </Card>
  );
}
