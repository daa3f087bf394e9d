const UNITS = ['KB', 'MB', 'GB', 'TB'];

/**
 * "25.3 MB". Powers of 1024 with one decimal, like Django's filesizeformat, so the admin shows the
 * same figure as the python.org downloads page that renders these records.
 */
export function formatFileSize(bytes: number | null | undefined): string {
  if (bytes == null || Number.isNaN(bytes)) return '';
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`;
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(1)} ${UNITS[unit]}`;
}
