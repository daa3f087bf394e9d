import { BooleanField, DataTable, ReferenceField } from 'react-admin';
import { ChecksumField } from './ChecksumField';
import { FileSizeField } from './FileSizeField';

/**
 * What every table of release files shows after the file's name. An array, not a component: DataTable
 * counts its children (loading placeholder, column chooser), and a wrapper would count as one column.
 */
export const releaseFileColumns = [
  <DataTable.Col key="os_id" source="os_id" label="OS">
    <ReferenceField source="os_id" reference="operating-systems" link={false} />
  </DataTable.Col>,
  <DataTable.Col key="download_button" source="download_button" label="Download button" disableSort>
    <BooleanField source="download_button" FalseIcon={null} />
  </DataTable.Col>,
  <DataTable.Col key="is_source" source="is_source" label="Source" disableSort>
    <BooleanField source="is_source" FalseIcon={null} />
  </DataTable.Col>,
  <DataTable.Col key="filesize" source="filesize" label="Size" align="right">
    <FileSizeField />
  </DataTable.Col>,
  <DataTable.Col key="sha256_sum" source="sha256_sum" label="SHA-256" disableSort>
    <ChecksumField source="sha256_sum" label="SHA-256" />
  </DataTable.Col>,
];
