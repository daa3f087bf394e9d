import DescriptionIcon from '@mui/icons-material/Description';
import { Box, Card, CardActionArea, CardContent, Typography } from '@mui/material';
import { Link as RouterLink } from 'react-router-dom';
import { formatFileSize } from '../resources/release-files/fileSize';
import { variantUrl, type MediaRecord } from './mediaRecord';

interface MediaCardProps {
  record: MediaRecord;
  /** Opens the record's screen. */
  to?: string | null;
  /** Picks the file instead (the picker dialog). */
  onClick?: () => void;
  /** Smaller, for the picker's denser grid. */
  compact?: boolean;
}

/** One file of a grid: an image's thumbnail, or a document's icon; opens the record, or picks it. */
export function MediaCard({ record, to, onClick, compact }: MediaCardProps) {
  const body = (
    <>
      <Box sx={{ height: compact ? 110 : 160, display: 'flex', alignItems: 'center', justifyContent: 'center', bgcolor: 'action.hover' }}>
        {record.kind === 'image' ? (
          <Box
            component="img"
            src={variantUrl(record, 'thumb')}
            alt={record.alt ?? ''}
            loading="lazy"
            sx={{ maxWidth: '100%', maxHeight: '100%', objectFit: 'contain' }}
          />
        ) : (
          <DescriptionIcon sx={{ fontSize: compact ? 48 : 64 }} color="action" />
        )}
      </Box>
      <CardContent sx={{ py: 1 }}>
        <Typography variant="body2" noWrap title={record.original_name}>
          {record.original_name}
        </Typography>
        <Typography variant="caption" color="text.secondary">
          {formatFileSize(record.bytes)}
          {record.width && record.height ? ` · ${record.width}×${record.height}` : ''}
        </Typography>
      </CardContent>
    </>
  );
  return (
    <Card variant="outlined" data-testid="media-card">
      {onClick ? (
        <CardActionArea onClick={onClick} role="option" aria-selected={false} aria-label={record.original_name}>
          {body}
        </CardActionArea>
      ) : to ? (
        <CardActionArea component={RouterLink} to={to}>
          {body}
        </CardActionArea>
      ) : (
        body
      )}
    </Card>
  );
}
