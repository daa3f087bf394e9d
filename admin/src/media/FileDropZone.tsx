import CloudUploadIcon from '@mui/icons-material/CloudUpload';
import { Button, Paper, Typography } from '@mui/material';
import { useRef, useState, type DragEvent, type ReactNode } from 'react';

interface FileDropZoneProps {
  onFiles: (files: File[]) => void;
  text: string;
  testId: string;
  /** For the file chooser: "image/*" offers images first. */
  accept?: string;
  /** More buttons beside "Choose files" (e.g. "Choose from library"). */
  children?: ReactNode;
}

/** A dashed area that takes dropped files (several at once), with a button to choose them instead. */
export function FileDropZone({ onFiles, text, testId, accept, children }: FileDropZoneProps) {
  const [over, setOver] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const onDrag = (e: DragEvent) => {
    e.preventDefault();
    setOver(true);
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    onFiles(Array.from(e.dataTransfer.files));
  };
  return (
    <Paper
      variant="outlined"
      data-testid={testId}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
      sx={{
        p: 2,
        display: 'flex',
        alignItems: 'center',
        flexWrap: 'wrap',
        gap: 2,
        borderStyle: 'dashed',
        borderWidth: 2,
        borderColor: over ? 'primary.main' : 'divider',
        bgcolor: over ? 'action.hover' : undefined,
      }}
    >
      <CloudUploadIcon color="action" fontSize="large" />
      <Typography sx={{ flex: '1 1 240px' }}>{text}</Typography>
      <Button variant="contained" onClick={() => input.current?.click()}>
        Choose files
      </Button>
      {children}
      <input
        ref={input}
        type="file"
        multiple
        hidden
        accept={accept}
        onChange={(e) => {
          onFiles(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
      />
    </Paper>
  );
}
