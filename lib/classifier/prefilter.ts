/**
 * Literal prefilters for long patterns. The stance patterns are alternations of hundreds of
 * branches; a backtracking engine tries every branch at every word boundary, so a sentence that
 * cannot match still pays for a full scan of all of them. Most sentences of a policy have no word
 * about money, and almost every branch of the payment patterns needs one, so a scan for a short list
 * of such words ("pag", "entgelt", "a cambio") rules most sentences out at a fraction of the cost.
 *
 * `prefiltered(re, words)` puts that scan in front of a pattern's own `exec` (which `test`, `match`,
 * `replace` and `search` call): when no word occurs, the result is what a failed match returns.
 * `uncoveredBranches` proves a word list sound for its pattern: it reads the pattern's source and
 * returns the branches that could match without containing one of the words (none, for a sound
 * list); the unit tests run it on every prefiltered pattern. The check is conservative (a branch
 * it cannot prove is reported), so a list it accepts never changes a result.
 */

type Node =
  | { kind: 'text'; exact: Set<string>; src: string }
  | { kind: 'any'; src: string }
  | { kind: 'seq'; items: Node[]; src: string }
  | { kind: 'alt'; alts: Node[]; src: string }
  | { kind: 'repeat'; node: Node; min: number; src: string };

/** Largest character class or product of strings expanded into an exact set. */
const MAX_EXACT = 256;

/** Reads a pattern source into the few node kinds the check needs (lookarounds and anchors match the empty string). */
class Parser {
  private i = 0;
  constructor(private readonly src: string, private readonly unicode: boolean) {}

  parse(): Node {
    const node = this.alternation();
    if (this.i < this.src.length) throw new Error(`unbalanced ) at ${this.i}`);
    return node;
  }

  private alternation(): Node {
    const start = this.i;
    const alts = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      alts.push(this.sequence());
    }
    return alts.length === 1 ? alts[0] : { kind: 'alt', alts, src: this.src.slice(start, this.i) };
  }

  private sequence(): Node {
    const start = this.i;
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') items.push(this.quantified());
    return items.length === 1 ? items[0] : { kind: 'seq', items, src: this.src.slice(start, this.i) };
  }

  private quantified(): Node {
    const start = this.i;
    const atom = this.atom();
    const q = this.quantifier();
    if (q === null) return atom;
    if (this.src[this.i] === '?') this.i++; // lazy: the same strings
    const src = this.src.slice(start, this.i);
    const [min, max] = q;
    // "x?" of a known set of strings is that set plus the empty string
    const exact = min === 0 && max === 1 ? exactSet(atom) : null;
    if (exact !== null) return { kind: 'text', exact: new Set([...exact, '']), src };
    return { kind: 'repeat', node: atom, min, src };
  }

  private quantifier(): [number, number] | null {
    const c = this.src[this.i];
    if (c === '*') { this.i++; return [0, Infinity]; }
    if (c === '+') { this.i++; return [1, Infinity]; }
    if (c === '?') { this.i++; return [0, 1]; }
    if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m) {
        this.i += m[0].length;
        return [Number(m[1]), m[2] === undefined ? Number(m[1]) : m[3] === '' ? Infinity : Number(m[3])];
      }
    }
    return null;
  }

  private atom(): Node {
    const start = this.i;
    const c = this.src[this.i];
    if (c === '(') return this.group();
    if (c === '[') return this.charClass();
    if (c === '^' || c === '$') {
      this.i++;
      return text([''], '^');
    }
    if (c === '.') {
      this.i++;
      return { kind: 'any', src: '.' };
    }
    if (c === '\\') return this.escape();
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    // an astral character is one or two atoms depending on the u flag: claim nothing about it
    return cp > 0xffff ? { kind: 'any', src: this.src.slice(start, this.i) } : text([c], this.src.slice(start, this.i));
  }

  private group(): Node {
    const start = this.i;
    const head = this.src.slice(this.i, this.i + 4);
    let lookaround = false;
    if (head.startsWith('(?:')) this.i += 3;
    else if (head.startsWith('(?=') || head.startsWith('(?!')) { this.i += 3; lookaround = true; }
    else if (head.startsWith('(?<=') || head.startsWith('(?<!')) { this.i += 4; lookaround = true; }
    else if (head.startsWith('(?<')) this.i = this.src.indexOf('>', this.i) + 1;
    else this.i += 1;
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Error(`unclosed group at ${start}`);
    this.i++;
    // a lookaround consumes nothing: what it looks at is not part of the match
    return lookaround ? text([''], this.src.slice(start, this.i)) : inner;
  }

  /** A class of a few single characters is a set of strings; a range, shorthand or negation is any character. */
  private charClass(): Node {
    const start = this.i++;
    let exact = this.src[this.i] !== '^';
    const chars = new Set<string>();
    while (this.i < this.src.length && this.src[this.i] !== ']') {
      let ch: string;
      if (this.src[this.i] === '\\') {
        const single = escapedChar(this.src, this.i, this.unicode);
        if (single === null) {
          exact = false;
          const next = this.src[this.i + 1];
          this.i += next === 'p' || next === 'P' ? this.src.indexOf('}', this.i) - this.i + 1 : 2;
          continue;
        }
        ch = single.char;
        this.i += single.length;
      } else {
        const cp = this.src.codePointAt(this.i)!;
        ch = String.fromCodePoint(cp);
        this.i += cp > 0xffff ? 2 : 1;
        if (cp > 0xffff) exact = false;
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        exact = false;
        this.i++;
        continue;
      }
      chars.add(ch);
    }
    if (this.src[this.i] !== ']') throw new Error(`unclosed class at ${start}`);
    this.i++;
    const src = this.src.slice(start, this.i);
    return exact && chars.size > 0 && chars.size <= MAX_EXACT ? { kind: 'text', exact: chars, src } : { kind: 'any', src };
  }

  private escape(): Node {
    const start = this.i;
    const next = this.src[this.i + 1];
    if (next === 'b' || next === 'B') {
      this.i += 2;
      return text([''], this.src.slice(start, this.i));
    }
    if (/[1-9]/.test(next)) this.i += 1 + /^\d+/.exec(this.src.slice(this.i + 1))![0].length;
    else if ((next === 'k' && this.src[this.i + 2] === '<')) this.i = this.src.indexOf('>', this.i) + 1;
    else if (next === 'p' || next === 'P') this.i = this.src.indexOf('}', this.i) + 1;
    else {
      const single = escapedChar(this.src, this.i, this.unicode);
      if (single !== null) {
        this.i += single.length;
        return text([single.char], this.src.slice(start, this.i));
      }
      this.i += 2; // \d \w \s and their negations
    }
    // a back-reference or a class: what it matches is not known here
    return { kind: 'any', src: this.src.slice(start, this.i) };
  }
}

