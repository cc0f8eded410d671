import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHtml } from '../../../lib/extract/parse-html';

export const PAGES = join(import.meta.dirname, '../../fixtures/pages');

export function page(name: string): string {
  return readFileSync(join(PAGES, name), 'utf8');
}

export function load(name: string, url = 'https://www.example.com/page'): Document {
  return parseHtml(page(name), url);
}
