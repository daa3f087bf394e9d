import CloseIcon from '@mui/icons-material/Close';
import { Box, Card, CardContent, CardHeader, IconButton, Link as MuiLink, Typography } from '@mui/material';
import { useGetIdentity, useGetList, usePermissions } from 'react-admin';
import { Link } from 'react-router-dom';
import type { Permissions } from '../api/permissions';
import { guidesFor, type RoleGuide } from './roleGuides';
import { useDismissed } from './useDismissed';

function GuideCard({ guide }: { guide: RoleGuide }) {
  return (
    <Card variant="outlined" sx={{ flex: '1 1 260px' }} data-testid={`start-here-${guide.key}`}>
      <CardContent>
        <Typography variant="subtitle1" component="h3" gutterBottom>
          {guide.title}
        </Typography>
        <Box component="ol" sx={{ m: 0, pl: 2.5 }}>
          {guide.steps.map((step) => (
            <li key={step.text}>
              {step.to ? (
                <MuiLink component={Link} to={step.to}>
                  {step.text}
                </MuiLink>
              ) : (
                step.text
              )}
            </li>
          ))}
        </Box>
      </CardContent>
    </Card>
  );
}

/**
 * "Start here": for someone who has changed nothing yet, the first steps of each of their roles.
 * Dismissed, it stays away for them in this browser.
 */
export function StartHere() {
  const { identity } = useGetIdentity();
  const { permissions } = usePermissions<Permissions>();
  const [dismissed, dismiss] = useDismissed('start-here', identity?.id);
  const hasRole = Boolean(permissions && (permissions.superuser || permissions.roles.length > 0));
  const wanted = Boolean(identity && permissions && !dismissed);
  // The audit log names whoever made each change: none yet is a first visit. Users without a role cannot read it.
  const { total: changes } = useGetList(
    'audit-log',
    { filter: { actor_id: identity?.id }, pagination: { page: 1, perPage: 1 } },
    { enabled: wanted && hasRole },
  );
  const releaseManager = Boolean(permissions?.roles.includes('release_manager'));
  const { data: newest } = useGetList(
    'releases',
    { sort: { field: 'release_date', order: 'DESC' }, pagination: { page: 1, perPage: 1 } },
    { enabled: wanted && releaseManager && changes === 0 },
  );
  if (!wanted || (hasRole && changes !== 0)) return null;
  const guides = guidesFor(permissions!.roles, permissions!.superuser, { newestReleaseId: newest?.[0]?.id as number | undefined });
  return (
    <Card component="section" aria-label="Start here" data-testid="start-here">
      <CardHeader
        title="Start here"
        subheader="The first things people in your roles do here."
        action={
          <IconButton aria-label="Dismiss Start here" onClick={dismiss}>
            <CloseIcon />
          </IconButton>
        }
      />
      <CardContent sx={{ pt: 0, display: 'flex', flexWrap: 'wrap', gap: 2 }}>
        {guides.map((guide) => (
          <GuideCard key={guide.key} guide={guide} />
        ))}
      </CardContent>
    </Card>
  );
}
