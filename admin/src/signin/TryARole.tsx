import { Box, Button, Divider, Stack, Typography } from '@mui/material';
import { useEffect, useMemo } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useDemoOffer, type DemoAccount } from './demoApi';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * In demo mode only: one button per demo role that fills the sign-in form with its account, so a
 * newcomer sees what an editor, a release manager or a moderator sees. `onChoose` hears which
 * account the form holds (none once the user types another name).
 */
export function TryARole({ onChoose }: { onChoose: (account: DemoAccount | undefined) => void }) {
  const { data: offer } = useDemoOffer();
  const { setValue } = useFormContext();
  const username = useWatch({ name: 'username' }) as string | undefined;
  const accounts = useMemo(() => (offer?.enabled ? offer.accounts : []), [offer]);

  useEffect(() => onChoose(accounts.find((account) => account.username === username)), [accounts, username, onChoose]);

  if (!offer?.enabled) return null;
  const choose = (account: DemoAccount) => {
    const fill = { shouldValidate: true, shouldDirty: true };
    setValue('username', account.username, fill);
    if (offer.password !== null) setValue('password', offer.password, fill);
  };
  return (
    <Box component="section" aria-label="Try a role" data-testid="try-a-role" sx={{ mt: 2 }}>
      <Divider sx={{ mb: 1.5 }} />
      <Typography variant="subtitle2">Try a role</Typography>
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        Demo accounts of this machine&apos;s demo database: choose one, then sign in.
      </Typography>
      <Stack spacing={1}>
        {offer.accounts.map((account) => (
          <Button key={account.username} variant="outlined" size="small" onClick={() => choose(account)}>
            {capitalised(account.label)} ({account.username})
          </Button>
        ))}
      </Stack>
      {offer.password === null && (
        <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
          The password is in .data/demo-credentials.txt on the server.
        </Typography>
      )}
    </Box>
  );
}
