/** stderr reporting helpers. stdout is data only; everything human goes to stderr. */

export function log(message: string): void {
  process.stderr.write(`policylens: ${message}\n`);
}

/** "invalid-json: 2, blank-line: 1", most frequent first, ties by code. */
export function summariseErrors(errors: Map<string, number>): string {
  return [...errors.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .map(([code, n]) => `${code}: ${n}`)
    .join(', ');
}
