/**
 * Findings: every broken rule seen while fuzzing (during the generated runs and while fast-check
 * shrinks), de-duplicated by route, method, persona, value class, kind and status, each with the
 * command that replays the property's shrunk case. A property is one route × one value class:
 * fast-check stops it at its first failure, so classes do not hide one another.
 */
import fs from 'node:fs';
import fc from 'fast-check';
import { fuzzConfig, propertySeed, replayCommand, selected } from './config.js';

export interface Finding {
  method: string;
  path: string;
  persona: string;
  cls: string;
  /** The value that did it (shortened). */
  label: string;
  /** 5xx, secret, stored, accepted, unresponsive, no answer, ... */
  kind: string;
  status: number;
  detail: string;
  replay?: string;
}

/** Thrown by a case that broke a rule (already recorded); fast-check sees the property fail. */
export class Violation extends Error {
  /** `finding` is the one recorded (maybe first seen with another value); `seen`, this case's own. */
  constructor(
    readonly finding: Finding,
    readonly seen: Finding = finding,
  ) {
    super(`${seen.kind}: ${seen.method} ${seen.path} as ${seen.persona}, ${seen.cls} ${seen.label} → ${seen.status} ${seen.detail}`);
  }
}

export class Findings {
  private readonly byKey = new Map<string, Finding>();
  private flushed = 0;
  constructor(readonly file: string) {}

  /** Records a finding, unless one like it (same route, persona, class, kind, status) is known; returns the one kept. */
  record(finding: Finding): Finding {
    return this.recordSeen(finding).finding;
  }

  /** Records a finding and returns the Violation to throw for it. */
  violation(finding: Finding): Violation {
    return this.recordSeen(finding);
  }

  private recordSeen(finding: Finding): Violation {
    const key = [finding.method, finding.path, finding.persona, finding.cls, finding.kind, finding.status].join('|');
    const known = this.byKey.get(key);
    if (known) return new Violation(known, finding);
    this.byKey.set(key, finding);
    return new Violation(finding);
  }

  all(): Finding[] {
    return [...this.byKey.values()];
  }

  for(method: string, path: string): Finding[] {
    return this.all().filter((f) => f.method === method && f.path === path);
  }

  count(): number {
    return this.byKey.size;
  }

  /** Findings recorded since `since` (a count) that have no replay yet get this command. */
  attachReplay(since: number, replay: string): void {
    for (const f of [...this.byKey.values()].slice(since)) f.replay ??= replay;
  }

  /** Appends the findings to FUZZ_REPORT (one JSON object a line) and prints a summary. */
  flush(): void {
    const all = this.all().slice(this.flushed);
    this.flushed += all.length;
    if (fuzzConfig.report && all.length) {
      fs.appendFileSync(fuzzConfig.report, all.map((f) => JSON.stringify({ file: this.file, ...f })).join('\n') + '\n');
    }
    const lines = this.all().map((f) => `  ${f.kind} ${f.method} ${f.path} [${f.persona}] ${f.cls} ${f.label} → ${f.status}`);
    console.log(
      `fuzz ${this.file}: seed ${fuzzConfig.seed}, ${fuzzConfig.runs} runs a property, ${this.byKey.size} finding(s)` +
        (lines.length ? `\n${lines.join('\n')}` : ''),
    );
  }
}

export function format(findings: Finding[]): string {
  return findings
    .map(
      (f) =>
        `- ${f.kind}: ${f.method} ${f.path} as ${f.persona}, ${f.cls} ${f.label} → ${f.status || 'no status'}: ${f.detail}` +
        (f.replay ? `\n    replay: ${f.replay}` : ''),
    )
    .join('\n');
}

export interface PropertyOptions {
  /** Fewer runs for classes whose every case is expensive (megabyte bodies). */
  runs?: number;
  /** A time budget for the property; runs stop (without failing) when it is spent. */
  timeLimitMs?: number;
}

/**
 * Runs one property (key `METHOD /path class`) with its derived seed, records what fails and
 * attaches the replay command. Returns fast-check's report, or undefined when it passed or was
 * not selected by FUZZ_ONLY.
 */
export async function runProperty<T>(
  findings: Findings,
  key: string,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  options: PropertyOptions = {},
): Promise<string | undefined> {
  if (!selected(key)) return undefined;
  const replayPath = fuzzConfig.only === key ? fuzzConfig.path : undefined;
  const before = findings.count();
  const details = await fc.check(
    fc.asyncProperty(arbitrary, async (value) => {
      await predicate(value);
    }),
    {
      seed: propertySeed(key),
      numRuns: Math.min(fuzzConfig.runs, options.runs ?? Infinity),
      path: replayPath,
      interruptAfterTimeLimit: options.timeLimitMs ?? 60_000,
      markInterruptAsFailure: false,
      // Shrinking re-sends cases; a few dozen are plenty to reach the smallest of our constants.
      endOnFailure: false,
      maxSkipsPerRun: 100,
    },
  );
  if (!details.failed) return undefined;
  const replay = replayCommand(findings.file, key, details.counterexamplePath ?? undefined);
  const error = details.errorInstance;
  // The shrunk case replays alone with its path; the others seen on the way, with the property's seed.
  if (error instanceof Violation) Object.assign(error.finding, { label: error.seen.label, detail: error.seen.detail, replay });
  findings.attachReplay(before, replayCommand(findings.file, key));
  if (!(error instanceof Violation)) {
    // A bug in the suite itself (or an unexpected throw): report it as it is.
    findings.record({
      method: key.split(' ')[0],
      path: key.split(' ')[1],
      persona: '-',
      cls: key.split(' ')[2] ?? '-',
      label: String(details.counterexample?.[0] ?? ''),
      kind: 'suite error',
      status: 0,
      detail: String(error),
      replay,
    });
  }
  return `${fc.defaultReportMessage(details) ?? ''}\nReplay: ${replay}`;
}
