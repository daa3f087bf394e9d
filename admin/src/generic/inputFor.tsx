import {
  AutocompleteArrayInput,
  AutocompleteInput,
  BooleanInput,
  DateInput,
  DateTimeInput,
  NumberInput,
  PasswordInput,
  ReferenceArrayInput,
  ReferenceInput,
  SelectInput,
  TextInput,
} from 'react-admin';
import type { FieldMeta } from '../api/meta';
import { humanize } from '../common/labels';
import { MediaInput } from '../media/MediaInput';
import { validatorsFor } from './validators';
import { isLongText } from './fieldFor';

/** An input for one writable field, chosen from its declared kind, with the server's own rules checked as the user types. */
export function inputFor(field: FieldMeta, options: { create?: boolean } = {}) {
  const label = humanize(field.name);
  const validate = validatorsFor(field, options);
  const common = { source: field.name, label, key: field.name };
  if (field.writeOnly && field.note)
    return (
      // Left empty, nothing is sent: the version goes without a comment.
      <TextInput
        {...common}
        validate={validate}
        parse={(v: string) => (v === '' ? undefined : v)}
        helperText="Kept with the version this save makes."
      />
    );
  if (field.writeOnly)
    return (
      <PasswordInput
        {...common}
        validate={validate}
        autoComplete="new-password"
        helperText={options.create ? undefined : 'Leave empty to keep the current one.'}
      />
    );
  if (field.kind === 'ids' && field.reference) {
    return (
      <ReferenceArrayInput {...common} reference={field.reference}>
        <AutocompleteArrayInput label={label} />
      </ReferenceArrayInput>
    );
  }
  if (field.media) {
    return (
      <MediaInput
        key={field.name}
        source={field.name}
        label={field.name === 'media_id' ? 'Library file' : label}
        kind={field.media.kind}
        needsAlt={field.media.needsAlt}
        validate={validate}
      />
    );
  }
  if (field.reference) {
    return (
      <ReferenceInput {...common} reference={field.reference}>
        <AutocompleteInput label={label} validate={validate} />
      </ReferenceInput>
    );
  }
  if (field.choices) {
    const choices = field.choices.map((c) => ({ id: c, name: humanize(String(c)) }));
    return <SelectInput {...common} choices={choices} validate={validate} emptyText={field.nullable ? '—' : undefined} />;
  }
  switch (field.kind) {
    case 'boolean':
      return <BooleanInput {...common} />;
    case 'timestamp':
      return <DateTimeInput {...common} validate={validate} parse={localToInstant} />;
    case 'date':
      return <DateInput {...common} validate={validate} />;
    case 'integer':
      return <NumberInput {...common} validate={validate} step={1} />;
    case 'json':
      return (
        <TextInput {...common} multiline minRows={3} format={(v) => (v == null ? '' : JSON.stringify(v, null, 2))} parse={parseJson} />
      );
    default:
      return (
        <TextInput
          {...common}
          validate={validate}
          multiline={isLongText(field)}
          minRows={isLongText(field) ? 4 : undefined}
          parse={field.nullable ? undefined : blankAsEmpty}
          fullWidth
        />
      );
  }
}

/** react-admin sends a cleared input as null; a NOT NULL text column (Django's blank=True) wants ''. */
export const blankAsEmpty = (value: string | null) => value ?? '';

/** The browser's "2026-10-01T12:00" is local time; the API wants an instant with its zone. */
export function localToInstant(value: string): string | null {
  if (!value) return null;
  const instant = new Date(value);
  // Half-typed values go to the server as typed, which says what is wrong with them.
  return Number.isNaN(instant.getTime()) ? value : instant.toISOString();
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
