import AddIcon from '@mui/icons-material/Add';
import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Loading } from 'react-admin';
import { listTokens, TOKENS_KEY, type CreatedToken } from './accountApi';
import { NewTokenDialog } from './NewTokenDialog';
import { TokenSecretDialog } from './TokenSecretDialog';
import { TokenTable } from './TokenTable';
import { TokenUsageExample } from './TokenUsageExample';

/** One's own API tokens for scripts: list, create (secret shown once), revoke. */
export function ApiTokens() {
  const { data: tokens, isPending, error } = useQuery({ queryKey: TOKENS_KEY, queryFn: listTokens });
  const queryClient = useQueryClient();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedToken | null>(null);
  const onCreated = (token: CreatedToken) => {
    setCreating(false);
    setCreated(token);
    void queryClient.invalidateQueries({ queryKey: TOKENS_KEY });
  };
  return (
    <Card>
      <CardContent>
        <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', mb: 1 }}>
          <Typography variant="h6">API tokens</Typography>
          <Button variant="contained" startIcon={<AddIcon />} onClick={() => setCreating(true)}>
            New token
          </Button>
        </Box>
        <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
          Tokens let scripts, such as the release tooling, use the API as you, with your roles. Anyone holding one can act as you: revoke
          those you no longer use.
        </Typography>
        {isPending && <Loading />}
        {error && <Typography color="error">Your tokens could not be loaded: {error.message}</Typography>}
        {tokens && tokens.length === 0 && <Typography sx={{ py: 2 }}>You have no API tokens yet.</Typography>}
        {tokens && tokens.length > 0 && <TokenTable tokens={tokens} />}
        <Box sx={{ mt: 3 }}>
          <TokenUsageExample />
        </Box>
      </CardContent>
      {/* Mounted only while open, so each new token starts from an empty form. */}
      {creating && <NewTokenDialog open onClose={() => setCreating(false)} onCreated={onCreated} />}
      <TokenSecretDialog token={created} onClose={() => setCreated(null)} />
    </Card>
  );
}
