import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Box, Button, LinearProgress, Typography } from '@mui/material';
import { useRef, useState } from 'react';
import type { MediaRecord } from './mediaRecord';
import { uploadFile } from './uploadFile';

interface UploadButtonProps {
  kind?: 'image' | 'document';
  onUploaded: (record: MediaRecord) => void;
  label?: string;
}

/** Choose one file and upload it to the library, with its progress and the server's refusal in words. */
export function UploadButton({ kind, onUploaded, label = 'Upload' }: UploadButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const upload = async (file: File | undefined) => {
    if (!file) return;
    setError(null);
    setProgress(0);
    const result = await uploadFile(file, setProgress, { use: kind });
    setProgress(null);
    if (result.ok) onUploaded(result.record);
    else setError(result.message);
  };
  return (
    <Box sx={{ display: 'inline-flex', flexDirection: 'column', gap: 0.5 }}>
      <Button variant="outlined" startIcon={<CloudUploadIcon />} onClick={() => input.current?.click()} disabled={progress !== null}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={kind === 'image' ? 'image/*' : undefined}
        onChange={(e) => {
          void upload(e.target.files?.[0]);
          e.target.value = '';
        }}
      />
      {progress !== null && <LinearProgress variant="determinate" value={Math.round(progress * 100)} aria-label="Uploading" />}
      {error && (
        <Typography variant="caption" color="error" role="alert">
          {error}
        </Typography>
      )}
    </Box>
  );
}