function text(strings: string[], src: string): Node {
  return { kind: 'text', exact: new Set(strings), src };
}

/**
 * The one character an escape stands for (and the escape's length), or null for a class, an
 * assertion, a back-reference or a legacy octal escape (`\01`).
 */
function escapedChar(src: string, i: number, unicode: boolean): { char: string; length: number } | null {
  const next = src[i + 1];
  if (/[dDwWsSpPbBk1-9]/.test(next) || (next === '0' && /\d/.test(src[i + 2] ?? ''))) return null;
  const controls: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };
  if (next in controls) return { char: controls[next], length: 2 };
  const hex = (from: number, n: number): number | null => (new RegExp(`^[0-9a-fA-F]{${n}}`).test(src.slice(from, from + n)) ? parseInt(src.slice(from, from + n), 16) : null);
  if (next === 'x' && hex(i + 2, 2) !== null) return { char: String.fromCharCode(hex(i + 2, 2)!), length: 4 };
  if (next === 'u' && unicode && src[i + 2] === '{') {
    const end = src.indexOf('}', i);
    return { char: String.fromCodePoint(parseInt(src.slice(i + 3, end), 16)), length: end - i + 1 };
  }
  if (next === 'u' && hex(i + 2, 4) !== null) return { char: String.fromCharCode(hex(i + 2, 4)!), length: 6 };
  if (next === 'c' && /[a-zA-Z]/.test(src[i + 2] ?? '')) return { char: String.fromCharCode(src.charCodeAt(i + 2) % 32), length: 3 };
  // any other escaped character stands for itself ("\.", "\-", and in legacy patterns "\x" without digits)
  return { char: next, length: 2 };
}

