/**
 * Hostile values, by class. Every generated value is a `Hostile`: its class, a short printable
 * label (what fast-check shows in a counterexample instead of a megabyte of text) and the value.
 * `RawJson` stands for JSON text spliced into a body as it is (10,000 levels of nesting, numbers
 * JavaScript cannot hold), which JSON.stringify could not produce.
 */
import fc from 'fast-check';

export class RawJson {
  constructor(readonly text: string) {}
}

export class Hostile<T = unknown> {
  constructor(
    readonly cls: string,
    readonly value: T,
    readonly label: string = describe(value),
  ) {}
  [fc.toStringMethod](): string {
    return `${this.cls}(${this.label})`;
  }
  toString(): string {
    return `${this.cls}(${this.label})`;
  }
}

/** A short, escaped rendering of a value: control characters and lone surrogates visible, long text cut. */
export function describe(value: unknown): string {
  if (value instanceof RawJson) return `raw ${shorten(value.text)}`;
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = String(value);
  }
  text = text.replace(
    /[\u0080-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
  return shorten(text);
}

function shorten(text: string): string {
  return text.length > 80 ? `${text.slice(0, 60)}…(${text.length} chars)` : text;
}

const constants = (cls: string, values: readonly unknown[]) => fc.constantFrom(...values.map((v) => new Hostile(cls, v)));

/** ~`bytes` of distinct words ("w0 w1 w2 …"), so nothing compresses them and every word is new to a search index. */
export function distinctWords(bytes: number, prefix = 'w'): string {
  const words: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const word = `${prefix}${i.toString(36)}`;
    words.push(word);
    length += word.length + 1;
  }
  return words.join(' ').slice(0, bytes);
}

export const HUGE = {
  /** Just under the 1 MB body limit once quoted in JSON, so it reaches the handlers. */
  underLimit: distinctWords(900_000),
  /** One megabyte: over the body limit (413), or the URL limit (431). */
  megabyte: distinctWords(1_048_576),
  /** Fits in a URL (Node takes 16 KB of headers). */
  url: distinctWords(12_000),
};

export const deepArray = (depth: number) => new RawJson('['.repeat(depth) + ']'.repeat(depth));
export const deepObject = (depth: number) => new RawJson('{"a":'.repeat(depth) + '1' + '}'.repeat(depth));

/** Prefixes that make a hostile value look like the real thing (a path, a URL, a name, a slug). */
const PLAUSIBLE = ['', 'about', 'https://www.python.org/', 'python-3-13', 'Ada', '3'];

const NUL = ['\u0000', 'a\u0000b', '\u0000\u0000\u0000', 'about\u0000/etc/passwd', '%00', '\\u0000'];
const LONE_SURROGATE = ['\ud800', '\udfff', 'a\ud800b', '\udc00\ud800', '\ud83d', 'x\udbff'];
const CONTROL_BIDI = [
  '\u202e', // right-to-left override
  'admin\u202egpj.exe',
  '\u200b', // zero-width space
  '\u200c\u200d',
  '\ufeff', // byte order mark
  '\u2066\u2067\u2068\u2069',
  '\u0007\u0008\u001b[31m',
  '\r\nSet-Cookie: x=1',
  '\u2028\u2029',
  '\u0085\u00a0',
  '\uffff\ufffe',
  '\t\v\f',
];
const PATH_TRAVERSAL = [
  '../../etc/passwd',
  '..%2f..%2fetc%2fpasswd',
  '%2e%2e/%2e%2e/etc/passwd',
  '..\\..\\windows\\win.ini',
  '/etc/passwd',
  'about/../../etc/passwd',
  '....//....//etc/passwd',
  './.',
  '..',
];
const SCHEME = [
  'javascript:alert(1)',
  'JaVaScRiPt:alert(1)',
  ' javascript:alert(1)',
  'java\tscript:alert(1)',
  '//evil.example',
  '\\\\evil.example',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  'https://www.python.org.evil.example/',
  'https://www.python.org@evil.example/',
  'http://evil.example/',
];
const PROTOTYPE_KEY = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  new RawJson('{"__proto__":{"is_superuser":true,"polluted":1}}'),
  new RawJson('{"constructor":{"prototype":{"polluted":1}}}'),
  new RawJson('["__proto__"]'),
];
const WRONG_TYPE = [
  null,
  true,
  false,
  0,
  -1,
  1.5,
  -0,
  1e308,
  new RawJson('1e400'),
  new RawJson('9007199254740993'),
  new RawJson('-99999999999999999999999'),
  '',
  ' ',
  '1',
  'true',
  'null',
  [],
  [1, 2],
  ['a'],
  [null],
  {},
  { $gt: '' },
  { id: 1 },
  '2027-02-30',
  '2027-13-01T25:61:61Z',
  '-infinity',
];

