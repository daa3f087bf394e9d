import CloseIcon from '@mui/icons-material/Close';
import ManageHistoryIcon from '@mui/icons-material/ManageHistory';
import { Box, Button, Drawer, IconButton, Typography } from '@mui/material';
import { useState } from 'react';
import { useRecordContext, useResourceContext } from 'react-admin';
import { versionedResource } from './versioned';
import { VersionsPanel } from './VersionsPanel';

/**
 * "Versions" beside "History" on the edit screen of a versioned resource: a wide drawer over the
 * form with the record's saved versions, a comparison of any two, and Restore. Other resources get
 * nothing.
 */
export function VersionsButton() {
  const record = useRecordContext();
  const resource = useResourceContext();
  const [open, setOpen] = useState(false);
  if (!record || !resource || !versionedResource(resource)) return null;
  const close = () => setOpen(false);
  return (
    <>
      <Button size="small" startIcon={<ManageHistoryIcon />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Versions
      </Button>
      <Drawer
        anchor="right"
        open={open}
        onClose={close}
        slotProps={{ paper: { role: 'dialog', 'aria-modal': true, 'aria-labelledby': 'versions-title' } }}
      >
        <Box
          sx={{ width: { xs: '100vw', md: 'min(1320px, 94vw)' }, height: '100%', display: 'flex', flexDirection: 'column', p: 2, pb: 0 }}
        >
          <Box sx={{ display: 'flex', alignItems: 'center', mb: 1 }}>
            <Typography variant="h6" component="h2" id="versions-title" sx={{ flex: 1 }}>
              Versions
            </Typography>
            <IconButton aria-label="Close versions" onClick={close}>
              <CloseIcon />
            </IconButton>
          </Box>
          {open && <VersionsPanel resource={resource} record={record} />}
        </Box>
      </Drawer>
    </>
  );
}
