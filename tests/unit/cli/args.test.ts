import { describe, expect, it } from 'vitest';
import { UsageError, parseCommand } from '../../../cli/args';

const here = '[cli/args] ';

describe(`${here}parseCommand`, () => {
  it('help and version', () => {
    expect(parseCommand([])).toEqual({ command: 'help', topic: null });
    expect(parseCommand(['--help'])).toEqual({ command: 'help', topic: null });
    expect(parseCommand(['help', 'tag'])).toEqual({ command: 'help', topic: 'tag' });
    expect(parseCommand(['analyze', '--help'])).toEqual({ command: 'help', topic: 'analyze' });
    expect(parseCommand(['--version'])).toEqual({ command: 'version' });
  });

  it('analyze defaults', () => {
    const c = parseCommand(['analyze', 'corpus/']);
    expect(c).toMatchObject({ command: 'analyze', inputs: ['corpus/'], format: 'jsonl', clauses: false, labels: null, minScore: undefined, filesFrom: null, quiet: false, timeoutMs: 120_000 });
    if (c.command === 'analyze') expect(c.jobs).toBeGreaterThanOrEqual(1);
  });

  it('analyze with every flag', () => {
    expect(
      parseCommand(['analyze', 'a', '*.html', '--format=csv', '--clauses', '--labels', 'retention,data_sale', '--min-score', '0.4', '-j', '3', '--files-from', '-', '-o', 'out.csv', '-q', '--lang', 'nl-BE', '--timeout', '0']),
    ).toMatchObject({
      inputs: ['a', '*.html'], format: 'csv', clauses: true, labels: ['data_sale', 'retention'], minScore: 0.4, jobs: 3,
      filesFrom: '-', output: 'out.csv', quiet: true, lang: 'nl', timeoutMs: 0,
    });
  });

  it('tag flags', () => {
    expect(parseCommand(['tag', '--input', 'in.jsonl', '--output', 'out.jsonl'])).toMatchObject({ command: 'tag', input: 'in.jsonl', output: 'out.jsonl', labels: null, jobs: 1 });
    expect(parseCommand(['tag', '-j', '4'])).toMatchObject({ jobs: 4 });
  });

  const usage: [string, string[]][] = [
    ['unknown command', ['frobnicate']],
    ['unknown flag', ['analyze', 'x', '--nope']],
    ['missing inputs', ['analyze']],
    ['bad format', ['analyze', 'x', '--format', 'xml']],
    ['bad label', ['analyze', 'x', '--labels', 'data_sale,bogus']],
    ['empty labels', ['analyze', 'x', '--labels', ',']],
    ['min-score > 1', ['analyze', 'x', '--min-score', '1.5']],
    ['min-score not a number', ['analyze', 'x', '--min-score', 'high']],
    ['jobs 0', ['analyze', 'x', '--jobs', '0']],
    ['jobs not int', ['analyze', 'x', '--jobs', '2.5']],
    ['missing flag value', ['analyze', 'x', '--jobs']],
    ['stdin twice', ['analyze', '-', '--files-from', '-']],
    ['bad lang', ['analyze', 'x', '--lang', '12']],
    ['tag positional', ['tag', 'file.jsonl']],
  ];
  it.each(usage)('usage error: %s', (_name, argv) => {
    expect(() => parseCommand(argv)).toThrow(UsageError);
  });
});
