/**
 * The fuzz suite's knobs, all from the environment so a failure can be replayed exactly:
 *
 *   FUZZ_SEED   the run's seed (default: a fresh one per run, printed); every property derives its
 *               own fast-check seed from it and its key, so one number replays the whole run.
 *   FUZZ_RUNS   generated cases per property (default 4): a property is one route × one value class.
 *   FUZZ_ONLY   run only the properties whose key (`METHOD /path class`) contains this text.
 *   FUZZ_PATH   with FUZZ_ONLY naming one property: fast-check's counterexample path, to replay
 *               the shrunk failing case alone.
 *   FUZZ_PROBE_MS  a GET /api/health probe slower than this is a finding (default 10000: coarse).
 *   FUZZ_REPORT a file to append the findings to, one JSON object a line.
 */
import path from 'node:path';

function intFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value)) throw new Error(`${name} must be a whole number, not ${JSON.stringify(raw)}`);
  return value;
}

export const fuzzConfig = {
  seed: intFromEnv('FUZZ_SEED', Date.now() % 2 ** 31),
  runs: Math.max(1, intFromEnv('FUZZ_RUNS', 4)),
  only: process.env.FUZZ_ONLY || undefined,
  path: process.env.FUZZ_PATH || undefined,
  probeMs: intFromEnv('FUZZ_PROBE_MS', 10_000),
  report: process.env.FUZZ_REPORT || undefined,
};

/** A property's own seed: the run's seed mixed with the property's key (FNV-1a), so properties differ. */
export function propertySeed(key: string): number {
  let hash = 0x811c9dc5 ^ fuzzConfig.seed;
  for (const char of `${fuzzConfig.seed}|${key}`) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193);
  }
  return hash | 0;
}

export function selected(key: string): boolean {
  return fuzzConfig.only === undefined || key.includes(fuzzConfig.only);
}

/** The shell command that runs this property again, alone, on the same case. */
export function replayCommand(file: string, key: string, counterexamplePath?: string): string {
  const quote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
  const parts = [`FUZZ_SEED=${fuzzConfig.seed}`, `FUZZ_RUNS=${fuzzConfig.runs}`, `FUZZ_ONLY=${quote(key)}`];
  if (counterexamplePath) parts.push(`FUZZ_PATH=${quote(counterexamplePath)}`);
  return `${parts.join(' ')} npm run test:fuzz -- ${path.posix.join('tests/fuzz', file)}`;
}
