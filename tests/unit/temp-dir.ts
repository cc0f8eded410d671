/**
 * Temp directories for a test file, removed when the file's tests finish, so repeated
 * `npm test` runs do not litter the system temp folder.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

const made: string[] = [];

// Registered while the importing test file is collected, so it runs after that file's tests.
afterAll(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export function tempDir(name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `policylens-${name}-`));
  made.push(dir);
  return dir;
}
