import { Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { Loading } from 'react-admin';
import { humanize } from '../common/labels';
import { fetchMe, ME_KEY } from './accountApi';

const Line = ({ label, value }: { label: string; value: string }) => (
  <Typography variant="body1" sx={{ mb: 1 }}>
    <Typography component="span" variant="body2" color="text.secondary" sx={{ display: 'inline-block', minWidth: 96 }}>
      {label}
    </Typography>
    {value}
  </Typography>
);

/** Who is signed in, and with which rights (which the API tokens inherit). */
export function ProfileCard() {
  const { data: me, isPending, error } = useQuery({ queryKey: ME_KEY, queryFn: fetchMe });
  return (
    <Card sx={{ flex: '1 1 320px' }}>
      <CardContent>
        <Typography variant="h6" gutterBottom>
          Signed in as
        </Typography>
        {isPending && <Loading />}
        {error && <Typography color="error">Your profile could not be loaded: {error.message}</Typography>}
        {me && (
          <>
            <Line label="Username" value={me.username} />
            <Line label="Name" value={[me.first_name, me.last_name].filter(Boolean).join(' ') || '—'} />
            <Line label="Email" value={me.email} />
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap' }} data-testid="my-roles">
              <Typography component="span" variant="body2" color="text.secondary" sx={{ minWidth: 96 }}>
                Roles
              </Typography>
              {me.is_superuser && <Chip label="Superuser" color="primary" size="small" />}
              {me.roles.map((slug) => (
                <Chip key={slug} label={humanize(slug)} size="small" />
              ))}
              {!me.is_superuser && me.roles.length === 0 && (
                <Typography variant="body2">None: you can manage only your own account. Ask a superuser for a role.</Typography>
              )}
            </Stack>
          </>
        )}
      </CardContent>
    </Card>
  );
}
