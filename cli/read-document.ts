/**
 * Read one input file and decide whether it is analysable text. Every failure is a value with a
 * stable code (docs/cli.md "Error codes"), never an exception.
 *
 * Decisions:
 * - Invalid UTF-8 is an error (`invalid-utf8`), not silently replaced: replaced characters would
 *   change what the classifier sees without the researcher knowing. HTML that declares another
 *   charset (`<meta charset="windows-1252">`) and files with a UTF-16 BOM are decoded accordingly.
 * - Binary: any NUL byte, or more than 10 % control characters in the first 8 KB.
 * - Size: more than 5 MB is `too-large` (checked with stat before reading).
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { err, ok, type Result } from '../lib/result';

/** Largest file analysed, in bytes. */
export const MAX_FILE_BYTES = 5 * 1024 * 1024;
/** Extensions we analyse, by kind. */
export const EXTENSIONS: Record<string, 'html' | 'text'> = { '.html': 'html', '.htm': 'html', '.txt': 'text', '.md': 'text' };
/** Share of control characters (excluding TAB, LF, CR, FF) above which a file is binary. */
const MAX_CONTROL_RATIO = 0.1;
const SNIFF_BYTES = 8192;

export type ReadErrorCode =
  | 'unsupported-extension' | 'not-found' | 'unreadable' | 'is-a-directory' | 'not-a-file'
  | 'too-large' | 'empty' | 'binary' | 'invalid-utf8';

export interface DocumentText {
  kind: 'html' | 'text';
  text: string;
  bytes: number;
}

export function kindOf(path: string): 'html' | 'text' | null {
  return EXTENSIONS[extname(path).toLowerCase()] ?? null;
}

function ioError(e: unknown): Result<never, ReadErrorCode> {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return err('not-found');
  if (code === 'EISDIR') return err('is-a-directory');
  return err('unreadable', code ?? String(e));
}

function looksBinary(buf: Buffer): boolean {
  if (buf.indexOf(0) !== -1) return true;
  const n = Math.min(buf.length, SNIFF_BYTES);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) control++;
    else if (b === 0x7f) control++;
  }
  return n > 0 && control / n > MAX_CONTROL_RATIO;
}

const META_CHARSET = /<meta[^>]{0,300}?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]{1,40})/i;

/** Charset declared in the first bytes of an HTML file, if any and if not UTF-8. */
function declaredCharset(buf: Buffer): string | null {
  const head = buf.subarray(0, 2048).toString('latin1');
  const m = META_CHARSET.exec(head);
  if (!m) return null;
  const label = m[1].toLowerCase();
  if (label === 'utf-8' || label === 'utf8') return null;
  try {
    new TextDecoder(label);
    return label;
  } catch {
    return null;
  }
}

/** Decode bytes: BOM first, then (HTML) a declared charset, else strict UTF-8. */
export function decode(buf: Buffer, kind: 'html' | 'text'): Result<string, 'invalid-utf8' | 'binary'> {
  if (buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff))) {
    const text = new TextDecoder(buf[0] === 0xff ? 'utf-16le' : 'utf-16be').decode(buf);
    return text.includes('\u0000') ? err('binary') : ok(text);
  }
  if (looksBinary(buf)) return err('binary');
  const charset = kind === 'html' ? declaredCharset(buf) : null;
  if (charset) return ok(new TextDecoder(charset).decode(buf));
  try {
    // Strips a UTF-8 BOM; throws on any invalid sequence.
    return ok(new TextDecoder('utf-8', { fatal: true }).decode(buf));
  } catch {
    return err('invalid-utf8');
  }
}

/**
 * Blocking reads cost ~30 µs of CPU per policy-sized file; the promise API's thread-pool round
 * trips ~250 µs, more than decoding and tokenising the file. A worker thread has nothing else to
 * do meanwhile, so workers read synchronously; in-process runs (--jobs 1, the Spark/Hadoop map
 * step, often on a network file system) keep overlapping reads with analysis.
 */
interface Fs {
  stat(path: string): Stats | Promise<Stats>;
  readFile(path: string): Buffer | Promise<Buffer>;
}
const SYNC_FS: Fs = { stat: (p) => statSync(p), readFile: (p) => readFileSync(p) };
const ASYNC_FS: Fs = { stat: (p) => stat(p), readFile: (p) => readFile(p) };

export async function readDocument(path: string, opts: { sync?: boolean } = {}): Promise<Result<DocumentText, ReadErrorCode>> {
  const fs = opts.sync ? SYNC_FS : ASYNC_FS;
  const kind = kindOf(path);
  let size: number;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) return err('is-a-directory');
    if (!st.isFile()) return err('not-a-file');
    size = st.size;
  } catch (e) {
    return ioError(e);
  }
  if (kind === null) return err('unsupported-extension', extname(path) || '(none)');
  if (size > MAX_FILE_BYTES) return err('too-large', `${size} bytes`);
  let buf: Buffer;
  try {
    buf = await fs.readFile(path);
  } catch (e) {
    return ioError(e);
  }
  if (buf.length > MAX_FILE_BYTES) return err('too-large', `${buf.length} bytes`);
  if (buf.length === 0) return err('empty');
  const decoded = decode(buf, kind);
  if (!decoded.ok) return decoded;
  if (decoded.value.trim() === '') return err('empty');
  return ok({ kind, text: decoded.value, bytes: buf.length });
}
