import ChatBubbleOutlineIcon from '@mui/icons-material/ChatBubbleOutlineOutlined';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import { Box, Typography } from '@mui/material';
import { jobStatusLabel } from './JobStatusChip';
import { ACTION_LABELS } from './jobActions';
import type { JobHistoryEntry } from './jobWorkflowApi';

const who = (entry: JobHistoryEntry) => entry.actor_username ?? (entry.actor_id === null ? 'the system' : `user #${entry.actor_id}`);

/** A reason or comment as typed: line breaks kept, long words wrapped, never rendered as HTML. */
const Quoted = ({ label, text }: { label?: string; text: string }) => (
  <Typography
    variant="body2"
    component="div"
    sx={{ mt: 0.5, pl: 1, borderLeft: 3, borderColor: 'divider', whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}
  >
    {label && (
      <Typography component="span" variant="body2" color="text.secondary">
        {label}:{' '}
      </Typography>
    )}
    {text}
  </Typography>
);

/** One step of a job's review: a transition (who moved it from where to where, and why) or a comment. */
export function JobTimelineEntry({ entry }: { entry: JobHistoryEntry }) {
  const when = new Date(entry.created);
  const isTransition = entry.kind === 'transition';
  const Icon = isTransition ? SwapHorizIcon : ChatBubbleOutlineIcon;
  return (
    <Box
      component="li"
      sx={{ display: 'flex', gap: 1.5, py: 1.25, borderBottom: 1, borderColor: 'divider', '&:last-child': { borderBottom: 0 } }}
      data-testid={`history-${entry.kind}`}
    >
      <Icon fontSize="small" color={isTransition ? 'primary' : 'action'} sx={{ mt: 0.25 }} aria-hidden />
      <Box sx={{ minWidth: 0, flex: 1 }}>
        <Typography variant="body2">
          {isTransition ? (
            <>
              <b>{ACTION_LABELS[entry.action]?.done ?? entry.action}</b> by {who(entry)}
            </>
          ) : (
            <>
              <b>{who(entry)}</b> commented
            </>
          )}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div" title={when.toLocaleString()}>
          {when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' })}
          {isTransition && ` · ${jobStatusLabel(entry.from_status)} → ${jobStatusLabel(entry.to_status)}`}
        </Typography>
        {isTransition && entry.reason && <Quoted label="Reason" text={entry.reason} />}
        {!isTransition && <Quoted text={entry.comment} />}
      </Box>
    </Box>
  );
}
