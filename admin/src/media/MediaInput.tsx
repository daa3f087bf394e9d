import DescriptionIcon from '@mui/icons-material/Description';
import PhotoLibraryIcon from '@mui/icons-material/PhotoLibrary';
import { Box, Button, FormHelperText, FormLabel, LinearProgress, Paper, Typography } from '@mui/material';
import { useState, type DragEvent } from 'react';
import { useGetOne, useInput, type Validator } from 'react-admin';
import { formatFileSize } from '../resources/release-files/fileSize';
import { AltTextEditor } from './AltTextEditor';
import { variantUrl, type MediaRecord } from './mediaRecord';
import { MediaPickerDialog } from './MediaPickerDialog';
import { UploadButton } from './UploadButton';
import { uploadFile } from './uploadFile';

export interface MediaInputProps {
  source: string;
  label: string;
  /** The kind the column takes (the server refuses others); any when absent. */
  kind?: 'image' | 'document';
  /** An image shown on a page: its alt text is edited right here, and required. */
  needsAlt?: boolean;
  helperText?: string;
  validate?: Validator | Validator[];
}

/**
 * A form input holding a media library file's id: shows the file (thumbnail or name), and lets the
 * user choose another from the library, upload one on the spot (button or drop), or remove it.
 */
export function MediaInput({ source, label, kind, needsAlt, helperText, validate }: MediaInputProps) {
  const { field, fieldState } = useInput<number | null>({ source, validate });
  const id = typeof field.value === 'number' ? field.value : null;
  const { data: record, refetch } = useGetOne<MediaRecord>('media', { id: id! }, { enabled: id !== null });
  const [picking, setPicking] = useState(false);
  const [over, setOver] = useState(false);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = (chosen: MediaRecord) => {
    setError(null);
    field.onChange(chosen.id);
    field.onBlur();
  };
  const onDrop = async (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const file = e.dataTransfer.files[0];
    if (!file) return;
    setError(null);
    setProgress(0);
    const result = await uploadFile(file, setProgress, { use: kind });
    setProgress(null);
    if (result.ok) choose(result.record);
    else setError(result.message);
  };
  const onDrag = (e: DragEvent) => {
    e.preventDefault();
    setOver(true);
  };
  const shown = record && record.id === id ? record : undefined;
  const problem = error ?? fieldState.error?.message;

  return (
    <Box sx={{ mb: 2, width: '100%', maxWidth: 720 }} data-testid={`media-input-${source}`}>
      <FormLabel component="legend" sx={{ mb: 0.5, fontSize: '0.85rem' }}>
        {label}
      </FormLabel>
      <Paper
        variant="outlined"
        onDragEnter={onDrag}
        onDragOver={onDrag}
        onDragLeave={() => setOver(false)}
        onDrop={(e) => void onDrop(e)}
        sx={{
          p: 1.5,
          display: 'flex',
          gap: 2,
          alignItems: 'center',
          flexWrap: 'wrap',
          borderStyle: 'dashed',
          borderColor: over ? 'primary.main' : problem ? 'error.main' : 'divider',
          bgcolor: over ? 'action.hover' : undefined,
        }}
      >
        {shown ? (
          <>
            {shown.kind === 'image' ? (
              <Box
                component="img"
                src={variantUrl(shown, 'thumb')}
                alt={shown.alt ?? ''}
                data-testid="media-input-thumbnail"
                sx={{ width: 96, height: 72, objectFit: 'contain', bgcolor: 'action.hover' }}
              />
            ) : (
              <DescriptionIcon sx={{ fontSize: 48 }} color="action" />
            )}
            <Box sx={{ flex: '1 1 160px', minWidth: 0 }}>
              <Typography variant="body2" noWrap title={shown.original_name}>
                {shown.original_name}
              </Typography>
              <Typography variant="caption" color="text.secondary">
                {formatFileSize(shown.bytes)}
                {shown.width && shown.height ? ` · ${shown.width}×${shown.height}` : ''}
              </Typography>
            </Box>
          </>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ flex: '1 1 160px' }}>
            {id !== null
              ? 'Loading…'
              : `No file. Drop ${kind === 'image' ? 'an image' : 'a file'} here, upload one, or choose from the library.`}
          </Typography>
        )}
        <Box sx={{ display: 'flex', gap: 1, flexWrap: 'wrap', alignItems: 'flex-start' }}>
          <Button variant="outlined" startIcon={<PhotoLibraryIcon />} onClick={() => setPicking(true)}>
            {id !== null ? 'Change' : 'Choose from library'}
          </Button>
          <UploadButton kind={kind} onUploaded={choose} />
          {id !== null && (
            <Button color="inherit" onClick={() => field.onChange(null)}>
              Remove
            </Button>
          )}
        </Box>
        {progress !== null && (
          <LinearProgress variant="determinate" value={Math.round(progress * 100)} sx={{ width: '100%' }} aria-label="Uploading" />
        )}
      </Paper>
      {shown?.kind === 'image' && needsAlt && (
        <Box sx={{ mt: 1 }}>
          <AltTextEditor record={shown} required onSaved={() => void refetch()} />
        </Box>
      )}
      {problem ? (
        <FormHelperText error role="alert">
          {problem}
        </FormHelperText>
      ) : (
        helperText && <FormHelperText>{helperText}</FormHelperText>
      )}
      <MediaPickerDialog open={picking} kind={kind} onClose={() => setPicking(false)} onPick={choose} />
    </Box>
  );
}
