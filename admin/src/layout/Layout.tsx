import ManageAccountsIcon from '@mui/icons-material/ManageAccounts';
import type { ReactNode } from 'react';
import { AppBar, Layout, Logout, MenuItemLink, UserMenu, useUserMenu } from 'react-admin';
import { AppMenu } from './Menu';

// Closes the user menu on the way: an open menu hides the page behind it from assistive technology.
function MyAccountItem() {
  const menu = useUserMenu();
  return <MenuItemLink to="/account" primaryText="My account" leftIcon={<ManageAccountsIcon />} onClick={() => menu?.onClose()} />;
}

function AccountMenu() {
  return (
    <UserMenu>
      <MyAccountItem />
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
