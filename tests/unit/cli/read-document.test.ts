import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, decode, readDocument } from '../../../cli/read-document';
import { tempDir } from '../temp-dir';

const here = '[cli/read-document] ';

describe(`${here}decode`, () => {
  const rows: [string, Buffer, 'html' | 'text', string][] = [
    ['utf-8', Buffer.from('Privacidad — política 🍪'), 'text', 'ok'],
    ['utf-8 BOM stripped', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('hi')]), 'text', 'ok'],
    ['invalid utf-8', Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61]), 'text', 'invalid-utf8'],
    ['truncated sequence', Buffer.from([0x61, 0xe2, 0x82]), 'text', 'invalid-utf8'],
    ['NUL byte', Buffer.from('abc\u0000def'), 'text', 'binary'],
    ['control soup', Buffer.from(Array.from({ length: 100 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x61))), 'text', 'binary'],
    ['utf-16le BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Datenschutz', 'utf16le')]), 'text', 'ok'],
    ['html declaring windows-1252', Buffer.from('<meta charset="windows-1252"><p>caf\xe9</p>', 'latin1'), 'html', 'ok'],
    ['text file in latin-1', Buffer.from('caf\xe9', 'latin1'), 'text', 'invalid-utf8'],
  ];
  it.each(rows)('%s', (_name, buf, kind, expected) => {
    const r = decode(buf, kind);
    expect(r.ok ? 'ok' : r.error.code).toBe(expected);
  });
  it('decodes declared charsets correctly', () => {
    const r = decode(Buffer.from('<meta charset="windows-1252"><p>caf\xe9</p>', 'latin1'), 'html');
    expect(r.ok && r.value.includes('café')).toBe(true);
    const u = decode(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Datenschutz', 'utf16le')]), 'text');
    expect(u.ok && u.value).toBe('Datenschutz');
  });
});

describe(`${here}readDocument`, () => {
  const dir = tempDir('read');
  const file = (name: string, data: string | Buffer) => {
    writeFileSync(join(dir, name), data);
    return join(dir, name);
  };
  mkdirSync(join(dir, 'folder.txt'));
  const rows: [string, () => string, string][] = [
    ['good text', () => file('a.txt', 'We never sell your data.'), 'ok'],
    ['good html', () => file('a.HTML', '<p>x</p>'), 'ok'],
    ['empty', () => file('e.txt', ''), 'empty'],
    ['whitespace only', () => file('w.md', ' \n\t\n'), 'empty'],
    ['unsupported', () => file('a.pdf', '%PDF'), 'unsupported-extension'],
    ['missing', () => join(dir, 'nope.txt'), 'not-found'],
    ['directory', () => join(dir, 'folder.txt'), 'is-a-directory'],
    ['too large', () => file('big.txt', Buffer.alloc(MAX_FILE_BYTES + 1, 0x61)), 'too-large'],
  ];
  // Workers read synchronously, the main thread asynchronously: same answers either way.
  it.each(rows.flatMap(([name, make, expected]) => [false, true].map((sync) => [name, sync, make, expected] as const)))(
    '%s (sync: %s)',
    async (_name, sync, make, expected) => {
      const r = await readDocument(make(), { sync });
      expect(r.ok ? 'ok' : r.error.code).toBe(expected);
    },
  );
});
