import { Route } from 'react-router-dom';
import { Admin, CustomRoutes, Resource } from 'react-admin';
import { AccountPage } from './account/AccountPage';
import type { Permissions } from './api/permissions';
import { authProvider } from './authProvider';
import { Dashboard } from './dashboard/Dashboard';
import { dataProvider } from './dataProvider';
import { i18nProvider } from './i18n';
import { AppLayout } from './layout/Layout';
import { darkTheme, lightTheme } from './layout/theme';
import { registry } from './resources';
import { SchedulePage } from './schedule/SchedulePage';
import { SignInPage } from './signin/SignInPage';

/**
 * One <Resource> per readable resource. Screens the user's roles cannot use are not registered
 * (no create or edit without write access; no list without full read access); the server checks anyway.
 */
export default function App() {
  return (
    <Admin
      dataProvider={dataProvider}
      authProvider={authProvider}
      i18nProvider={i18nProvider}
      dashboard={Dashboard}
      loginPage={SignInPage}
      layout={AppLayout}
      theme={lightTheme}
      darkTheme={darkTheme}
      title="python.org back office"
      requireAuth
      disableTelemetry
    >
      {(permissions: Permissions) => [
        ...registry
          .filter((r) => permissions?.resources[r.name]?.read)
          .map((r) => {
            const full = permissions.resources[r.name].read === 'full';
            const write = permissions.resources[r.name].write;
            return (
              <Resource
                key={r.name}
                name={r.name}
                icon={r.icon}
                recordRepresentation={r.recordRepresentation}
                list={full ? r.list : undefined}
                show={full ? r.show : undefined}
                edit={write ? r.edit : undefined}
                create={write ? r.create : undefined}
              />
            );
          }),
        <CustomRoutes key="account">
          <Route path="/account" element={<AccountPage />} />
          <Route path="/schedule" element={<SchedulePage />} />
        </CustomRoutes>,
      ]}
    </Admin>
  );
}
