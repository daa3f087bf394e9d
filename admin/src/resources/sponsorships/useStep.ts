import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNotify, useRefresh } from 'react-admin';
import { refusalOf, takeStep } from '../../common/workflowApi';

/** The outcome of a step: taken, or refused with the server's status and field errors (a dialog keeps those). */
export type StepOutcome = { ok: true } | { ok: false; status: number; errors: Record<string, string> };

/**
 * One workflow step with its feedback: a confirmation, or the server's reason; after any outcome the
 * record, its lists and the workflow queries reload, so the screen shows where the record is now.
 */
export function useStep() {
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (
    resource: string,
    record: { id: number; row_version: number },
    action: string,
    fields: Record<string, unknown>,
    done: string,
  ): Promise<StepOutcome> => {
    setBusy(true);
    try {
      await takeStep(resource, record, action, fields);
      notify(done, { type: 'success' });
      return { ok: true };
    } catch (error) {
      const refusal = refusalOf(error);
      notify(refusal.message, { type: 'error', multiLine: true, autoHideDuration: 8000 });
      return { ok: false, status: refusal.status, errors: refusal.errors };
    } finally {
      setBusy(false);
      await queryClient.invalidateQueries({ queryKey: ['workflow'] });
      refresh();
    }
  };
  return { run, busy };
}
