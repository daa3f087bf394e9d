import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { IconButton, ListItem, ListItemText, Tooltip } from '@mui/material';
import { useState } from 'react';
import { Confirm, useDelete, useNotify, type RaRecord } from 'react-admin';
import type { RuleResource } from './RuleDialog';

interface ScheduleItemProps {
  resource: RuleResource;
  rule: RaRecord;
  summary: string;
  kind: string;
  /** Undefined for readers who may not change the rules. */
  onEdit?: () => void;
}

/** One rule of an event: its summary, and for editors, edit and delete (after a confirmation). */
export function ScheduleItem({ resource, rule, summary, kind, onEdit }: ScheduleItemProps) {
  const [confirming, setConfirming] = useState(false);
  const [remove, { isPending }] = useDelete();
  const notify = useNotify();
  const onConfirm = () =>
    remove(
      resource,
      { id: rule.id, previousData: rule },
      {
        mutationMode: 'pessimistic',
        onSuccess: () => notify(`${kind} deleted`, { type: 'info' }),
        onError: (error) => notify((error as Error).message || 'The date could not be deleted.', { type: 'error' }),
        onSettled: () => setConfirming(false),
      },
    );
  return (
    <ListItem
      divider
      data-testid="schedule-item"
      secondaryAction={
        onEdit && (
          <>
            <Tooltip title={`Edit this ${kind.toLowerCase()}`}>
              <IconButton aria-label={`Edit ${summary}`} onClick={onEdit}>
                <EditIcon />
              </IconButton>
            </Tooltip>
            <Tooltip title={`Delete this ${kind.toLowerCase()}`}>
              <IconButton aria-label={`Delete ${summary}`} onClick={() => setConfirming(true)}>
                <DeleteIcon />
              </IconButton>
            </Tooltip>
          </>
        )
      }
    >
      <ListItemText primary={summary} secondary={kind} />
      <Confirm
        isOpen={confirming}
        loading={isPending}
        title={`Delete this ${kind.toLowerCase()}?`}
        content={summary}
        confirm="Delete"
        onConfirm={onConfirm}
        onClose={() => setConfirming(false)}
      />
    </ListItem>
  );
}
