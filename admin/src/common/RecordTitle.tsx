import { useRecordContext } from 'react-admin';

/** "User rita.release": the kind of record, then the field people know it by. */
export function RecordTitle({ prefix, source }: { prefix: string; source: string }) {
  const record = useRecordContext();
  return <>{`${prefix} ${record?.[source] ?? ''}`}</>;
}
