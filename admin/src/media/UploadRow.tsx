import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import { Box, LinearProgress, Link, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { formatFileSize } from '../resources/release-files/fileSize';
import type { Upload } from './useUploads';

/** One file of an upload: its progress bar, then a link to its record or the server's reason for refusing it. */
export function UploadRow({ upload }: { upload: Upload }) {
  return (
    <Box data-testid="upload-row" data-state={upload.state} sx={{ display: 'flex', alignItems: 'center', gap: 2, py: 0.5 }}>
      <Typography
        variant="body2"
        sx={{ width: 260, overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
        title={upload.name}
      >
        {upload.name}{' '}
        <Typography component="span" variant="caption" color="text.secondary">
          {formatFileSize(upload.size)}
        </Typography>
      </Typography>
      <Box sx={{ flex: 1, display: 'flex', alignItems: 'center', gap: 1, minWidth: 0 }}>
        {upload.state === 'uploading' && (
          <LinearProgress
            variant="determinate"
            value={Math.round(upload.progress * 100)}
            sx={{ flex: 1 }}
            aria-label={`Uploading ${upload.name}`}
          />
        )}
        {upload.state === 'done' && upload.record && (
          <>
            <CheckCircleIcon color="success" fontSize="small" />
            <Link component={RouterLink} to={`/media/${upload.record.id}`} variant="body2">
              Uploaded — edit
            </Link>
          </>
        )}
        {upload.state === 'failed' && (
          <>
            <ErrorIcon color="error" fontSize="small" />
            <Typography variant="body2" color="error" role="alert">
              {upload.error}
            </Typography>
          </>
        )}
      </Box>
    </Box>
  );
}
