import { Typography } from '@mui/material';
import { useEffect, useState } from 'react';

interface Health {
  status: string;
  database: string;
}

/** Whether the API and its database answer, in one quiet line. */
export function HealthLine() {
  const [health, setHealth] = useState<Health | 'unreachable' | null>(null);
  useEffect(() => {
    fetch('/api/health')
      .then((res) => res.json() as Promise<Health>)
      .then(setHealth, () => setHealth('unreachable'));
  }, []);
  const text =
    health === null
      ? 'Checking…'
      : health === 'unreachable'
        ? 'The API does not answer.'
        : `API ${health.status}, database ${health.database}.`;
  return (
    <Typography variant="caption" color="text.secondary" data-testid="health">
      {text}
    </Typography>
  );
}
