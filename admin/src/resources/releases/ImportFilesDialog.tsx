import CloseIcon from '@mui/icons-material/Close';
import { Alert, Box, Button, Dialog, DialogActions, DialogContent, DialogTitle, IconButton, Typography } from '@mui/material';
import type { RaRecord } from 'react-admin';
import { ImportPlanView } from './ImportPlanView';
import { ImportProgress } from './ImportProgress';
import { ImportResult } from './ImportResult';
import { ManifestEditor } from './ManifestEditor';
import { useImportManifest } from './useImportManifest';

/** Why "Apply" is greyed out, said next to it rather than left to guess. */
function applyHint(state: ReturnType<typeof useImportManifest>): string {
  if (!state.checked) return 'Check the manifest first: nothing changes until you apply.';
  if (state.stale) return 'The manifest or “Replace” changed since the check: check again.';
  if (state.checked.report.errors.length) return 'Fix the errors and check again to apply.';
  return 'Applies the plan above in one step: all of it or, if anything fails, none of it.';
}

/** The import screen: a full-width dialog over the release, so its files list is right there when it closes. */
export function ImportFilesDialog({ release, open, onClose }: { release: RaRecord; open: boolean; onClose: () => void }) {
  const state = useImportManifest(release.id);
  const busy = state.phase === 'checking' || state.phase === 'applying';
  const close = () => {
    if (busy) return;
    onClose();
    // A closed dialog starts afresh next time, but keeps the text in case it was closed by mistake.
    if (state.phase === 'done') state.restart();
  };
  return (
    <Dialog open={open} onClose={close} fullWidth maxWidth="xl" scroll="paper" aria-labelledby="import-files-title">
      <DialogTitle id="import-files-title" sx={{ pr: 6 }}>
        Import files into {release.name}
        <IconButton aria-label="Close" onClick={close} disabled={busy} sx={{ position: 'absolute', right: 8, top: 8 }}>
          <CloseIcon />
        </IconButton>
      </DialogTitle>
      <DialogContent dividers>
        {state.phase === 'done' && state.result ? (
          <ImportResult report={state.result} seconds={state.seconds} />
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mb: 2 }}>
              Paste the release's file manifest or upload it, then check it: the server lists what it would create, update and delete, and
              every problem, without changing anything.
            </Typography>
            <ManifestEditor
              text={state.text}
              onText={state.setText}
              replace={state.replace}
              onReplace={state.setReplace}
              disabled={busy}
              rowCount={state.rowCount}
            />
            {busy && <ImportProgress applying={state.phase === 'applying'} rows={state.rowCount} since={state.startedAt} />}
            {state.problem && (
              <Alert severity="error" sx={{ mb: 2 }}>
                {state.problem}
              </Alert>
            )}
            {state.stale && !busy && (
              <Alert severity="info" sx={{ mb: 2 }}>
                You changed the manifest since this check; the plan below is the old one. Check again.
              </Alert>
            )}
            {state.checked && <ImportPlanView manifest={state.checked.manifest} report={state.checked.report} />}
          </>
        )}
      </DialogContent>
      <DialogActions sx={{ px: 3, gap: 1 }}>
        {state.phase === 'done' ? (
          <>
            <Button onClick={state.restart}>Import another manifest</Button>
            <Button variant="contained" onClick={close}>
              Close
            </Button>
          </>
        ) : (
          <>
            <Typography variant="body2" color="text.secondary" sx={{ mr: 'auto' }} data-testid="apply-hint">
              {applyHint(state)}
            </Typography>
            <Button onClick={close} disabled={busy}>
              Cancel
            </Button>
            <Button variant="outlined" onClick={state.check} disabled={busy || !state.text.trim()}>
              Check
            </Button>
            <Box component="span">
              <Button variant="contained" onClick={state.apply} disabled={!state.canApply}>
                Apply
              </Button>
            </Box>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
}
