import ScheduleIcon from '@mui/icons-material/Schedule';
import { ListSubheader } from '@mui/material';
import { Fragment } from 'react';
import { Menu, usePermissions, useSidebarState } from 'react-admin';
import type { Permissions } from '../api/permissions';
import { MENU_GROUPS, registry } from '../resources';
import { useSchedules } from '../schedule/useSchedule';

/** The groups where the user can change something come first: a moderator starts at Jobs. */
function ownGroupsFirst(permissions: Permissions | undefined) {
  const writes = (group: string) => registry.some((r) => r.group === group && !r.hidden && permissions?.resources[r.name]?.write);
  return [...MENU_GROUPS.filter(writes), ...MENU_GROUPS.filter((g) => !writes(g))];
}

/** The menu, grouped by the people who use it; only lists a user can read are offered. */
export function AppMenu() {
  const { permissions } = usePermissions<Permissions>();
  const [open] = useSidebarState();
  const schedules = useSchedules();
  return (
    <Menu>
      <Menu.DashboardItem />
      {schedules && <Menu.Item to="/schedule" primaryText="Scheduled publishing" leftIcon={<ScheduleIcon />} />}
      {ownGroupsFirst(permissions).map((group) => {
        const items = registry.filter((r) => r.group === group && !r.hidden && permissions?.resources[r.name]?.read === 'full');
        if (!items.length) return null;
        return (
          <Fragment key={group}>
            {open && (
              <ListSubheader disableSticky sx={{ lineHeight: '32px', mt: 1, background: 'transparent' }}>
                {group}
              </ListSubheader>
            )}
            {items.map((r) => (
              <Menu.ResourceItem key={r.name} name={r.name} />
            ))}
          </Fragment>
        );
      })}
    </Menu>
  );
}
