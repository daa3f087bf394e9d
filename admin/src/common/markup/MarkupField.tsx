import { useRecordContext } from 'react-admin';
import { MARKUP_TYPES } from '../../../../server/domain/enums';
import { MarkupPreview } from './MarkupPreview';

/** A record's text as python.org shows it (rendered by the server), for read-only screens. */
export function MarkupField({ source, typeSource }: { source: string; typeSource: string; label?: string }) {
  const record = useRecordContext();
  if (!record) return null;
  const type = record[typeSource] as string | undefined;
  const typeName = MARKUP_TYPES.find((t) => t.id === type)?.name ?? type;
  return <MarkupPreview markupType={type} content={record[source] as string | undefined} title={`Rendered from ${typeName}`} />;
}
