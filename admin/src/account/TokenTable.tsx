import { useState } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ApiToken } from './accountApi';
import { RevokeTokenButton } from './RevokeTokenButton';

const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Expiry({ expires }: { expires: string | null }) {
  // The time the table first showed: a render stays pure, and a token expiring while one looks is caught on the next visit.
  const [now] = useState(Date.now);
  if (!expires) return <>Never</>;
  if (Date.parse(expires) <= now)
    return (
      <Typography component="span" variant="body2" color="error">
        Expired {when(expires)}
      </Typography>
    );
  return <>{when(expires)}</>;
}

/** The user's tokens, newest first; a prefix identifies a token without revealing it. */
export function TokenTable({ tokens }: { tokens: ApiToken[] }) {
  return (
    <Table size="small" data-testid="api-tokens">
      <TableHead>
        <TableRow>
          <TableCell>Name</TableCell>
          <TableCell>Token starts with</TableCell>
          <TableCell>Created</TableCell>
          <TableCell>Last used</TableCell>
          <TableCell>Expires</TableCell>
          <TableCell />
        </TableRow>
      </TableHead>
      <TableBody>
        {tokens.map((token) => (
          <TableRow key={token.id}>
            <TableCell>{token.name}</TableCell>
            <TableCell sx={{ fontFamily: 'monospace' }}>{token.token_prefix}…</TableCell>
            <TableCell>{when(token.created)}</TableCell>
            <TableCell>{token.last_used ? when(token.last_used) : 'Never'}</TableCell>
            <TableCell>
              <Expiry expires={token.expires} />
            </TableCell>
            <TableCell align="right">
              <RevokeTokenButton token={token} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
