import PhotoLibraryIcon from '@mui/icons-material/PhotoLibrary';
import { Box, Button, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useCreate, useGetList, useGetMany, useNotify, useRecordContext } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { FileDropZone } from '../../media/FileDropZone';
import type { MediaRecord } from '../../media/mediaRecord';
import { MediaPickerDialog } from '../../media/MediaPickerDialog';
import { UploadRows } from '../../media/UploadRows';
import { useUploads } from '../../media/useUploads';
import { RelatedSection } from '../sponsors/RelatedSection';
import { PageImageCard, type PageImageRecord } from './PageImageCard';
import { PendingImageCard } from './PendingImageCard';

const grid = { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(240px, 1fr))', gap: 2, mt: 2 } as const;

/**
 * The page's images, below its form: each a library file (thumbnail, focal point, alt text) or an
 * external URL. Images dropped here go to the library and onto the page; one without alt text waits
 * for it first. They are records of their own, saved as they are changed, not by the page's Save.
 */
export function PageImages() {
  const page = useRecordContext();
  const { write } = useAccess('page-images');
  const notify = useNotify();
  const [create] = useCreate();
  const [pending, setPending] = useState<MediaRecord[]>([]);
  const [picking, setPicking] = useState(false);
  const { data: images = [], refetch } = useGetList<PageImageRecord>(
    'page-images',
    { filter: { page_id: page?.id }, sort: { field: 'created', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: Boolean(page?.id) },
  );
  const mediaIds = images.flatMap((i) => (i.media_id === null ? [] : [i.media_id]));
  const { data: media = [] } = useGetMany<MediaRecord>('media', { ids: mediaIds }, { enabled: mediaIds.length > 0 });

  // A file with alt text goes straight onto the page; one without waits on a card asking for it.
  const take = useCallback(
    (record: MediaRecord) => {
      if (!page) return;
      if (record.alt?.trim()) {
        create(
          'page-images',
          { data: { page_id: page.id, media_id: record.id } },
          { onSuccess: () => void refetch(), onError: (e) => notify((e as Error).message, { type: 'error' }) },
        );
      } else setPending((all) => (all.some((r) => r.id === record.id) ? all : [...all, record]));
    },
    [page, create, refetch, notify],
  );
  const { uploads, start, clearFinished } = useUploads({ use: 'image', onUploaded: take });
  if (!page) return null;

  return (
    <RelatedSection title="Images">
      {write && (
        <>
          <FileDropZone testId="page-images-drop-zone" onFiles={start} accept="image/*" text="Drop images here to add them to the page.">
            <Button variant="outlined" startIcon={<PhotoLibraryIcon />} onClick={() => setPicking(true)}>
              Choose from library
            </Button>
          </FileDropZone>
          <UploadRows uploads={uploads} clearFinished={clearFinished} />
          <MediaPickerDialog open={picking} kind="image" onClose={() => setPicking(false)} onPick={take} />
        </>
      )}
      {pending.length > 0 && (
        <Box sx={grid}>
          {pending.map((record) => (
            <PendingImageCard
              key={record.id}
              record={record}
              pageId={page.id as number}
              onDone={(added) => {
                setPending((all) => all.filter((r) => r.id !== record.id));
                if (added) void refetch();
              }}
            />
          ))}
        </Box>
      )}
      {images.length === 0 && pending.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          No images on this page.
        </Typography>
      ) : (
        <Box sx={grid}>
          {images.map((image) => (
            <PageImageCard key={image.id} image={image} media={media.find((m) => m.id === image.media_id)} editable={write} />
          ))}
        </Box>
      )}
    </RelatedSection>
  );
}
