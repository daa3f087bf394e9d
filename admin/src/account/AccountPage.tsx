import { Box } from '@mui/material';
import { Title } from 'react-admin';
import { ApiTokens } from './ApiTokens';
import { ChangePasswordForm } from './ChangePasswordForm';
import { ProfileCard } from './ProfileCard';

/** "My account" (user menu): who you are, your password and your API tokens; open to every signed-in user. */
export function AccountPage() {
  return (
    <Box sx={{ mt: 2, display: 'flex', flexDirection: 'column', gap: 2 }}>
      <Title title="My account" />
      <Box sx={{ display: 'flex', gap: 2, flexWrap: 'wrap', alignItems: 'flex-start' }}>
        <ProfileCard />
        <ChangePasswordForm />
      </Box>
      <ApiTokens />
    </Box>
  );
}
