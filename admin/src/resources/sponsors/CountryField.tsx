import { useRecordContext } from 'react-admin';
import { countryName } from './countries';

/** A country code shown by its name; hovering shows the code. */
export function CountryField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  const code = record?.[source] as string | null | undefined;
  if (!code) return <span>—</span>;
  return <span title={code}>{countryName(code)}</span>;
}
