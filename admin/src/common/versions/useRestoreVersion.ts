import { useState } from 'react';
import { useNotify, useRefresh, type HttpError, type RaRecord } from 'react-admin';
import { restoreVersion, type VersionSummary } from './versionsApi';

/**
 * Restoring a version with the row_version on screen. Success and a stale screen (409) both refresh
 * everything shown (react-admin's refresh: the form, the versions, a release's files); a stale
 * screen also says why nothing was restored, so the user compares again against the newer save.
 */
export function useRestoreVersion(resource: string, record: RaRecord, noun: string) {
  const notify = useNotify();
  const refresh = useRefresh();
  const [busy, setBusy] = useState(false);
  const [stale, setStale] = useState<string | null>(null);

  const restore = async (version: VersionSummary): Promise<boolean> => {
    setBusy(true);
    setStale(null);
    try {
      // A restore writes the live record: with a draft on screen, the record's row_version is live_row_version.
      await restoreVersion(resource, record.id, version.number, Number(record.live_row_version ?? record.row_version));
      notify(`Restored version ${version.number}; it is saved as the newest version.`, { type: 'success' });
      refresh();
      return true;
    } catch (error) {
      const http = error as HttpError;
      if (http?.status === 409 && typeof http.body?.row_version === 'number') {
        const message = `Someone else changed this ${noun} while you were looking, so version ${version.number} was not restored. The screen now shows their save: compare again before restoring.`;
        setStale(message);
        notify(message, { type: 'warning' });
        refresh();
      } else if (http?.status === 403) {
        notify(`You may not change this ${noun}, so you cannot restore its versions.`, { type: 'error' });
      } else {
        notify(http?.message || `Version ${version.number} could not be restored.`, { type: 'error' });
      }
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { restore, busy, stale, clearStale: () => setStale(null) };
}
