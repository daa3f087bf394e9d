import { Box, Button, Typography } from '@mui/material';
import type { MouseEvent } from 'react';
import { useInput, useRecordContext } from 'react-admin';
import { variantUrl, type FocalPoint, type MediaRecord } from './mediaRecord';

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;

/**
 * The image's web variant, large; a click sets `focal_point` to where it landed (0..1 of the shown
 * image, which keeps the original's proportions), and a marker shows the current point.
 */
export function FocalPointInput() {
  const record = useRecordContext<MediaRecord>();
  const { field } = useInput<FocalPoint | null>({ source: 'focal_point' });
  if (!record || record.kind !== 'image') return null;
  const point = field.value ?? null;

  const onClick = (e: MouseEvent<HTMLImageElement>) => {
    const box = e.currentTarget.getBoundingClientRect();
    field.onChange({ x: round((e.clientX - box.left) / box.width), y: round((e.clientY - box.top) / box.height) });
  };

  return (
    <Box sx={{ mb: 2 }}>
      <Box sx={{ position: 'relative', display: 'inline-block', lineHeight: 0, cursor: 'crosshair' }}>
        <Box
          component="img"
          src={variantUrl(record, 'web')}
          alt={record.alt ?? ''}
          data-testid="focal-point-image"
          onClick={onClick}
          sx={{ display: 'block', maxWidth: '100%', maxHeight: '70vh' }}
        />
        {point && (
          <Box
            data-testid="focal-point-marker"
            sx={{
              position: 'absolute',
              left: `${point.x * 100}%`,
              top: `${point.y * 100}%`,
              width: 24,
              height: 24,
              transform: 'translate(-50%, -50%)',
              borderRadius: '50%',
              border: '3px solid white',
              boxShadow: '0 0 0 2px rgba(0,0,0,0.7)',
              pointerEvents: 'none',
            }}
          />
        )}
      </Box>
      <Box sx={{ display: 'flex', alignItems: 'center', gap: 2, mt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {point
            ? `Focal point: ${Math.round(point.x * 100)}% from the left, ${Math.round(point.y * 100)}% from the top`
            : 'Click the image to set the focal point kept in view when it is cropped.'}
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
