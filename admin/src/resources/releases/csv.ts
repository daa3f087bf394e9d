/**
 * RFC 4180 CSV as spreadsheets and Python's csv module write it: quoted fields may hold commas,
 * doubled quotes and line breaks. Blank lines are skipped, so "row n" means the n-th record, as the
 * server counts it. Only for showing the manifest: the server's reading is the one that counts.
 */
export function parseCsv(text: string): string[][] {
  const source = text.replace(/^\uFEFF/, '');
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  const endRecord = () => {
    record.push(field);
    if (record.length > 1 || record[0].trim() !== '') records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < source.length; i += 1) {
    const char = source[i];
    if (quoted) {
      if (char !== '"') field += char;
      else if (source[i + 1] === '"') {
        field += '"';
        i += 1;
      } else quoted = false;
    } else if (char === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && source[i + 1] === '\n') i += 1;
      endRecord();
    } else field += char;
  }
  if (field !== '' || record.length) endRecord();
  return records;
}
