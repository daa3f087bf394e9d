import CancelIcon from '@mui/icons-material/Cancel';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { List, ListItem, ListItemIcon, ListItemText } from '@mui/material';
import type { ChecklistItem } from '../../../../server/domain/releaseChecklist';

/** The server states a passing release date as an instant; people read it in their own time zone. */
function detailOf(item: ChecklistItem): string | undefined {
  if (!item.detail) return undefined;
  if (item.key === 'release_date' && item.ok) {
    const when = new Date(item.detail);
    if (!Number.isNaN(when.getTime())) return when.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }
  return item.detail;
}

/** Checklist items with a tick or a cross, and under each what was found or what is missing. */
export function ChecklistItems({ items, label }: { items: ChecklistItem[]; label: string }) {
  return (
    <List dense disablePadding aria-label={label}>
      {items.map((item) => (
        <ListItem key={item.key} disableGutters alignItems="flex-start" data-ok={item.ok} data-key={item.key}>
          <ListItemIcon sx={{ minWidth: 32, mt: 0.5 }}>
            {item.ok ? (
              <CheckCircleIcon color="success" fontSize="small" titleAccess="Done" />
            ) : (
              <CancelIcon color="error" fontSize="small" titleAccess="Missing" />
            )}
          </ListItemIcon>
          <ListItemText
            primary={item.label}
            secondary={detailOf(item)}
            slotProps={{ secondary: { sx: { overflowWrap: 'anywhere', color: item.ok ? 'text.secondary' : 'error.main' } } }}
          />
        </ListItem>
      ))}
    </List>
  );
}
