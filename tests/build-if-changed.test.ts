import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildIfChanged, TARGETS } from '../scripts/build-if-changed.mjs';

const SCRIPT = path.resolve('scripts/build-if-changed.mjs');

/** A project with the repository's layout in miniature, whose two builds write their output and count themselves. */
function miniProject(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'pydotorg-build-'));
  const build = (name: string, output: string) =>
    `node -e "const fs=require('fs');fs.mkdirSync(require('path').dirname('${output}'),{recursive:true});` +
    `fs.writeFileSync('${output}','built');fs.appendFileSync('builds.log','${name}\\n')"`;
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'mini',
      private: true,
      scripts: { 'build:admin': build('admin', 'dist/admin/index.html'), 'build:server': build('server', 'dist/server/main.js') },
    }),
    'admin/src/App.tsx': 'export {};',
    'server/main.ts': 'export {};',
    'server/domain/enums.ts': 'export {};',
    'migrations/index.ts': 'export {};',
    'vite.config.ts': 'export {};',
  };
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
  }
  return root;
}

/** `npm start`'s build step, run as npm start runs it: the real script, the real npm. */
function start(root: string): { output: string; builds: string[] } {
  const before = fs.existsSync(path.join(root, 'builds.log')) ? fs.readFileSync(path.join(root, 'builds.log'), 'utf8') : '';
  const output = execFileSync(process.execPath, [SCRIPT], { cwd: root, encoding: 'utf8' });
  const after = fs.readFileSync(path.join(root, 'builds.log'), 'utf8');
  return { output, builds: after.slice(before.length).split('\n').filter(Boolean) };
}

const later = (root: string, file: string) => {
  const future = new Date(Date.now() + 5_000);
  fs.utimesSync(path.join(root, file), future, future);
};

describe("npm start's build", () => {
  const roots: string[] = [];
  afterEach(() => {
    for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
  });

  it('builds both at first, skips both when nothing changed, and rebuilds only what a change touches', () => {
    const root = miniProject();
    roots.push(root);
    expect(start(root).builds).toEqual(['admin', 'server']);

    const second = start(root);
    expect(second.builds).toEqual([]);
    expect(second.output).toContain('admin: unchanged since the last build, skipped');
    expect(second.output).toContain('server: unchanged since the last build, skipped');

    later(root, 'admin/src/App.tsx');
    expect(start(root).builds).toEqual(['admin']);
    fs.writeFileSync(path.join(root, 'server/main.ts'), 'export const changed = true;');
    expect(start(root).builds).toEqual(['server']);
    // The shared domain module is in both bundles.
    fs.writeFileSync(path.join(root, 'server/domain/new.ts'), 'export {};');
    expect(start(root).builds).toEqual(['admin', 'server']);
    expect(start(root).builds).toEqual([]);

    // An output removed (vite's emptyOutDir, a clean) is rebuilt even with unchanged sources.
    fs.rmSync(path.join(root, 'dist/server'), { recursive: true });
    expect(start(root).builds).toEqual(['server']);
  });

  it('stores nothing for a build that failed, so the next start tries again', () => {
    const root = miniProject();
    roots.push(root);
    const failing = () => {
      throw new Error('tsc found errors');
    };
    const log = () => {};
    expect(() => buildIfChanged({ root, run: failing, log })).toThrow('tsc found errors');
    const built: string[] = [];
    const run = (target: { name: string; output: string }) => {
      built.push(target.name);
      fs.mkdirSync(path.dirname(path.join(root, target.output)), { recursive: true });
      fs.writeFileSync(path.join(root, target.output), 'built');
    };
    expect(buildIfChanged({ root, run, log })).toEqual({ built: ['admin', 'server'], skipped: [] });
    expect(buildIfChanged({ root, run, log })).toEqual({ built: [], skipped: ['admin', 'server'] });
    expect(built).toEqual(['admin', 'server']);
  });

  it('watches inputs that exist in this repository, and is what npm start runs', () => {
    for (const target of TARGETS as { inputs: string[]; script: string }[]) {
      for (const input of target.inputs) expect(fs.existsSync(input), input).toBe(true);
    }
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(pkg.scripts.start).toBe('node scripts/build-if-changed.mjs && node dist/server/main.js');
    for (const target of TARGETS as { script: string }[]) expect(pkg.scripts[target.script]).toBeDefined();
  });
});
