import { Card, CardContent, Skeleton, Typography } from '@mui/material';
import { useGetList, useRecordContext } from 'react-admin';
import { useWatch } from 'react-hook-form';

interface Benefit {
  id: number;
  name: string;
  internal_value: number | null;
  unavailable: boolean;
}

/** What the chosen package gives (the catalogue's benefits of that package), following the package field as it is edited. */
export function PackageBenefits() {
  const record = useRecordContext<{ package_id: number | null }>();
  const packageId = (useWatch({ name: 'package_id' }) as number | null | undefined) ?? record?.package_id ?? null;
  // The list filters on the many-to-many field itself: only this package's benefits come back.
  const { data: benefits, isPending } = useGetList<Benefit>(
    'sponsorship-benefits',
    { filter: { package_ids: packageId }, pagination: { page: 1, perPage: 500 }, sort: { field: 'order', order: 'ASC' } },
    { enabled: packageId !== null },
  );
  if (packageId === null) return null;
  return (
    <Card component="section" aria-label="Package benefits" sx={{ mt: 2 }} data-testid="package-benefits">
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Benefits of the package
        </Typography>
        {isPending && <Skeleton variant="rounded" height={40} />}
        {benefits && !benefits.length && (
          <Typography variant="body2" color="text.secondary">
            This package lists no benefits yet.
          </Typography>
        )}
        <ul style={{ margin: 0, paddingLeft: 20 }}>
          {benefits?.map((b) => (
            <Typography component="li" variant="body2" key={b.id}>
              {b.name}
              {b.unavailable ? ' (unavailable)' : ''}
            </Typography>
          ))}
        </ul>
      </CardContent>
    </Card>
  );
}
