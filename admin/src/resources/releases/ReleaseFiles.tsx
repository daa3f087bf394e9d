import EditIcon from '@mui/icons-material/Edit';
import { Box, IconButton, Stack, Tooltip, Typography } from '@mui/material';
import { useState } from 'react';
import { DataTable, ReferenceManyField, useRecordContext, type RaRecord } from 'react-admin';
import { useAccess } from '../../api/permissions';
import { ReleaseFileDialog } from '../release-files/ReleaseFileDialog';
import { releaseFileColumns } from '../release-files/releaseFileColumns';
import { AddFileButton } from './AddFileButton';
import { ImportFilesButton } from './ImportFilesButton';
import { ReleaseFilesEmpty } from './ReleaseFilesEmpty';
import { ReleaseFilesSummary } from './ReleaseFilesSummary';

/**
 * The release's files, grouped by operating system. Release managers edit a file in place (a click on
 * its row opens a dialog); readers open the file's own page.
 */
export function ReleaseFiles() {
  const release = useRecordContext();
  const { write } = useAccess('release-files');
  const [editing, setEditing] = useState<RaRecord | null>(null);
  if (!release) return null;
  const open = (record: RaRecord) => {
    setEditing(record);
    return false as const;
  };
  return (
    <Box component="section" aria-label="Files" sx={{ px: 2, pt: 1, pb: 2 }}>
      <ReferenceManyField reference="release-files" target="release_id" sort={{ field: 'os_id', order: 'ASC' }} perPage={200}>
        <Stack direction="row" sx={{ alignItems: 'center', justifyContent: 'space-between', mb: 1, gap: 2 }}>
          <Box>
            <Typography variant="h6" component="h2">
              Files
            </Typography>
            <ReleaseFilesSummary />
          </Box>
          {write && (
            <Stack direction="row" sx={{ gap: 1 }}>
              <ImportFilesButton />
              <AddFileButton />
            </Stack>
          )}
        </Stack>
        <DataTable
          rowClick={write ? (_id, _resource, record) => open(record) : 'show'}
          bulkActionButtons={false}
          empty={<ReleaseFilesEmpty canAdd={write} />}
          size="small"
        >
          <DataTable.Col source="name" label="Name" />
          {releaseFileColumns}
          {write && (
            <DataTable.Col
              label=""
              disableSort
              align="right"
              render={(record: RaRecord) => (
                <Tooltip title={`Edit ${record.name}`}>
                  <IconButton
                    size="small"
                    aria-label={`Edit ${record.name}`}
                    onClick={(event) => {
                      event.stopPropagation();
                      open(record);
                    }}
                  >
                    <EditIcon fontSize="small" />
                  </IconButton>
                </Tooltip>
              )}
            />
          )}
        </DataTable>
      </ReferenceManyField>
      <ReleaseFileDialog file={editing} onClose={() => setEditing(null)} />
    </Box>
  );
}
