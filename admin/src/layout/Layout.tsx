import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, MenuItemLink, UserMenu } from 'react-admin';
import { AppMenu } from './Menu';

function AccountMenu() {
  return (
    <UserMenu>
      <MenuItemLink to="/account" primaryText="My account" leftIcon={<ManageAccountsIcon />} />
      <Logout />
    </UserMenu>
  );
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={() => <AppBar userMenu={<AccountMenu />} />}>
      {children}
    </Layout>
  );
}
