import { Admin } from 'react-admin';
import { dataProvider } from './dataProvider';
import { Dashboard } from './Dashboard';

export default function App() {
  return <Admin dataProvider={dataProvider} dashboard={Dashboard} title="python.org back office" disableTelemetry />;
}
