import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { usePermissions } from 'react-admin';
import type { Permissions } from '../api/permissions';
import { VERSIONED_RESOURCES } from '../common/versions/versioned';
import { fetchSchedule, scheduleKey, type ScheduleStatus } from './scheduleApi';

export function useSchedule(status: ScheduleStatus, page: number, perPage: number, enabled = true) {
  return useQuery({
    queryKey: scheduleKey(status, page, perPage),
    queryFn: () => fetchSchedule(status, page, perPage),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Whether the user schedules anything: they may write a versioned resource (the menu item, the dashboard's card). */
export function useSchedules(): boolean {
  const { permissions } = usePermissions<Permissions>();
  return Object.keys(VERSIONED_RESOURCES).some((resource) => permissions?.resources[resource]?.write);
}
