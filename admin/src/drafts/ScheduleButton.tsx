import ScheduleIcon from '@mui/icons-material/Schedule';
import { Button, Chip } from '@mui/material';
import { useState } from 'react';
import { useNotify, useRecordContext, useResourceContext } from 'react-admin';
import { versionedResource } from '../common/versions/versioned';
import { saveSchedule, type EditorialFields, type Schedule } from './draftsApi';
import { showInstant } from './localTime';
import { ScheduleDialog } from './ScheduleDialog';
import { useRecordSchedule } from './useRecordSchedule';

/** The pending scheduled publish and unpublish as chips, and "Schedule" to set or clear them. */
export function ScheduleButton() {
  const resource = useResourceContext() ?? '';
  const record = useRecordContext<EditorialFields & { id: number }>();
  const versioned = versionedResource(resource);
  const notify = useNotify();
  const { schedule, setSchedule } = useRecordSchedule();
  const [open, setOpen] = useState(false);
  if (!record || !versioned) return null;

  const save = async (change: Partial<Schedule>) => {
    const saved = await saveSchedule(resource, record.id, change);
    setSchedule(saved);
    setOpen(false);
    notify(saved.publish_at || saved.unpublish_at ? 'Schedule saved.' : 'Nothing is scheduled any more.', { type: 'success' });
  };

  return (
    <>
      {schedule.publish_at && (
        <Chip
          size="small"
          color="info"
          variant="outlined"
          label={`Publishes ${showInstant(schedule.publish_at)}`}
          data-testid="publish-at"
        />
      )}
      {schedule.unpublish_at && (
        <Chip size="small" variant="outlined" label={`Unpublishes ${showInstant(schedule.unpublish_at)}`} data-testid="unpublish-at" />
      )}
      <Button size="small" startIcon={<ScheduleIcon />} onClick={() => setOpen(true)} aria-haspopup="dialog">
        Schedule
      </Button>
      {/* Mounted while open only, so each opening starts from the pending schedule. */}
      {open && (
        <ScheduleDialog
          open
          noun={versioned.noun}
          hasDraft={Boolean(record.has_draft)}
          unpublishable={Boolean(versioned.unpublishable)}
          pending={schedule}
          onSave={save}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}
