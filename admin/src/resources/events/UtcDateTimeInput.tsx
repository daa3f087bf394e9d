import { TextInput, type Validator } from 'react-admin';

const pad = (n: number) => String(n).padStart(2, '0');

/** An ISO instant as the browser's date(-time) input wants it, read in UTC rather than local time. */
function toInputValue(value: unknown, dateOnly: boolean): string {
  if (typeof value !== 'string' || value === '') return '';
  const d = new Date(value);
  if (Number.isNaN(d.getTime())) return '';
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  return dateOnly ? day : `${day}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

/** The input's text back to an ISO instant in UTC; an all-day date starts at midnight UTC. */
function toInstant(text: string, dateOnly: boolean): string | null {
  if (!text) return null;
  return dateOnly ? `${text}T00:00:00.000Z` : `${text}:00.000Z`;
}

interface UtcDateTimeInputProps {
  source: string;
  label: string;
  /** All-day dates: pick a day, stored as midnight UTC. */
  dateOnly?: boolean;
  validate?: Validator | Validator[];
  helperText?: string;
}

/**
 * A date and time typed in UTC. react-admin's DateTimeInput uses the browser's zone, but the API
 * stores UTC and the summaries say "UTC", so editors in any zone must type the same numbers.
 */
export function UtcDateTimeInput({ source, label, dateOnly = false, validate, helperText }: UtcDateTimeInputProps) {
  return (
    <TextInput
      source={source}
      label={`${label} (UTC)`}
      type={dateOnly ? 'date' : 'datetime-local'}
      format={(value: unknown) => toInputValue(value, dateOnly)}
      parse={(text: string) => toInstant(text, dateOnly)}
      validate={validate}
      fullWidth
      helperText={helperText ?? false}
      slotProps={{ inputLabel: { shrink: true } }}
    />
  );
}
