import type pg from 'pg';
import { Gauge } from 'prom-client';
import { registry } from './registry.js';

// Every createApp registers its pool (tests create several per process); ended pools drop out
// at the next scrape, so the gauges describe the pools serving now.
const pools = new Set<pg.Pool>();

function livePools(): pg.Pool[] {
  for (const pool of pools) if (pool.ended) pools.delete(pool);
  return [...pools];
}

const sum = (count: (pool: pg.Pool) => number) => livePools().reduce((total, pool) => total + count(pool), 0);

new Gauge({
  name: 'db_pool_connections',
  help: 'PostgreSQL pool connections: total open, idle, and requests waiting for one.',
  labelNames: ['state'] as const,
  registers: [registry],
  collect() {
    this.set(
      { state: 'total' },
      sum((pool) => pool.totalCount),
    );
    this.set(
      { state: 'idle' },
      sum((pool) => pool.idleCount),
    );
    this.set(
      { state: 'waiting' },
      sum((pool) => pool.waitingCount),
    );
  },
});

new Gauge({
  name: 'db_pool_max',
  help: 'The most connections the PostgreSQL pool opens.',
  registers: [registry],
  collect() {
    // pg's own default when max is not set.
    this.set(sum((pool) => pool.options.max ?? 10));
  },
});

/** Reports this pool's connections at every scrape; registering one twice changes nothing. */
export function registerPoolMetrics(pool: pg.Pool): void {
  pools.add(pool);
}
