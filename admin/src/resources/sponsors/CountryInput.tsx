import { AutocompleteInput, type Validator } from 'react-admin';
import { COUNTRY_CHOICES } from './countries';

/**
 * A country picked by name, stored as its two-letter code. `nullable` says what "none" is stored as:
 * null, or the empty string that django_countries uses.
 */
export function CountryInput({
  source,
  label,
  nullable = false,
  validate,
  alwaysOn,
}: {
  source: string;
  label?: string;
  nullable?: boolean;
  validate?: Validator[];
  alwaysOn?: boolean;
}) {
  return (
    <AutocompleteInput
      source={source}
      label={label}
      choices={COUNTRY_CHOICES}
      validate={validate}
      parse={(value: string | null) => (value ? value : nullable ? null : '')}
      alwaysOn={alwaysOn}
    />
  );
}