/** Every string `node` can match, when that set is small; else null. */
function exactSet(node: Node): Set<string> | null {
  if (node.kind === 'text') return node.exact;
  if (node.kind === 'seq') {
    let out = new Set(['']);
    for (const item of node.items) {
      const e = exactSet(item);
      if (e === null || out.size * e.size > MAX_EXACT) return null;
      const next = new Set<string>();
      for (const a of out) for (const b of e) next.add(a + b);
      out = next;
    }
    return out;
  }
  if (node.kind === 'alt') {
    const out = new Set<string>();
    for (const a of node.alts) {
      const e = exactSet(a);
      if (e === null) return null;
      for (const s of e) out.add(s);
    }
    return out.size <= MAX_EXACT ? out : null;
  }
  return null;
}

/** Does every match of `node` contain a string that `hit` accepts? Conservative: false when unsure. */
function covered(node: Node, hit: (s: string) => boolean): boolean {
  const exact = exactSet(node);
  if (exact !== null) return [...exact].every(hit);
  switch (node.kind) {
    case 'alt':
      return node.alts.every((a) => covered(a, hit));
    case 'repeat':
      return node.min >= 1 && covered(node.node, hit);
    case 'seq': {
      if (node.items.some((item) => covered(item, hit))) return true;
      // a run of items with known strings ("a cambio" is spread over several literal nodes); a
      // repeated item may end a run with its first copy or start one with its last ("beta+l")
      const n = node.items.length;
      for (let i = 0; i < n; i++) {
        for (let j = i + 2; j <= n; j++) {
          const items = node.items.slice(i, j).map((item, k) => (item.kind === 'repeat' && item.min >= 1 && (k === 0 || k === j - i - 1) ? item.node : item));
          const run = exactSet({ kind: 'seq', items, src: '' });
          if (run === null) break;
          if ([...run].every(hit)) return true;
        }
      }
      return false;
    }
    default:
      return false;
  }
}

/** The innermost branches whose matches need not contain a word that `hit` accepts (for the report). */
function uncovered(node: Node, hit: (s: string) => boolean): string[] {
  if (covered(node, hit)) return [];
  if (node.kind === 'alt') return node.alts.flatMap((a) => uncovered(a, hit));
  if (node.kind === 'repeat' && node.min >= 1) return uncovered(node.node, hit);
  if (node.kind === 'seq') {
    const alts = node.items.filter((i) => i.kind === 'alt');
    if (alts.length) return alts.flatMap((a) => uncovered(a, hit));
  }
  return [node.src];
}

const escape = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/** The branches of `re` whose matches need not contain one of `words` (empty: the words are a sound prefilter for `re`). */
export function uncoveredBranches(re: RegExp, words: readonly string[]): string[] {
  const scan = literalScan(words, re.flags);
  return uncovered(new Parser(re.source, /[uv]/.test(re.flags)).parse(), scan);
}

/** A test for whether a string contains one of `words` (as a substring, with the pattern's case and Unicode flags). */
export function literalScan(words: readonly string[], flags = ''): (s: string) => boolean {
  const re = new RegExp(words.map(escape).join('|'), flags.replace(/[^iu]/g, ''));
  // patterns sharing a list are tried one after another on the same sentence: scan it once
  let last: string | null = null;
  let found = false;
  return (s) => {
    if (s !== last) {
      last = s;
      found = re.test(s);
    }
    return found;
  };
}

/** One scan per word list (and flags), so patterns that share a list share its last answer. */
const scans = new Map<string, (s: string) => boolean>();

/** Every pattern given a prefilter, with its words (the unit tests prove each list sound). */
export const PREFILTERED: Array<{ re: RegExp; words: readonly string[] }> = [];

/**
 * `re` itself, a scan for `words` in front of its `exec`. The words must be a sound prefilter
 * (`uncoveredBranches(re, words)` empty): every match contains one of them.
 */
export function prefiltered(re: RegExp, words: readonly string[]): RegExp {
  const key = `${re.flags.replace(/[^iu]/g, '')}\u0000${words.join('\u0000')}`;
  let scan = scans.get(key);
  if (scan === undefined) scans.set(key, (scan = literalScan(words, re.flags)));
  const exec = RegExp.prototype.exec;
  re.exec = function (this: RegExp, s: string): RegExpExecArray | null {
    if (!scan(String(s))) {
      if (this.global || this.sticky) this.lastIndex = 0;
      return null;
    }
    return exec.call(this, s);
  };
  PREFILTERED.push({ re, words });
  return re;
}
