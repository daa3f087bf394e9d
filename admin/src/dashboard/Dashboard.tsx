import { Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useEffect, useState } from 'react';

interface Health {
  status: string;
  database: string;
}

/** The landing page: for now, whether the API and its database answer. */
export function Dashboard() {
  const [health, setHealth] = useState<Health | 'unreachable' | null>(null);
  useEffect(() => {
    fetch('/api/health')
      .then((res) => res.json() as Promise<Health>)
      .then(setHealth, () => setHealth('unreachable'));
  }, []);
  const text =
    health === null ? 'Checking…' : health === 'unreachable' ? 'The API does not answer.' : `API ${health.status}, database ${health.database}.`;
  return (
    <Card sx={{ mt: 2 }}>
      <CardHeader title="python.org back office" />
      <CardContent>
        <Typography data-testid="health">{text}</Typography>
      </CardContent>
    </Card>
  );
}
