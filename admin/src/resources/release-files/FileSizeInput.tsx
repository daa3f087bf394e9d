import { useWatch } from 'react-hook-form';
import { NumberInput, type Validator } from 'react-admin';
import { formatFileSize } from './fileSize';

/** The exact byte count, echoed as the downloads page will show it so a wrong order of magnitude stands out. */
export function FileSizeInput({ validate }: { validate?: Validator[] }) {
  const bytes = useWatch({ name: 'filesize' }) as number | null | undefined;
  const shown =
    typeof bytes === 'number' && bytes > 0
      ? `Shown as ${formatFileSize(bytes)} on the downloads page.`
      : 'The exact number of bytes (ls -l).';
  return <NumberInput source="filesize" label="Size in bytes" step={1} min={0} validate={validate} helperText={shown} fullWidth />;
}
