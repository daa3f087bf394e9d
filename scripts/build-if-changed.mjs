// npm start's build: rebuilds the admin and the server only when what they are built from changed
// since the last build here, and says which it skipped. The fingerprint is cheap on purpose: the
// path, size and modification time of every input file, not their contents.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SHARED = ['package.json', 'package-lock.json', 'tsconfig.json'];

/** What each part is built from, what it leaves behind, and the npm script that builds it. */
export const TARGETS = [
  {
    name: 'admin',
    inputs: ['admin', 'server/domain', 'vite.config.ts', ...SHARED],
    output: 'dist/admin/index.html',
    script: 'build:admin',
  },
  {
    name: 'server',
    inputs: ['server', 'migrations', 'tsconfig.build.json', ...SHARED],
    output: 'dist/server/main.js',
    script: 'build:server',
  },
];

export const STAMP_FILE = 'dist/.build-fingerprints.json';

function listFiles(root, entry, into) {
  const full = path.join(root, entry);
  let stat;
  try {
    stat = fs.statSync(full);
  } catch {
    into.push(`${entry}\0missing`);
    return;
  }
  if (!stat.isDirectory()) {
    into.push(`${entry}\0${stat.size}\0${stat.mtimeMs}`);
    return;
  }
  for (const child of fs.readdirSync(full)) {
    if (child !== 'node_modules') listFiles(root, path.join(entry, child), into);
  }
}

/** A hash of the inputs' paths, sizes and modification times. */
export function fingerprint(root, inputs) {
  const lines = [];
  for (const input of inputs) listFiles(root, input, lines);
  return createHash('sha256').update(lines.sort().join('\n')).digest('hex');
}

function readStamps(file) {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return {};
  }
}

/**
 * Builds each target whose fingerprint differs from the one stored at its last successful build,
 * or whose output is gone; `run(target)` builds one and throws when it fails (nothing is stored then).
 */
export function buildIfChanged({ root, targets = TARGETS, stampFile = STAMP_FILE, run, log = console.log }) {
  const stampPath = path.join(root, stampFile);
  const stamps = readStamps(stampPath);
  const result = { built: [], skipped: [] };
  for (const target of targets) {
    const current = fingerprint(root, target.inputs);
    if (stamps[target.name] === current && fs.existsSync(path.join(root, target.output))) {
      log(`${target.name}: unchanged since the last build, skipped`);
      result.skipped.push(target.name);
      continue;
    }
    run(target);
    stamps[target.name] = current;
    fs.mkdirSync(path.dirname(stampPath), { recursive: true });
    fs.writeFileSync(stampPath, `${JSON.stringify(stamps, null, 2)}\n`);
    result.built.push(target.name);
  }
  return result;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  try {
    buildIfChanged({ root: process.cwd(), run: (target) => execFileSync(npm, ['run', '--silent', target.script], { stdio: 'inherit' }) });
  } catch {
    process.exit(1); // the build printed why
  }
}
