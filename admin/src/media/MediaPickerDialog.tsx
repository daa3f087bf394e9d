import {
  Alert,
  Box,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  LinearProgress,
  MenuItem,
  Pagination,
  TextField,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import { useGetList } from 'react-admin';
import { useDebounce } from '../common/useDebounce';
import { MediaCard } from './MediaCard';
import type { MediaRecord } from './mediaRecord';
import { UploadButton } from './UploadButton';

const PER_PAGE = 18;
type Kind = 'image' | 'document';

interface MediaPickerDialogProps {
  open: boolean;
  /** Only files of this kind may be picked (the type filter is fixed to it). */
  kind?: Kind;
  onClose: () => void;
  onPick: (record: MediaRecord) => void;
}

/**
 * The library in a dialog: newest first, searched by name, filtered by type; a click picks a file.
 * A new file can be uploaded from here too, and is picked once it is in.
 */
export function MediaPickerDialog({ open, kind, onClose, onPick }: MediaPickerDialogProps) {
  const [q, setQ] = useState('');
  const [type, setType] = useState<Kind | ''>(kind ?? '');
  const [page, setPage] = useState(1);
  const search = useDebounce(q.trim(), 300);
  const filter = { ...(search && { q: search }), ...(type && { kind: type }) };
  const { data, total, isPending, error } = useGetList<MediaRecord>(
    'media',
    { pagination: { page, perPage: PER_PAGE }, sort: { field: 'created', order: 'DESC' }, filter },
    { enabled: open },
  );
  const pick = (record: MediaRecord) => {
    onPick(record);
    onClose();
  };

  return (
    <Dialog open={open} onClose={onClose} maxWidth="md" fullWidth aria-labelledby="media-picker-title">
      <DialogTitle id="media-picker-title">
        Choose {kind === 'image' ? 'an image' : kind === 'document' ? 'a document' : 'a file'}
      </DialogTitle>
      <DialogContent dividers>
        <Box sx={{ display: 'flex', gap: 2, mb: 2, flexWrap: 'wrap', alignItems: 'center' }}>
          <TextField
            label="Search by file name"
            size="small"
            value={q}
            onChange={(e) => {
              setQ(e.target.value);
              setPage(1);
            }}
            sx={{ flex: '1 1 240px' }}
            autoFocus
          />
          <TextField
            select
            label="Type"
            size="small"
            value={type}
            disabled={Boolean(kind)}
            onChange={(e) => {
              setType(e.target.value as Kind | '');
              setPage(1);
            }}
            sx={{ width: 160 }}
          >
            <MenuItem value="">All</MenuItem>
            <MenuItem value="image">Images</MenuItem>
            <MenuItem value="document">Documents</MenuItem>
          </TextField>
          <UploadButton kind={kind} onUploaded={pick} label="Upload new" />
        </Box>
        {isPending && <LinearProgress />}
        {error && <Alert severity="error">{error.message}</Alert>}
        {data && data.length === 0 && <Typography color="text.secondary">No files match.</Typography>}
        <Box
          role="listbox"
          aria-label="Media files"
          sx={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))', gap: 1.5 }}
        >
          {data?.map((record) => (
            <MediaCard key={record.id} record={record} onClick={() => pick(record)} compact />
          ))}
        </Box>
        {total !== undefined && total > PER_PAGE && (
          <Pagination sx={{ mt: 2 }} count={Math.ceil(total / PER_PAGE)} page={page} onChange={(_, p) => setPage(p)} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
      </DialogActions>
    </Dialog>
  );
}