/** Classes of hostile values for a single field, a query value or a filter value. */
export const valueClasses = {
  'wrong-type': constants('wrong-type', WRONG_TYPE),
  nul: withPlausible('nul', NUL),
  'lone-surrogate': withPlausible('lone-surrogate', LONE_SURROGATE),
  'control-bidi': withPlausible('control-bidi', CONTROL_BIDI),
  'huge-string': fc.constantFrom(
    new Hostile('huge-string', HUGE.underLimit, '900 kB of distinct words'),
    new Hostile('huge-string', HUGE.megabyte, '1 MB of distinct words'),
    new Hostile('huge-string', HUGE.url, '12 kB of distinct words'),
  ),
  'huge-list': fc.constantFrom(
    new Hostile('huge-list', new RawJson(`[${Array.from({ length: 100_000 }, (_, i) => i + 1).join(',')}]`), '100,000 ids'),
    new Hostile('huge-list', new RawJson(`[${Array.from({ length: 1001 }, (_, i) => i + 1).join(',')}]`), '1,001 ids'),
    new Hostile('huge-list', new RawJson(`[${'"x",'.repeat(50_000)}"x"]`), '50,001 strings'),
  ),
  'deep-json': fc.constantFrom(
    new Hostile('deep-json', deepArray(10_000), '[[[…]]] 10,000 levels'),
    new Hostile('deep-json', deepObject(10_000), '{"a":{"a":…}} 10,000 levels'),
    new Hostile('deep-json', deepArray(100_000), '[[[…]]] 100,000 levels'),
  ),
  'path-traversal': withPlausible('path-traversal', PATH_TRAVERSAL, ['', 'about/', 'https://www.python.org/']),
  scheme: constants('scheme', SCHEME),
  'prototype-key': constants('prototype-key', PROTOTYPE_KEY),
} satisfies Record<string, fc.Arbitrary<Hostile>>;

export type ValueClass = keyof typeof valueClasses;
export const VALUE_CLASSES = Object.keys(valueClasses) as ValueClass[];

/** Value classes that fit in a URL (a 900 kB string or 100,000 levels do not: that is header-size territory). */
export const urlValueClasses: Record<string, fc.Arbitrary<Hostile>> = {
  ...valueClasses,
  'huge-string': fc.constantFrom(new Hostile('huge-string', HUGE.url, '12 kB of distinct words')),
  'huge-list': fc.constantFrom(
    new Hostile('huge-list', new RawJson(`[${Array.from({ length: 1001 }, (_, i) => i + 1).join(',')}]`), '1,001 ids'),
    new Hostile('huge-list', new RawJson(`[${'1,'.repeat(3000)}1]`), '3,001 ids'),
  ),
  'deep-json': fc.constantFrom(
    new Hostile('deep-json', deepArray(5_000), '[[[…]]] 5,000 levels'),
    new Hostile('deep-json', deepObject(2_000), '{"a":{"a":…}} 2,000 levels'),
  ),
};

function withPlausible(cls: string, hostile: readonly string[], prefixes: readonly string[] = PLAUSIBLE): fc.Arbitrary<Hostile> {
  return fc
    .tuple(fc.constantFrom(...prefixes), fc.constantFrom(...hostile), fc.constantFrom('', 'x', '.txt'))
    .map(([before, bad, after]) => new Hostile(cls, `${before}${bad}${after}`));
}

/** JSON text for a value that may hold RawJson pieces (spliced in as they are). */
export function toJson(value: unknown): string {
  const raws: string[] = [];
  const text = JSON.stringify(value, (_key, v: unknown) => {
    if (v instanceof RawJson) {
      raws.push(v.text);
      return `\u0001RAW${raws.length - 1}\u0001`;
    }
    if (v instanceof Hostile) throw new Error('toJson: unwrap Hostile values first');
    return v;
  });
  if (raws.length === 0) return text;
  return text.replace(/"\\u0001RAW(\d+)\\u0001"/g, (_m, i: string) => raws[Number(i)]);
}

/**
 * Percent-encodes text for a URL the way a hostile client might send it: lone surrogates become
 * the bytes a careless encoder writes (ED A0 80 for U+D800: not UTF-8), which encodeURIComponent refuses.
 */
export function percentEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const high = code >= 0xd800 && code <= 0xdbff;
    const pairs = high && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff;
    if (pairs) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) {
      out += [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 0x3f), 0x80 | (code & 0x3f)]
        .map((b) => `%${b.toString(16).toUpperCase()}`)
        .join('');
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

/** A hostile value as query-string text: strings as they are, the rest as JSON. */
export function queryText(value: unknown): string {
  return typeof value === 'string' ? value : toJson(value);
}
