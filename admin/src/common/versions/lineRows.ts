import { diffLines } from 'diff';

/** A text's line diff (jsdiff's diffLines) as the rows of a side-by-side view. */

export type Kind = 'same' | 'removed' | 'added';
export interface Side {
  text: string;
  kind: Kind;
  line: number;
}
/** One row of the side-by-side view: a line of each version, either side empty where a line was added or removed. */
export interface Pair {
  left?: Side;
  right?: Side;
}
export type Row = { pair: Pair } | { fold: number; lines: Pair[] };

/** Unchanged lines kept around each change; longer unchanged stretches fold away. */
const CONTEXT = 3;

const linesOf = (value: string) => {
  const lines = value.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
};

/** The line diff as rows: removed lines paired with the added ones that replace them, so a changed line sits beside its new form. */
export function pairLines(before: string, after: string): Pair[] {
  const pairs: Pair[] = [];
  let left = 1;
  let right = 1;
  let removed: Side[] = [];
  const flush = (added: Side[]) => {
    for (let i = 0; i < Math.max(removed.length, added.length); i++) pairs.push({ left: removed[i], right: added[i] });
    removed = [];
  };
  // A final newline or its absence is no line of its own: "c" and "c\n" are the same last line.
  for (const change of diffLines(before, after, { ignoreNewlineAtEof: true })) {
    const lines = linesOf(change.value);
    if (change.removed) removed.push(...lines.map((text) => ({ text, kind: 'removed' as const, line: left++ })));
    else if (change.added) flush(lines.map((text) => ({ text, kind: 'added' as const, line: right++ })));
    else {
      flush([]);
      for (const text of lines) pairs.push({ left: { text, kind: 'same', line: left++ }, right: { text, kind: 'same', line: right++ } });
    }
  }
  flush([]);
  return pairs;
}

const unchanged = (pair: Pair) => pair.left?.kind === 'same';

/** Long runs of unchanged lines become one fold, CONTEXT lines from every change. */
export function foldRows(pairs: Pair[]): Row[] {
  const rows: Row[] = [];
  let i = 0;
  while (i < pairs.length) {
    let end = i;
    while (end < pairs.length && unchanged(pairs[end])) end++;
    const keepHead = i === 0 ? 0 : CONTEXT;
    const keepTail = end === pairs.length ? 0 : CONTEXT;
    if (end - i > keepHead + keepTail + 1) {
      pairs.slice(i, i + keepHead).forEach((pair) => rows.push({ pair }));
      rows.push({ fold: i + keepHead, lines: pairs.slice(i + keepHead, end - keepTail) });
      pairs.slice(end - keepTail, end).forEach((pair) => rows.push({ pair }));
    } else pairs.slice(i, end).forEach((pair) => rows.push({ pair }));
    if (end < pairs.length) rows.push({ pair: pairs[end] });
    i = end + 1;
  }
  return rows;
}
