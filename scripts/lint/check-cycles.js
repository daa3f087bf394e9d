#!/usr/bin/env node
// No file in server/ takes part in an import cycle, except TypeORM entities that import each other's
// types for their relations (`import type` between two files of server/entities/).
//
// Every import counts, `import type` included, and a cycle may pass through files outside server/.
// An edge is type-only when the whole declaration is (`import type { A }`, `import { type A, type B }`,
// `export type { A } from`, `typeof import('./x.js')`); `import('./x.js')` counts as a value import.
//
// Usage: node scripts/lint/check-cycles.js [folder ...]   (default: server). Exit 1 on a cycle.
// It parses with TypeScript 6.0 installed beside it (the project's TypeScript 7 has no JavaScript API).
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const root = process.cwd();
const folders = (process.argv.length > 2 ? process.argv.slice(2) : ['server']).map((f) => path.resolve(root, f));
const entities = path.join(root, 'server', 'entities') + path.sep;
const rel = (file) => path.relative(root, file);
const within = (file, folder) => file.startsWith(folder + path.sep);

const config = ts.getParsedCommandLineOfConfigFile(
  path.join(root, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic() {} },
);
const options = config?.options ?? { module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext };

/** @returns {string[]} */
function sourcesIn(folder) {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(c|m)?tsx?$/.test(e.name) && !/\.d\.(c|m)?ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter((f) => !f.split(path.sep).includes('node_modules'));
}

function isTypeOnly(node) {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause;
    if (!clause) return false; // import './x.js' runs the module
    if (clause.isTypeOnly) return true;
    const named = clause.namedBindings;
    return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  if (ts.isExportDeclaration(node)) {
    if (node.isTypeOnly) return true;
    const named = node.exportClause;
    return !!named && ts.isNamedExports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly);
  }
  return ts.isImportTypeNode(node);
}

/** @type {Map<string, {to: string, line: number, typeOnly: boolean}[]>} */
const graph = new Map();

function importsOf(file) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const edges = [];
  const add = (node, specifier, typeOnly) => {
    const resolved = ts.resolveModuleName(specifier, file, options, ts.sys).resolvedModule;
    if (!resolved || resolved.isExternalLibraryImport || /\.d\.(c|m)?ts$/.test(resolved.resolvedFileName)) return;
    const to = path.resolve(resolved.resolvedFileName);
    if (!within(to, root)) return;
    const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
    edges.push({ to, line, typeOnly });
  };
  const visit = (node) => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      add(node, node.moduleSpecifier.text, isTypeOnly(node));
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      const expression = node.moduleReference.expression;
      if (ts.isStringLiteral(expression)) add(node, expression.text, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      add(node, node.argument.literal.text, true);
    } else if (
      ts.isCallExpression(node) &&
      (node.expression.kind === ts.SyntaxKind.ImportKeyword || (ts.isIdentifier(node.expression) && node.expression.text === 'require')) &&
      node.arguments.length > 0 &&
      ts.isStringLiteralLike(node.arguments[0])
    ) {
      add(node, node.arguments[0].text, false);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return edges;
}

// The files of the folders, and every project file they reach: a cycle may leave server/ and come back.
const pending = folders.flatMap(sourcesIn);
while (pending.length > 0) {
  const file = pending.pop();
  if (graph.has(file)) continue;
  const edges = importsOf(file);
  graph.set(file, edges);
  for (const { to } of edges) if (!graph.has(to)) pending.push(to);
}

const allowed = (from, edge) => edge.typeOnly && from.startsWith(entities) && edge.to.startsWith(entities);

// Tarjan's strongly connected components over the edges that are not allowed.
let counter = 0;
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const components = [];
function connect(file) {
  index.set(file, counter);
  low.set(file, counter);
  counter++;
  stack.push(file);
  onStack.add(file);
  for (const edge of graph.get(file)) {
    if (allowed(file, edge)) continue;
    if (!index.has(edge.to)) {
      connect(edge.to);
      low.set(file, Math.min(low.get(file), low.get(edge.to)));
    } else if (onStack.has(edge.to)) {
      low.set(file, Math.min(low.get(file), index.get(edge.to)));
    }
  }
  if (low.get(file) === index.get(file)) {
    const component = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      component.push(member);
    } while (member !== file);
    const selfImport = graph.get(file).some((e) => e.to === file);
    if (component.length > 1 || selfImport) components.push(component);
  }
}
for (const file of graph.keys()) if (!index.has(file)) connect(file);

const cycles = components.filter((c) => c.some((file) => folders.some((folder) => within(file, folder))));
if (cycles.length === 0) {
  console.log(`check-cycles: no import cycle in ${folders.map(rel).join(', ')} (${graph.size} files).`);
  process.exit(0);
}
for (const component of cycles) {
  const members = new Set(component);
  console.error(`Import cycle among ${component.length} file(s):`);
  for (const file of [...component].sort()) {
    for (const edge of graph.get(file)) {
      if (members.has(edge.to) && !allowed(file, edge)) {
        console.error(`  ${rel(file)}:${edge.line} -> ${rel(edge.to)}${edge.typeOnly ? ' (type-only)' : ''}`);
      }
    }
  }
}
console.error(
  `check-cycles: ${cycles.length} import cycle(s). Only \`import type\` between two files of server/entities/ may close a cycle.`,
);
process.exit(1);
