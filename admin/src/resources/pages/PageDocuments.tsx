import DescriptionIcon from '@mui/icons-material/Description';
import PhotoLibraryIcon from '@mui/icons-material/PhotoLibrary';
import { Button, Link, List, ListItem, ListItemIcon, ListItemText, Typography } from '@mui/material';
import { useCallback, useState } from 'react';
import { useCreate, useDelete, useGetList, useGetMany, useNotify, useRecordContext, type RaRecord } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { FileDropZone } from '../../media/FileDropZone';
import { fileUrl, type MediaRecord } from '../../media/mediaRecord';
import { MediaPickerDialog } from '../../media/MediaPickerDialog';
import { UploadRows } from '../../media/UploadRows';
import { useUploads } from '../../media/useUploads';
import { formatFileSize } from '../release-files/fileSize';
import { RelatedSection } from '../sponsors/RelatedSection';

interface PageDocumentRecord extends RaRecord {
  media_id: number | null;
  document: string | null;
}

/** The page's downloadable documents: library files dropped or chosen here, or external URLs. */
export function PageDocuments() {
  const page = useRecordContext();
  const { write } = useAccess('page-documents');
  const notify = useNotify();
  const fail = useCallback((e: unknown) => notify((e as Error).message, { type: 'error' }), [notify]);
  const [create] = useCreate();
  const [remove] = useDelete();
  const [picking, setPicking] = useState(false);
  const { data: documents = [], refetch } = useGetList<PageDocumentRecord>(
    'page-documents',
    { filter: { page_id: page?.id }, sort: { field: 'created', order: 'ASC' }, pagination: { page: 1, perPage: 100 } },
    { enabled: Boolean(page?.id) },
  );
  const mediaIds = documents.flatMap((d) => (d.media_id === null ? [] : [d.media_id]));
  const { data: media = [] } = useGetMany<MediaRecord>('media', { ids: mediaIds }, { enabled: mediaIds.length > 0 });
  const take = useCallback(
    (record: MediaRecord) =>
      page &&
      create('page-documents', { data: { page_id: page.id, media_id: record.id } }, { onSuccess: () => void refetch(), onError: fail }),
    [page, create, refetch, fail],
  );
  const { uploads, start, clearFinished } = useUploads({ onUploaded: take });
  if (!page) return null;

  return (
    <RelatedSection title="Documents">
      {write && (
        <>
          <FileDropZone testId="page-documents-drop-zone" onFiles={start} text="Drop documents here (PDF, text, archives…) to attach them.">
            <Button variant="outlined" startIcon={<PhotoLibraryIcon />} onClick={() => setPicking(true)}>
              Choose from library
            </Button>
          </FileDropZone>
          <UploadRows uploads={uploads} clearFinished={clearFinished} />
          <MediaPickerDialog open={picking} onClose={() => setPicking(false)} onPick={take} />
        </>
      )}
      {documents.length === 0 ? (
        <Typography color="text.secondary" sx={{ mt: 1 }}>
          No documents on this page.
        </Typography>
      ) : (
        <List dense>
          {documents.map((doc) => {
            const file = media.find((m) => m.id === doc.media_id);
            const href = file ? fileUrl(file) : (doc.document ?? '');
            return (
              <ListItem
                key={doc.id}
                data-testid="page-document"
                secondaryAction={
                  write && (
                    <Button
                      size="small"
                      color="inherit"
                      onClick={() =>
                        remove('page-documents', { id: doc.id, previousData: doc }, { mutationMode: 'pessimistic', onError: fail })
                      }
                    >
                      Remove
                    </Button>
                  )
                }
              >
                <ListItemIcon>
                  <DescriptionIcon />
                </ListItemIcon>
                <ListItemText
                  primary={
                    <Link href={href} target="_blank" rel="noopener">
                      {file?.original_name ?? doc.document}
                    </Link>
                  }
                  secondary={file ? `${file.content_type} · ${formatFileSize(file.bytes)}` : 'External URL'}
                />
              </ListItem>
            );
          })}
        </List>
      )}
    </RelatedSection>
  );
}
