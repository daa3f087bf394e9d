import { Alert, Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useRecordContext } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ChecklistItems } from './ChecklistItems';
import { PublishActions } from './PublishActions';
import { PublishedState } from './PublishedState';
import { PublishRefusal } from './PublishRefusal';
import { usePublish } from './usePublish';
import { useReleaseChecklist } from './useReleaseChecklist';

function summaryOf(published: boolean, ready: boolean): string {
  if (published) return ready ? 'Published; the checklist is complete.' : 'Published, though the checklist is not complete:';
  return ready ? 'Not published yet. Everything is ready to publish.' : 'Not published yet. Before publishing:';
}

/**
 * Beside the release's form: what the release still needs before it goes on python.org (the server's
 * checklist, refreshed as the release and its files change) and the one button that publishes it.
 * Readers see the checklist and the state only.
 */
export function ReleasePublishPanel() {
  const release = useRecordContext();
  const { data: checklist, error, isPending } = useReleaseChecklist(release);
  const actions = usePublish(release);
  const { write } = useAccess('releases');
  if (!release) return null;
  return (
    <Card
      component="aside"
      aria-label="Publishing"
      sx={{ width: { xs: '100%', lg: 340 }, flexShrink: 0, ml: { lg: 2 }, mt: { xs: 2, lg: 0 }, alignSelf: 'flex-start' }}
    >
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Publishing
        </Typography>
        {isPending && <Skeleton variant="rounded" height={120} />}
        {error && <Alert severity="warning">The checklist could not be loaded: {(error as Error).message}</Alert>}
        {checklist && (
          <>
            <Typography variant="body2" color={checklist.ready ? 'success.main' : 'text.secondary'}>
              {summaryOf(Boolean(release.is_published), checklist.ready)}
            </Typography>
            <ChecklistItems items={checklist.items} label="Checklist" />
          </>
        )}
        {actions.refusal && <PublishRefusal refusal={actions.refusal} />}
        {write ? (
          <PublishActions release={release} checklist={checklist} actions={actions} />
        ) : (
          <PublishedState published={Boolean(release.is_published)} />
        )}
      </CardContent>
    </Card>
  );
}
