import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { setSubmissionErrors, useNotify, useRecordContext, useResourceContext, useSaveContext, type RaRecord } from 'react-admin';
import { useFormContext } from 'react-hook-form';

/**
 * The options that make the edit controller's save go to the draft. The draft the server sends back
 * is put by hand in the cache entry the edit screen reads (RecordEdit's meta), so the form shows it
 * and its row_version (no false conflict next time).
 */
export function useDraftSaveOptions() {
  const resource = useResourceContext();
  const record = useRecordContext();
  const queryClient = useQueryClient();
  const notify = useNotify();
  const id = record?.id;
  return useMemo(
    () => ({
      meta: { draft: true, saveToDraft: true },
      onSuccess: (draft: RaRecord) => {
        queryClient.setQueryData([resource, 'getOne', { id: String(id), meta: { draft: true } }], draft);
        notify('Draft saved', { type: 'success' });
      },
    }),
    [queryClient, notify, resource, id],
  );
}

/** The form's values saved to the draft, after the form's validation, with the server's field errors put on their inputs. */
export function useSubmitDraft() {
  const form = useFormContext();
  const { save } = useSaveContext();
  const options = useDraftSaveOptions();
  return useCallback(
    () =>
      form.handleSubmit(async (values) => {
        const errors = await save?.(values, options);
        if (errors != null) setSubmissionErrors(errors, form.setError);
      })(),
    [form, save, options],
  );
}

/** The form's own submit (its main button, Enter in a field) while a draft is pending: to the draft. */
export function useDraftFormSubmit(enabled: boolean) {
  const { save } = useSaveContext();
  const options = useDraftSaveOptions();
  const submit = useCallback((values: Record<string, unknown>) => save?.(values, options), [save, options]);
  return enabled ? submit : undefined;
}
