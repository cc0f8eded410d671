import { describe, expect, it } from 'vitest';
import validateExtraction, { contentHash, MAX_BLOCK_CHARS, MAX_BLOCKS } from '../../../lib/validate-extraction';

const here = '[lib/validate-extraction] ';
const good = {
  url: 'https://example.com/',
  sourceUrl: 'https://example.com/privacy',
  title: 'Privacy',
  lang: 'en',
  isPolicy: true,
  confidence: 0.9,
  blocks: [{ id: 'b0', kind: 'paragraph', heading: null, text: 'We do not sell your data.' }],
};

describe('validateExtraction', () => {
  it(here + 'accepts a well-formed extraction unchanged', () => {
    const r = validateExtraction(good);
    expect(r.ok && r.value).toEqual(good);
  });

  it.each([
    ['null', null],
    ['a string', 'hello'],
    ['a javascript: url', { ...good, url: 'javascript:alert(1)' }],
    ['blocks not an array', { ...good, blocks: 'x' }],
  ])(here + 'rejects %s', (_name, raw) => {
    expect(validateExtraction(raw).ok).toBe(false);
  });

  it(here + 'caps block count and block length, drops junk blocks, clamps fields', () => {
    const blocks = [
      ...Array.from({ length: MAX_BLOCKS + 50 }, (_, i) => ({ id: `b${i}`, kind: 'weird', heading: 7, text: 'x'.repeat(10) })),
    ];
    blocks.unshift({ id: 'big', kind: 'paragraph', heading: null as unknown as number, text: 'y'.repeat(MAX_BLOCK_CHARS * 3) });
    const r = validateExtraction({ ...good, blocks: [null, { text: '  ' }, ...blocks], confidence: 7, lang: '<script>' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.blocks.length).toBeLessThanOrEqual(MAX_BLOCKS);
    expect(r.value.blocks[0].text.length).toBe(MAX_BLOCK_CHARS);
    expect(r.value.blocks[1].kind).toBe('paragraph');
    expect(r.value.blocks[1].heading).toBeNull();
    expect(r.value.confidence).toBe(1);
    expect(r.value.lang).toBeNull();
  });
});

describe('contentHash', () => {
  it(here + 'is stable for the same text and differs for a changed word', () => {
    const a = [{ id: 'b0', kind: 'paragraph' as const, heading: null, text: 'We keep data 2 years.' }];
    const b = [{ ...a[0], text: 'We keep data 3 years.' }];
    expect(contentHash(a)).toBe(contentHash(structuredClone(a)));
    expect(contentHash(a)).not.toBe(contentHash(b));
    // Block boundaries count: "ab" + "c" is not "a" + "bc".
    const split1 = [{ ...a[0], text: 'ab' }, { ...a[0], text: 'c' }];
    const split2 = [{ ...a[0], text: 'a' }, { ...a[0], text: 'bc' }];
    expect(contentHash(split1)).not.toBe(contentHash(split2));
  });
});
