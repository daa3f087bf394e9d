import type { DataSource } from 'typeorm';
import { buildRegistry, type Registry } from '../crud/registry.js';
import { resources } from '../resources/index.js';

const built = new WeakMap<DataSource, Registry>();

/**
 * The registry over every resource for writes made outside a request — the first superuser, the
 * user commands, the benchmark's and the tests' fixtures — built once per data source, so those
 * writes go through the same pipeline (audited as the system's) as the API's.
 */
export function registryFor(db: DataSource): Registry {
  let registry = built.get(db);
  if (!registry) {
    registry = buildRegistry(db, resources);
    built.set(db, registry);
  }
  return registry;
}
