import { Title } from 'react-admin';

// Replaced by the account screens (password, API tokens).
export function AccountPage() {
  return <Title title="My account" />;
}
