import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enumerate, globToRegExp, type Enumeration, type Source } from '../../../cli/sources';
import { tempDir } from '../temp-dir';

const here = '[cli/sources] ';

describe(`${here}globToRegExp`, () => {
  const rows: [string, string, boolean][] = [
    ['*.html', 'a.html', true],
    ['*.html', 'sub/a.html', false],
    ['**/*.html', 'a.html', true],
    ['**/*.html', 'x/y/a.html', true],
    ['**', 'x/y/a.html', true],
    ['a/**/b.txt', 'a/b.txt', true],
    ['a/**/b.txt', 'a/x/y/b.txt', true],
    ['?.md', 'a.md', true],
    ['?.md', 'ab.md', false],
    ['[ab].txt', 'b.txt', true],
    ['[!ab].txt', 'b.txt', false],
    ['*.{html,htm}', 'p.htm', true],
    ['*.{html,htm}', 'p.txt', false],
    ['p(1)+.txt', 'p(1)+.txt', true],
    ['a.txt', 'abtxt', false],
  ];
  it.each(rows)('%s ~ %s → %s', (glob, path, expected) => {
    expect(globToRegExp(glob).test(path)).toBe(expected);
  });
});

async function collect(inputs: string[], cwd: string): Promise<{ list: Source[]; stats: Enumeration }> {
  const stats: Enumeration = { skippedOther: 0 };
  const list: Source[] = [];
  const prev = process.cwd();
  process.chdir(cwd);
  try {
    for await (const s of enumerate({ inputs, filesFrom: null }, stats)) list.push(s);
  } finally {
    process.chdir(prev);
  }
  return { list, stats };
}

describe(`${here}enumerate`, () => {
  const root = tempDir('src');
  mkdirSync(join(root, 'c/b'), { recursive: true });
  mkdirSync(join(root, 'c/a'), { recursive: true });
  mkdirSync(join(root, 'c/.git'), { recursive: true });
  for (const f of ['c/z.txt', 'c/a/2.html', 'c/a/10.html', 'c/b/x.md', 'c/b/notes.json', 'c/.hidden.txt', 'c/.git/HEAD.txt', 'c/B.htm']) writeFileSync(join(root, f), 'x');
  symlinkSync(join(root, 'c'), join(root, 'c/b/loop'));

  it('walks directories depth-first, sorted by code point, skipping hidden, other extensions and dir symlinks', async () => {
    const { list, stats } = await collect(['c'], root);
    expect(list.map((s) => s.source)).toEqual(['c/B.htm', 'c/a/10.html', 'c/a/2.html', 'c/b/x.md', 'c/z.txt']);
    expect(stats.skippedOther).toBe(1);
  });

  it('keeps argument order; explicit files pass through even with other extensions', async () => {
    const { list } = await collect(['c/z.txt', 'c/b/notes.json', 'missing.txt', 'c/a'], root);
    expect(list.map((s) => s.source)).toEqual(['c/z.txt', 'c/b/notes.json', 'missing.txt', 'c/a/10.html', 'c/a/2.html']);
  });

  it('expands globs, sorted; a glob without matches is an error record', async () => {
    expect((await collect(['c/**/*.html'], root)).list.map((s) => s.source)).toEqual(['c/a/10.html', 'c/a/2.html']);
    expect((await collect(['c/*.{txt,htm}'], root)).list.map((s) => s.source)).toEqual(['c/B.htm', 'c/z.txt']);
    expect((await collect(['c/*.pdf'], root)).list).toEqual([{ source: 'c/*.pdf', error: 'no-match' }]);
  });
});
