import { Typography } from '@mui/material';
import { useListContext } from 'react-admin';

const plural = (count: number, one: string, many: string) => `${count.toLocaleString('en')} ${count === 1 ? one : many}`;

/** "6 files for 3 operating systems": a quick check that no platform is missing before publishing. */
export function ReleaseFilesSummary() {
  const { data, total, isPending } = useListContext();
  const files = data ?? [];
  if (isPending || !files.length) return null;
  const count = total ?? files.length;
  // Only the loaded page's systems are known: a count of them would understate a big release.
  if (count > files.length) {
    return (
      <Typography variant="body2" color="text.secondary" data-testid="release-files-summary">
        {plural(count, 'file', 'files')} (first {files.length} shown)
      </Typography>
    );
  }
  const systems = new Set(files.map((file) => file.os_id)).size;
  return (
    <Typography variant="body2" color="text.secondary" data-testid="release-files-summary">
      {plural(count, 'file', 'files')} for {plural(systems, 'operating system', 'operating systems')}
    </Typography>
  );
}
