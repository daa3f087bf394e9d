import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { Edit, ListButton, ShowButton, TopToolbar, useNotify, useResourceDefinition, type EditProps, type HttpError } from 'react-admin';
import { EditorialActions } from '../drafts/EditorialActions';
import { ConflictContext } from './conflict';
import { HistoryButton } from './HistoryButton';
import { VersionsButton } from './versions/VersionsButton';

export function EditActions({ extra }: { extra?: ReactNode }) {
  const { hasShow } = useResourceDefinition();
  return (
    <TopToolbar>
      {extra}
      <EditorialActions />
      <HistoryButton />
      <VersionsButton />
      {hasShow && <ShowButton />}
      <ListButton />
    </TopToolbar>
  );
}

/**
 * Edit that saves pessimistically (so the server's field errors land on their inputs) and turns a
 * stale row_version (409) into a reload offer (ConflictDialog, inside RecordForm) instead of an
 * error toast. The 409's field error on row_version stays, so the submit counts as failed and the
 * unsaved-changes warning still guards the user's edits.
 */
export function RecordEdit({ children, actions, ...props }: EditProps & { children: ReactNode }) {
  const [conflict, setConflict] = useState<string | null>(null);
  const clear = useCallback(() => setConflict(null), []);
  const notify = useNotify();
  const onError = (error: unknown) => {
    const http = error as HttpError;
    if (http?.status === 409 && typeof http.body?.row_version === 'number') {
      setConflict(http.message);
      return;
    }
    const fieldErrors = http?.body?.errors;
    if (!fieldErrors || !Object.keys(fieldErrors).length) notify(http?.message || 'ra.notification.http_error', { type: 'error' });
    else notify(http.message, { type: 'error' });
  };
  const context = useMemo(() => ({ message: conflict, clear }), [conflict, clear]);
  return (
    <ConflictContext.Provider value={context}>
      <Edit
        mutationMode="pessimistic"
        // The form edits a record's pending draft, when it has one (drafts/withDrafts.ts); the same
        // meta on saves, so react-admin updates the very cache entry the form reads.
        mutationOptions={{ onError, meta: { draft: true } }}
        queryOptions={{ meta: { draft: true } }}
        actions={actions ?? <EditActions />}
        {...props}
      >
        {children}
      </Edit>
    </ConflictContext.Provider>
  );
}
