import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../../../lib/classifier/index';

const here = '[classifier/seeds] ';
const SEEDS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'seeds');
const present = existsSync(SEEDS);
if (!present) console.log(`${here}skipping: ${SEEDS} not found`);

/** What a careful reader says about each seed (issues 4 and 7). */
const EXPECTED: Array<[string, Record<string, unknown>]> = [
  ['000_36e81f466ae3c86a.txt', { data_sale: 'not_sold', third_party_sharing: true, cookies_tracking: true, remote_access: false }],
  ['001_51c39f093b1b2d03.txt', { data_sale: 'not_sold', remote_access: false }],
  ['002_dfeaad0f54c58cad.txt', { data_sale: 'not_sold', remote_access: false, retention: 'vague' }],
  ['003_9f581d2832de6020.txt', { data_sale: 'not_sold', cookies_tracking: true, remote_access: false, retention: '2 years' }],
  ['004_da9716a223617401.txt', { data_sale: 'not_sold', third_party_sharing: true, remote_access: true, retention: 'vague' }],
];

describe.skipIf(!present)(here + 'seed policies', () => {
  it.each(EXPECTED)('%s', (file, expected) => {
    const s = analyzeText(readFileSync(path.join(SEEDS, file), 'utf8'));
    expect(s.verdicts).toMatchObject(expected);
    if (file.startsWith('004')) {
      expect(s.lang).toBe('nl');
      expect(s.categories.remote_access.remote_consent).toBe(true);
    }
  });
});
