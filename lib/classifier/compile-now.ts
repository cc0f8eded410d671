/**
 * Compiles a long pattern to machine code when its module loads.
 *
 * V8 (Chrome, Node) runs a pattern's first matches in its bytecode interpreter and compiles machine
 * code only after that, unless the subject is at least 1,000 characters long. For the classifier's
 * longest patterns (thousands of characters of alternatives) the bytecode compilation is the slow
 * step: 30–115 ms each, against 7–15 ms for machine code, paid on the first page classified after
 * every service-worker start. One match attempt on 1,000 spaces skips it; later subjects of either
 * string width then get machine code directly. (Measured in `docs/model-history.md`, session 24.)
 * Where an engine compiles differently, the attempt costs one failed match.
 */
const BLANK = ' '.repeat(1_000);

export function compiledNow<T extends RegExp>(re: T): T {
  // the pattern's own matcher: a prefilter's `exec` (prefilter.ts) would turn the blank line away unseen
  RegExp.prototype.exec.call(re, BLANK);
  re.lastIndex = 0;
  return re;
}
