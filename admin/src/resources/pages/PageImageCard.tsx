import { Box, Button, Card, CardContent, Typography } from '@mui/material';
import { useDelete, useNotify, useUpdate, type RaRecord } from 'react-admin';
import { AltTextEditor } from '../../media/AltTextEditor';
import { describePoint, FocalPointPicker } from '../../media/FocalPointPicker';
import { variantUrl, type FocalPoint, type MediaRecord } from '../../media/mediaRecord';

export interface PageImageRecord extends RaRecord {
  page_id: number;
  media_id: number | null;
  image: string | null;
}

/**
 * One image of the page: its thumbnail, where a click sets the focal point, and its alt text, both
 * saved to the library file at once; or an external image by its URL. Removing it leaves the file in the library.
 */
export function PageImageCard({ image, media, editable }: { image: PageImageRecord; media?: MediaRecord; editable: boolean }) {
  const [update] = useUpdate<MediaRecord>();
  const [remove, { isPending: removing }] = useDelete();
  const notify = useNotify();
  const fail = (error: unknown) => notify((error as Error).message, { type: 'error' });
  const setPoint = (focal_point: FocalPoint) =>
    media &&
    update(
      'media',
      { id: media.id, data: { focal_point, row_version: media.row_version }, previousData: media },
      { mutationMode: 'pessimistic', onError: fail },
    );
  return (
    <Card variant="outlined" data-testid="page-image">
      <Box sx={{ display: 'flex', justifyContent: 'center', bgcolor: 'action.hover', minHeight: 120 }}>
        {media ? (
          <FocalPointPicker
            src={variantUrl(media, 'thumb')}
            alt={media.alt ?? ''}
            point={media.focal_point}
            onChange={setPoint}
            maxHeight={180}
            disabled={!editable}
          />
        ) : (
          image.image && <Box component="img" src={image.image} alt="" sx={{ maxWidth: '100%', maxHeight: 180 }} />
        )}
      </Box>
      <CardContent sx={{ display: 'flex', flexDirection: 'column', gap: 1 }}>
        {media ? (
          <>
            <Typography variant="body2" noWrap title={media.original_name}>
              {media.original_name}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {describePoint(media.focal_point)}
            </Typography>
            {editable ? <AltTextEditor record={media} required /> : <Typography variant="body2">Alt text: {media.alt ?? '—'}</Typography>}
          </>
        ) : (
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            External image: {image.image}
          </Typography>
        )}
        {editable && (
          <Button
            size="small"
            color="inherit"
            disabled={removing}
            sx={{ alignSelf: 'flex-start' }}
            onClick={() => remove('page-images', { id: image.id, previousData: image }, { mutationMode: 'pessimistic', onError: fail })}
          >
            Remove from page
          </Button>
        )}
      </CardContent>
    </Card>
  );
}
