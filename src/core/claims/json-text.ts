/**
 * Strict JSON reading for untrusted files. One non-recursive pass checks the grammar, says
 * where the text breaks (line, column, and the JSON path it was inside), rejects nesting deeper
 * than a limit before anything recursive sees it, and finds duplicate keys, which JSON.parse
 * would silently resolve to the last one. Only a text that passes is handed to JSON.parse.
 */
import { formatPath, type Problem } from './validate.js';

/** Deepest nesting of objects and arrays accepted (a pack needs about 7; ClaimReview about 10). */
export const MAX_JSON_DEPTH = 64;

export type JsonRead = { ok: true; value: unknown; duplicates: Problem[] } | { ok: false; problem: Problem };

interface Frame {
  array: boolean;
  keys: Set<string>;
  /** The current member: an index in an array, a key in an object (null before a key is read). */
  at: number | string | null;
  opened: number;
}

class JsonSyntaxError extends Error {
  constructor(readonly index: number, message: string) {
    super(message);
  }
}

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);
const ESCAPES = new Set('"\\/bfnrtu'.split('').map((c) => c.charCodeAt(0)));
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

export function readJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonRead {
  const stack: Frame[] = [];
  const duplicates: Problem[] = [];
  let i = 0;
  const skipWs = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const fail = (message: string): never => {
    throw new JsonSyntaxError(i, i >= text.length ? `the text ends too early: ${message}` : message);
  };
  const readString = (): string => {
    const start = i++;
    let escaped = false;
    for (;;) {
      if (i >= text.length) fail('a string is not closed');
      const c = text.charCodeAt(i);
      if (c === 0x22) break;
      if (c < 0x20) fail('a control character (such as a raw line break) is not allowed inside a string');
      if (c === 0x5c) {
        escaped = true;
        const e = text.charCodeAt(i + 1);
        if (!ESCAPES.has(e)) (i++, fail('invalid escape sequence in a string'));
        if (e === 0x75) {
          HEX4.lastIndex = i + 2;
          if (!HEX4.test(text)) (i++, fail('\\u must be followed by four hexadecimal digits'));
          i += 4;
        }
        i += 2;
      } else i++;
    }
    i++;
    const raw = text.slice(start + 1, i - 1);
    return escaped ? (JSON.parse(text.slice(start, i)) as string) : raw;
  };
  const readKey = (frame: Frame) => {
    skipWs();
    if (text[i] !== '"') fail('expected a "quoted" key');
    const key = readString();
    if (frame.keys.has(key)) {
      duplicates.push({ path: formatPath([...pathOf(stack), key]), message: `duplicate key "${key}" (only one value per key is allowed)` });
    }
    frame.keys.add(key);
    frame.at = key;
    skipWs();
    if (text[i] !== ':') fail(`expected ":" after the key "${key}"`);
    i++;
  };
  const open = (array: boolean) => {
    if (stack.length >= maxDepth) fail(`nested deeper than ${maxDepth} levels`);
    const frame: Frame = { array, keys: new Set(), at: array ? 0 : null, opened: i };
    stack.push(frame);
    i++;
    skipWs();
    if (text[i] === (array ? ']' : '}')) {
      stack.pop();
      i++;
      return;
    }
    if (!array) readKey(frame);
    readValue();
  };
  // readValue only ever recurses through open() for the first member, bounded by maxDepth.
  const readValue = () => {
    skipWs();
    const c = text[i];
    if (c === '{' || c === '[') return open(c === '[');
    if (c === '"') return void readString();
    if (text.startsWith('true', i)) return void (i += 4);
    if (text.startsWith('false', i)) return void (i += 5);
    if (text.startsWith('null', i)) return void (i += 4);
    NUMBER.lastIndex = i;
    if (NUMBER.test(text)) return void (i = NUMBER.lastIndex);
    fail(c === "'" ? 'strings must use double quotes' : 'expected a value (object, array, string, number, true, false or null)');
  };
  try {
    readValue();
    for (;;) {
      skipWs();
      const frame = stack[stack.length - 1];
      if (!frame) break;
      const close = frame.array ? ']' : '}';
      if (text[i] === close) {
        stack.pop();
        i++;
      } else if (text[i] === ',') {
        i++;
        if (frame.array) frame.at = (frame.at as number) + 1;
        else {
          frame.at = null;
          readKey(frame);
        }
        readValue();
      } else fail(`expected "," or "${close}"`);
    }
    if (i < text.length) fail('unexpected text after the end of the JSON value');
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    return { ok: false, problem: { path: '', message: `not valid JSON at ${lineColumn(text, error.index)}: ${error.message}${inside(text, stack)}` } };
  }
  return { ok: true, value: JSON.parse(text), duplicates };
}

function inside(text: string, stack: readonly Frame[]): string {
  const last = stack[stack.length - 1];
  if (!last) return '';
  const full = formatPath(pathOf(stack));
  const path = full.length > 120 ? `${full.slice(0, 120)}…` : full;
  return path ? ` (inside ${path})` : ` (in the ${last.array ? 'array' : 'object'} that starts at ${lineColumn(text, last.opened)})`;
}

function pathOf(stack: readonly Frame[]): (number | string)[] {
  return stack.flatMap((f) => (f.at === null ? [] : [f.at]));
}

export function lineColumn(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) {
    line++;
    lineStart = at + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}
