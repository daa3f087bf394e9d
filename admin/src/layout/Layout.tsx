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

// A stable component: an inline arrow would remount the app bar, and the page title portal with it.
function AppAppBar() {
  return <AppBar userMenu={<AccountMenu />} />;
}

export function AppLayout({ children }: { children: ReactNode }) {
  return (
    <Layout menu={AppMenu} appBar={AppAppBar}>
      {children}
    </Layout>
  );
}
