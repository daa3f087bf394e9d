import type { Registry } from '../../crud/registry.js';
import { PUBLIC_RESOURCES } from '../publicResources.js';
import { V1_PREFIX } from '../v1.js';
import { V2_PATH } from '../v2.js';
import { deleteByRelease } from './deleteByRelease.js';
import { feedPaths } from './feedPaths.js';
import { resourcePaths } from './resourcePaths.js';
import { V1, V2, type Json } from './versions.js';

/*
 * The OpenAPI paths of the public front door (v1.ts, v2.ts, feeds), derived from the declarations in
 * publicResources.ts: each resource's fields become its object schema (typed from the admin model's
 * columns), its filters the list's query parameters, `writable` the write operations. Schemas are
 * inline: openApiDocument's components are the admin's; withPublicApi adds the security schemes.
 */

/** Every path of the front door: API v1 and v2 over each public resource, their bulk deletes, the feeds. */
export function publicApiPaths(registry: Registry): Json {
  const paths: Json = {};
  for (const version of [V1, V2]) {
    for (const resource of Object.values(PUBLIC_RESOURCES)) Object.assign(paths, resourcePaths(registry, version, resource));
    // v1's bulk delete is a method of the release files' list; v2's a path of its own.
    for (const [path, item] of Object.entries(deleteByRelease(version))) paths[path] = { ...(paths[path] as Json), ...(item as Json) };
  }
  return { ...paths, ...feedPaths() };
}

const PATHS_NOTE =
  ' Paths end in a slash: one without is redirected there (301 for GET and HEAD, 308 otherwise, the query kept); a method a path does not take is a 405 naming those it does in Allow.';

const authorization = (example: string) =>
  `An API token of the admin (Account → API tokens), in the Authorization header: "${example}"; "Bearer <key>" is taken too. ` +
  'Without one, reads are anonymous. Never in the URL.';

/** The security schemes and tags the public paths name (openApiDocument's components hold only schemas). */
export function withPublicApi<T extends Json>(document: T): T {
  const components = (document.components ?? {}) as Json;
  return {
    ...document,
    tags: [
      ...((document.tags as Json[] | undefined) ?? []),
      {
        name: V1.tag,
        description: `python.org's API v1 (Tastypie), at ${V1_PREFIX}: lists are {"meta", "objects"} pages; related records are paths. Errors are {"error_message": …}.${PATHS_NOTE}`,
      },
      {
        name: V2.tag,
        description: `python.org's API v2 (Django REST framework), at ${V2_PATH}: lists are arrays of every matching record; related records are absolute URLs; releases leave out content. Errors are {"detail": …}, {"error": […]} for filters, {"<field>": […]} for bodies.${PATHS_NOTE}`,
      },
      { name: 'Feeds', description: 'RSS feeds and iCalendar calendars, for anyone' },
    ],
    components: {
      ...components,
      securitySchemes: {
        ...((components.securitySchemes as Json | undefined) ?? {}),
        ApiKey: { type: 'apiKey', in: 'header', name: 'Authorization', description: authorization('ApiKey <username>:<key>') },
        Token: { type: 'apiKey', in: 'header', name: 'Authorization', description: authorization('Token <key>') },
      },
    },
  };
}
