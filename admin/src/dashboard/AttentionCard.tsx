import { Card, CardActionArea, CardContent, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A count that needs someone's attention, linking to the list of those records. */
export function AttentionCard({
  count,
  label,
  to,
  icon,
  testId,
}: {
  count: number | undefined;
  label: string;
  to: string;
  icon: ReactNode;
  testId: string;
}) {
  return (
    <Card sx={{ flex: '1 1 220px' }} data-testid={testId}>
      <CardActionArea component={Link} to={to} sx={{ height: '100%' }}>
        <CardContent sx={{ display: 'flex', alignItems: 'center', gap: 2 }}>
          <Typography component="span" color="primary" sx={{ display: 'flex', '& svg': { fontSize: 40 } }}>
            {icon}
          </Typography>
          <div>
            <Typography variant="h4" component="p">
              {count ?? '…'}
            </Typography>
            <Typography color="text.secondary">{label}</Typography>
          </div>
        </CardContent>
      </CardActionArea>
    </Card>
  );
}
