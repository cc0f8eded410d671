/**
 * Turn `analyze` arguments into an ordered stream of sources.
 *
 * - A file argument is yielded as is (even with an unsupported extension: the user named it, so
 *   it gets an `unsupported-extension` error record).
 * - A directory is walked depth-first, entries sorted by code point, hidden entries (".x")
 *   skipped, symlinked directories not followed (no cycles); files with other extensions are
 *   skipped and counted (`skippedOther`), not reported one by one.
 * - A glob (`*`, `?`, `**`, `[…]`, `{a,b}`) is matched the same way, sorted.
 * - `-` / `--files-from`: one path per line (blank lines ignored), each treated like a file or
 *   directory argument (no glob expansion), streamed as read.
 */
import { createReadStream, type Dirent } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { kindOf } from './read-document';

export interface Source {
  source: string;
  /** Set when enumeration already knows the source is bad (e.g. unreadable directory). */
  error?: string;
  detail?: string;
}

export interface Enumeration {
  skippedOther: number;
}

const GLOB_CHARS = /[*?[{]/;

export function isGlob(arg: string): boolean {
  return GLOB_CHARS.test(arg);
}

const byCodePoint = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function escapeRegex(s: string): string {
  return s.replace(/[.+^$()|\\\]]/g, '\\$&');
}

/** Glob → RegExp over '/'-separated relative paths. */
export function globToRegExp(glob: string): RegExp {
  let re = '';
  let i = 0;
  let braces = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*') {
      if (glob[i + 1] === '*') {
        const slash = glob[i + 2] === '/';
        re += slash ? '(?:[^/]*(?:/[^/]*)*/)?' : '.*';
        i += slash ? 3 : 2;
        continue;
      }
      re += '[^/]*';
    } else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const end = glob.indexOf(']', i + 2);
      if (end === -1) re += '\\[';
      else {
        let body = glob.slice(i + 1, end);
        const negate = body[0] === '!' || body[0] === '^';
        if (negate) body = body.slice(1);
        re += `[${negate ? '^' : ''}${body.replace(/[\\\]\[^]/g, '\\$&')}]`;
        i = end;
      }
    } else if (c === '{') {
      braces++;
      re += '(?:';
    } else if (c === '}' && braces > 0) {
      braces--;
      re += ')';
    } else if (c === ',' && braces > 0) re += '|';
    else re += escapeRegex(c);
    i++;
  }
  while (braces-- > 0) re += ')';
  try {
    return new RegExp(`^${re}$`);
  } catch {
    // e.g. a reversed range "[z-a]": match the pattern literally instead.
    return new RegExp(`^${glob.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  }
}

/** Literal leading directories of a glob ("corpus/en/*.html" → "corpus/en"). */
function globBase(pattern: string): { base: string; rest: string } {
  const parts = pattern.split('/');
  const lit: string[] = [];
  while (parts.length > 1 && !isGlob(parts[0])) lit.push(parts.shift() as string);
  const base = lit.length === 0 ? '.' : lit.join('/') || '/';
  return { base, rest: parts.join('/') };
}

async function sortedEntries(dir: string): Promise<Dirent[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.sort((a, b) => byCodePoint(a.name, b.name));
}

async function isDirEntry(dir: string, e: Dirent): Promise<'dir' | 'file' | 'other'> {
  if (e.isDirectory()) return 'dir';
  if (e.isFile()) return 'file';
  if (e.isSymbolicLink()) {
    try {
      const st = await stat(join(dir, e.name));
      // Symlinked directories are not followed (cycles); symlinked files are.
      return st.isFile() ? 'file' : 'other';
    } catch {
      return 'file'; // dangling: let the reader report not-found
    }
  }
  return 'other';
}

/** Depth-first walk; `accept(rel)` decides on files, `descend(rel)` on directories. */
async function* walk(
  root: string,
  rel: string,
  accept: (rel: string) => boolean,
  descend: (rel: string) => boolean,
  stats: Enumeration,
): AsyncGenerator<Source> {
  const dir = rel === '' ? root : join(root, rel);
  let entries: Dirent[];
  try {
    entries = await sortedEntries(dir);
  } catch (e) {
    yield { source: dir, error: 'unreadable', detail: (e as NodeJS.ErrnoException).code };
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
    const type = await isDirEntry(dir, e);
    if (type === 'dir') {
      if (descend(childRel)) yield* walk(root, childRel, accept, descend, stats);
    } else if (type === 'file') {
      if (!accept(childRel)) continue;
      if (kindOf(e.name) === null) {
        stats.skippedOther++;
        continue;
      }
      yield { source: join(root, ...childRel.split('/')) };
    }
  }
}

async function* expandGlob(pattern: string, stats: Enumeration): AsyncGenerator<Source> {
  const normalised = sep === '\\' ? pattern.replace(/\\/g, '/') : pattern;
  const { base, rest } = globBase(normalised);
  const re = globToRegExp(rest);
  const deep = rest.includes('**');
  const depth = rest.split('/').length;
  let any = false;
  try {
    if (!(await stat(base)).isDirectory()) throw new Error('not a directory');
  } catch {
    yield { source: pattern, error: 'no-match' };
    return;
  }
  for await (const s of walk(base, '', (rel) => re.test(rel), (rel) => deep || rel.split('/').length < depth, stats)) {
    any = true;
    yield base === '.' && !normalised.startsWith('./') ? { ...s, source: s.source.replace(/^\.[\\/]/, '') } : s;
  }
  if (!any) yield { source: pattern, error: 'no-match' };
}

async function* expandPath(arg: string, stats: Enumeration): AsyncGenerator<Source> {
  try {
    const st = await stat(arg);
    if (st.isDirectory()) {
      yield* walk(arg, '', () => true, () => true, stats);
      return;
    }
  } catch {
    // not found / unreadable: the reader reports it with the right code
  }
  yield { source: arg };
}

/**
 * Non-blank trimmed lines of a file or stdin. Pulls the next chunk only when the consumer asks
 * for more paths, so a list of millions of paths is never held in memory.
 */
async function* linesOf(path: string): AsyncGenerator<string> {
  const input = path === '-' ? process.stdin : createReadStream(path);
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    const text = pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk as Buffer));
    const lines = text.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) {
      const p = line.trim();
      if (p !== '') yield p;
    }
  }
  const last = (pending + decoder.end()).trim();
  if (last !== '') yield last;
}

export interface SourceArgs {
  inputs: string[];
  filesFrom: string | null;
}

/** All sources in argument order; `--files-from` comes after positional arguments. */
export async function* enumerate(args: SourceArgs, stats: Enumeration): AsyncGenerator<Source> {
  for (const arg of args.inputs) {
    if (arg === '-') {
      for await (const p of linesOf('-')) yield* expandPath(p, stats);
    } else if (isGlob(arg)) {
      // A path that exists literally wins over its glob reading ("file[1].html").
      let literal = false;
      try {
        await stat(arg);
        literal = true;
      } catch {
        /* a pattern */
      }
      yield* literal ? expandPath(arg, stats) : expandGlob(arg, stats);
    } else yield* expandPath(arg, stats);
  }
  if (args.filesFrom !== null) {
    try {
      for await (const p of linesOf(args.filesFrom)) yield* expandPath(p, stats);
    } catch (e) {
      yield { source: args.filesFrom, error: 'unreadable', detail: (e as NodeJS.ErrnoException).code };
    }
  }
}
