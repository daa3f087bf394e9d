import type { Registry } from '../../crud/registry.js';
import { PUBLIC_FILTERS, PUBLIC_RESOURCES, type PublicFilter, type PublicResource } from '../publicResources.js';
import { V1_DEFAULT_LIMIT, V1_MAX_LIMIT } from '../v1.js';
import { FORMAT, IF_NONE_MATCH } from './responses.js';
import { columnType } from './schemas.js';
import type { Json, Version } from './versions.js';

const OPS: Record<PublicFilter['op'], string> = {
  eq: 'is',
  gt: 'is after',
  gte: 'is at or after',
  lt: 'is before',
  lte: 'is at or before',
  contains: 'contains (case-sensitive)',
  minor: '',
};

/** A declared filter as a query parameter: its type, and what it selects. */
function filterParameter(registry: Registry, resource: PublicResource, name: string, filter: PublicFilter): Json {
  const subject = name.split('__')[0];
  let description: string;
  let schema: Json;
  if (filter.op === 'minor') {
    description =
      'Releases of a version, matched on the number in the release name: 3 (every 3.x), 3.13 (every 3.13.x, pre-releases included) or 3.13.1 (that release and its pre-releases)';
    schema = { type: 'string', example: '3.13' };
  } else if (filter.type === 'id') {
    const target = resource.fields.find((f) => f.kind === 'uri' && f.column === filter.column);
    const path = target?.kind === 'uri' ? PUBLIC_RESOURCES[target.target].path : subject;
    description = `Records of this ${path} record: its pk or resource URI`;
    schema = { type: 'string', example: '1' };
  } else {
    const column = registry.byName.get(resource.admin)?.model.columns.get(filter.column);
    const { enum: values } = columnType(column && { ...column, nullable: false });
    const types = { text: 'string', int: 'integer', bool: 'boolean', time: 'string' } as const;
    schema = { type: types[filter.type], ...(Array.isArray(values) ? { enum: values } : {}) };
    const value = { text: 'this text', int: 'this number', bool: 'true or false (or 1, 0)', time: 'this date or ISO 8601 time' };
    description = `Records whose ${subject} ${OPS[filter.op]} ${value[filter.type]}`;
    if (filter.type === 'time') schema.example = '2024-10-07';
  }
  return { name, in: 'query', required: false, description, schema };
}

/** A list's query parameters: the resource's declared filters, then v1's paging, then format and If-None-Match. */
export function listParameters(registry: Registry, version: Version, resource: PublicResource): Json[] {
  const filters = Object.entries(PUBLIC_FILTERS[resource.key]).map(([name, filter]) => filterParameter(registry, resource, name, filter));
  const page =
    version.key === 'v1'
      ? [
          {
            name: 'limit',
            in: 'query',
            required: false,
            description: `Records per page: ${V1_DEFAULT_LIMIT} by default, at most ${V1_MAX_LIMIT}; 0 means ${V1_MAX_LIMIT}`,
            schema: { type: 'integer', minimum: 0, default: V1_DEFAULT_LIMIT },
          },
          {
            name: 'offset',
            in: 'query',
            required: false,
            description: 'How many records to skip',
            schema: { type: 'integer', minimum: 0, default: 0 },
          },
        ]
      : [];
  return [...filters, ...page, FORMAT, IF_NONE_MATCH];
}
