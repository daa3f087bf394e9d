import { Admin, Resource } from 'react-admin';
import { authProvider } from './authProvider';
import { dataProvider } from './dataProvider';
import { Dashboard } from './Dashboard';
import pages from './resources/pages';

export default function App() {
  return (
    <Admin dataProvider={dataProvider} authProvider={authProvider} dashboard={Dashboard} title="python.org back office" requireAuth disableTelemetry>
      <Resource name="pages" {...pages} />
    </Admin>
  );
}
