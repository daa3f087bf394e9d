import {
  BooleanField,
  DateField,
  NumberField,
  ReferenceArrayField,
  ReferenceField,
  SingleFieldList,
  TextField,
  useRecordContext,
} from 'react-admin';
import type { FieldMeta } from '../api/meta';
import { humanize } from '../common/labels';

/** Long text (no length limit): shown on edit and show screens, never as a list column. */
export const isLongText = (field: FieldMeta) => field.kind === 'string' && !field.maxLength && !field.choices;

/** A read-only display of one field, chosen from its declared kind; references show the record's name, not its id. */
export function fieldFor(field: FieldMeta, options: { list?: boolean } = {}) {
  const common = { source: field.name, label: humanize(field.name), key: field.name };
  if (field.kind === 'ids' && field.reference) {
    return (
      <ReferenceArrayField {...common} reference={field.reference} sortable={false}>
        <SingleFieldList linkType={false} />
      </ReferenceArrayField>
    );
  }
  if (field.reference) return <ReferenceField {...common} reference={field.reference} link={options.list ? false : 'show'} emptyText="—" />;
  switch (field.kind) {
    case 'boolean':
      return <BooleanField {...common} />;
    case 'timestamp':
      return <DateField {...common} showTime />;
    case 'date':
      return <DateField {...common} />;
    case 'integer':
      return field.choices ? <TextField {...common} /> : <NumberField {...common} />;
    case 'json':
      return <JsonField {...common} />;
    default:
      return <TextField {...common} emptyText="—" />;
  }
}

function JsonField({ source }: { source: string; label?: string }) {
  const record = useRecordContext();
  return <code style={{ whiteSpace: 'pre-wrap' }}>{JSON.stringify(record?.[source] ?? null, null, 1)}</code>;
}
