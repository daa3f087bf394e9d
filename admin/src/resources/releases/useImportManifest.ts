import { useDeferredValue, useMemo, useState } from 'react';
import { useNotify, useRefresh, type HttpError } from 'react-admin';
import { readManifest, type Manifest } from './manifest';
import { importManifest, type ImportReport } from './releaseImportApi';

/** What the last "Check" looked at, so a plan is never applied to a manifest edited since. */
export interface CheckedPlan {
  text: string;
  replace: boolean;
  manifest: Manifest;
  report: ImportReport;
}

export type ImportPhase = 'editing' | 'checking' | 'applying' | 'done';

const failureMessage = (error: unknown) => {
  const http = error as HttpError;
  if (http?.status === 413) return 'The manifest is too large for one request; split it into several imports.';
  if (http?.status === 403) return 'You may not import files: that takes the release manager role.';
  return http?.message ? `The server refused the manifest: ${http.message}` : 'The server could not be reached; nothing was imported.';
};

/**
 * The import screen's steps: edit the manifest, check it (a dry run), apply exactly what was checked
 * (the server checks again, all or nothing), then show what was done.
 */
export function useImportManifest(releaseId: number | string) {
  const [text, setText] = useState('');
  const [replace, setReplace] = useState(false);
  const [phase, setPhase] = useState<ImportPhase>('editing');
  const [checked, setChecked] = useState<CheckedPlan | null>(null);
  const [result, setResult] = useState<ImportReport | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [startedAt, setStartedAt] = useState(0);
  /** How long the last request took. */
  const [seconds, setSeconds] = useState(0);
  const notify = useNotify();
  const refresh = useRefresh();

  const stale = checked !== null && (checked.text !== text || checked.replace !== replace);
  const canApply = phase === 'editing' && checked !== null && !stale && checked.report.errors.length === 0;
  // An uploaded manifest may have 10,000 rows (a parse takes ~0.2 s): the row count follows the
  // typing at low priority instead of holding up each keystroke.
  const deferredText = useDeferredValue(text);
  const deferredReading = useMemo(() => readManifest(deferredText), [deferredText]);
  const rowCount = phase === 'applying' ? (checked?.manifest.rows.length ?? 0) : (deferredReading.manifest?.rows.length ?? 0);

  const run = async (next: 'checking' | 'applying', manifest: Manifest, onReport: (report: ImportReport, applied: boolean) => void) => {
    const started = Date.now();
    setProblem(null);
    setPhase(next);
    setStartedAt(started);
    try {
      const { report, applied } = await importManifest(releaseId, manifest, { dryRun: next === 'checking', replace });
      setSeconds((Date.now() - started) / 1000);
      onReport(report, applied);
    } catch (error) {
      setProblem(failureMessage(error));
      setPhase('editing');
    }
  };

  const check = () => {
    const reading = deferredText === text ? deferredReading : readManifest(text);
    if (!reading.manifest) {
      setProblem(reading.problem);
      return;
    }
    const snapshot = { text, replace, manifest: reading.manifest };
    return run('checking', reading.manifest, (report) => {
      setChecked({ ...snapshot, report });
      setPhase('editing');
    });
  };

  const apply = () => {
    if (!checked || !canApply) return;
    return run('applying', checked.manifest, (report, applied) => {
      if (!applied) {
        // Someone changed the release's files since the check: show the server's new findings.
        setChecked({ ...checked, report });
        setPhase('editing');
        return;
      }
      setResult(report);
      setPhase('done');
      notify(`Imported the manifest: ${report.create.length} created, ${report.update.length} updated, ${report.delete.length} deleted.`, {
        type: 'success',
      });
      refresh();
    });
  };

  const restart = () => {
    setChecked(null);
    setResult(null);
    setProblem(null);
    setPhase('editing');
  };

  return {
    text,
    setText,
    replace,
    setReplace,
    phase,
    checked,
    stale,
    canApply,
    result,
    problem,
    startedAt,
    seconds,
    rowCount,
    check,
    apply,
    restart,
  };
}
