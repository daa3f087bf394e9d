import { Box, Button, Typography } from '@mui/material';
import { useInput, useRecordContext } from 'react-admin';
import { describePoint, FocalPointPicker } from './FocalPointPicker';
import { variantUrl, type FocalPoint, type MediaRecord } from './mediaRecord';

/** The image's web variant, large; a click sets the form's `focal_point`. */
export function FocalPointInput() {
  const record = useRecordContext<MediaRecord>();
  const { field } = useInput<FocalPoint | null>({ source: 'focal_point' });
  if (!record || record.kind !== 'image') return null;
  const point = field.value ?? null;
  return (
    <Box sx={{ mb: 2 }}>
      <FocalPointPicker src={variantUrl(record, 'web')} alt={record.alt ?? ''} point={point} onChange={field.onChange} />
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {describePoint(point)}
        </Typography>
        {point && (
          <Button size="small" onClick={() => field.onChange(null)}>
            Clear focal point
          </Button>
        )}
      </Box>
    </Box>
  );
}
