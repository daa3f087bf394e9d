import { Box } from '@mui/material';
import type { MouseEvent } from 'react';
import type { FocalPoint } from './mediaRecord';

const round = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 1000) / 1000;

interface FocalPointPickerProps {
  src: string;
  alt: string;
  point: FocalPoint | null;
  onChange: (point: FocalPoint) => void;
  /** How tall the image may be shown (it keeps its proportions, so a click maps to the original). */
  maxHeight?: number | string;
  disabled?: boolean;
}

/** An image whose click sets the focal point to where it landed (0..1 of the shown image), with a marker at the current point. */
export function FocalPointPicker({ src, alt, point, onChange, maxHeight = '70vh', disabled }: FocalPointPickerProps) {
  const onClick = (e: MouseEvent<HTMLImageElement>) => {
    if (disabled) return;
    const box = e.currentTarget.getBoundingClientRect();
    onChange({ x: round((e.clientX - box.left) / box.width), y: round((e.clientY - box.top) / box.height) });
  };
  return (
    <Box sx={{ position: 'relative', display: 'inline-block', lineHeight: 0, cursor: disabled ? undefined : 'crosshair' }}>
      <Box
        component="img"
        src={src}
        alt={alt}
        data-testid="focal-point-image"
        onClick={onClick}
        sx={{ display: 'block', maxWidth: '100%', maxHeight }}
      />
      {point && (
        <Box
          data-testid="focal-point-marker"
          sx={{
            position: 'absolute',
            left: `${point.x * 100}%`,
            top: `${point.y * 100}%`,
            width: 20,
            height: 20,
            transform: 'translate(-50%, -50%)',
            borderRadius: '50%',
            border: '3px solid white',
            boxShadow: '0 0 0 2px rgba(0,0,0,0.7)',
            pointerEvents: 'none',
          }}
        />
      )}
    </Box>
  );
}

/** The focal point in words, for the line under a picker. */
export const describePoint = (point: FocalPoint | null) =>
  point
    ? `Focal point: ${Math.round(point.x * 100)}% from the left, ${Math.round(point.y * 100)}% from the top`
    : 'Click the image to set the focal point kept in view when it is cropped.';
