import { Alert, Button, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, LinearProgress } from '@mui/material';
import { useId, useState } from 'react';
import { useOnOpen } from '../../common/useOnOpen';
import { uploadFile } from '../../media/uploadFile';

interface Props {
  open: boolean;
  busy: boolean;
  /** Called with the media id of the uploaded signed document. */
  onConfirm: (signedDocumentMediaId: number) => Promise<void>;
  onClose: () => void;
}

/** Executing takes the signed agreement: it is uploaded to the media library first, then the contract executes with it. */
export function ExecuteDialog({ open, busy, onConfirm, onClose }: Props) {
  const titleId = useId();
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useOnOpen(open, () => {
    setFile(null);
    setProgress(null);
    setProblem(null);
  });
  const working = busy || progress !== null;
  const execute = async () => {
    if (!file) return;
    setProblem(null);
    setProgress(0);
    const uploaded = await uploadFile(file, setProgress, { use: 'document' });
    setProgress(null);
    if (!uploaded.ok) {
      setProblem(uploaded.message);
      return;
    }
    await onConfirm(uploaded.record.id);
  };
  return (
    <Dialog open={open} onClose={working ? undefined : onClose} fullWidth maxWidth="sm" aria-labelledby={titleId}>
      <DialogTitle id={titleId}>Execute the contract</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>
          Upload the agreement as signed by both parties. Executing finalizes the sponsorship, marks the sponsor&apos;s earlier overlapping
          sponsorships as overlapped by this one, and tells the sponsor&apos;s contacts.
        </DialogContentText>
        <Button variant="outlined" component="label" disabled={working}>
          {file ? `Signed document: ${file.name}` : 'Choose the signed document…'}
          <input
            hidden
            type="file"
            accept="application/pdf,.pdf"
            aria-label="Signed document"
            data-testid="signed-document-input"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
        </Button>
        {progress !== null && <LinearProgress variant="determinate" value={progress * 100} sx={{ mt: 2 }} />}
        {problem && (
          <Alert severity="error" sx={{ mt: 2 }}>
            {problem}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={working}>
          Cancel
        </Button>
        <Button variant="contained" color="success" disabled={!file || working} onClick={() => void execute()}>
          Execute
        </Button>
      </DialogActions>
    </Dialog>
  );
}
