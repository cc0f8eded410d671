/** The texts of the project's own labelled clauses (in the repository, so tests using them run without ../shared). */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function fixtureClauseTexts(): string[] {
  const dir = path.resolve(__dirname, '../fixtures/clauses');
  return ['en', 'nl', 'de', 'fr', 'es'].flatMap((lang) => readFileSync(path.join(dir, `${lang}.jsonl`), 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).text as string));
}
