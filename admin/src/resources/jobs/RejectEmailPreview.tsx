import { Alert, Box, LinearProgress, Paper, Typography } from '@mui/material';
import { useRejectPreview } from './useRejectPreview';

/**
 * The rejection e-mail exactly as the submitter will get it, refreshed as the reason changes, so
 * the moderator reads what they are about to send before confirming.
 */
export function RejectEmailPreview({ jobId, reason, note }: { jobId: number; reason: string; note?: string }) {
  const { preview, error, loading } = useRejectPreview(jobId, reason);
  const blank = !reason.trim();
  return (
    <Box sx={{ mt: 2 }}>
      <Typography variant="subtitle2" component="h3" gutterBottom>
        The e-mail the submitter will get
      </Typography>
      {note && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
          {note}
        </Typography>
      )}
      {error && !blank && (
        <Alert severity="warning" sx={{ mb: 1 }}>
          {error}
        </Alert>
      )}
      {(blank || preview || !error) && (
        <Paper
          variant="outlined"
          sx={{ p: 2, bgcolor: 'action.hover', position: 'relative' }}
          data-testid="reject-preview"
          aria-busy={loading}
        >
          {loading && <LinearProgress sx={{ position: 'absolute', top: 0, left: 0, right: 0 }} aria-label="Updating the preview" />}
          {blank ? (
            <Typography variant="body2" color="text.secondary">
              Choose or type a reason to see the e-mail.
            </Typography>
          ) : !preview ? (
            <Typography variant="body2" color="text.secondary">
              Preparing the e-mail…
            </Typography>
          ) : (
            <>
              <Typography variant="body2">
                <b>To:</b> {preview.to.join(', ') || '—'}
              </Typography>
              <Typography variant="body2" sx={{ mb: 1 }}>
                <b>Subject:</b> {preview.subject}
              </Typography>
              <Box
                component="pre"
                sx={{
                  m: 0,
                  fontFamily: 'monospace',
                  fontSize: '0.8125rem',
                  whiteSpace: 'pre-wrap',
                  wordBreak: 'break-word',
                  maxHeight: 280,
                  overflow: 'auto',
                }}
                data-testid="reject-preview-text"
              >
                {preview.text}
              </Box>
            </>
          )}
        </Paper>
      )}
    </Box>
  );
}
