import { FunctionField, ReferenceField } from 'react-admin';
import { packageName } from './packageName';

/** A sponsorship's package by name and year (the names repeat every year). */
export function PackageField({ source = 'package_id' }: { source?: string; label?: string }) {
  return (
    <ReferenceField source={source} reference="sponsorship-packages" link={false} emptyText="—">
      <FunctionField render={packageName} />
    </ReferenceField>
  );
}
