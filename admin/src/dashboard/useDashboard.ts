import { useQuery } from '@tanstack/react-query';
import { httpClient } from '../dataProvider';

/** Mirrors server/routes/dashboard.ts. */
export interface DashboardData {
  attention: { jobs_in_review: number; releases_unpublished: number; sponsorships_to_review: number; upcoming_events: number };
  jobs_by_status: ({ month: string } & Record<string, number>)[];
  releases_per_year: { year: number; count: number }[];
}

export function useDashboard() {
  return useQuery({
    queryKey: ['dashboard'],
    queryFn: async () => (await httpClient('/api/dashboard')).json as DashboardData,
  });
}

/** A react-admin list URL with a filter and sort, for "N things need attention" links. */
export function listLink(resource: string, filter: Record<string, unknown>, sort?: [string, 'ASC' | 'DESC']): string {
  const params = new URLSearchParams({ filter: JSON.stringify(filter) });
  if (sort) {
    params.set('sort', sort[0]);
    params.set('order', sort[1]);
  }
  return `/${resource}?${params}`;
}
