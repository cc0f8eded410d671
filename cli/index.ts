/**
 * `policylens` entry point. The built bundle (dist/cli.mjs) is both the command and the
 * worker-thread script: a worker started by cli/pool.ts carries `workerData.role` and serves
 * documents instead of parsing argv, so workers need no TypeScript loader.
 *
 * Exit status: 0 success · 1 some inputs failed (run completed) · 2 usage error or fatal I/O.
 *
 * The classifier, the model and the HTML libraries are imported where they are used, so a
 * thread loads only what it runs (the main thread of a parallel `analyze` loads none of them).
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import pkg from '../package.json';
import { HELP_ANALYZE, HELP_MAIN, HELP_TAG, UsageError, parseCommand } from './args';
import type { TagOptions } from './args';
import type { DocResult, RenderOptions } from './render';
import type { TagBatch, TagBatchResult } from './tag';
import { installPipeGuards } from './output';
import { WORKER_ROLE, serveWorker } from './pool';
import { log } from './report';

export const TOOL_VERSION: string = (pkg as { version: string }).version;
/** This module's own URL: in the bundle, the bundle itself (used as the worker script). */
const SELF = new URL(import.meta.url);

async function main(argv: string[]): Promise<number> {
  installPipeGuards();
  let cmd;
  try {
    cmd = parseCommand(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      log(e.message);
      process.stderr.write(`Run 'policylens --help' for usage.\n`);
      return 2;
    }
    throw e;
  }
  switch (cmd.command) {
    case 'help': {
      const topic = cmd.topic;
      const text = topic === 'tag' ? HELP_TAG : topic === 'analyze' || topic === 'analyse' ? HELP_ANALYZE : HELP_MAIN;
      process.stdout.write(text);
      return topic === null || ['tag', 'analyze', 'analyse'].includes(topic) ? 0 : 2;
    }
    case 'version': {
      const { MODEL_VERSION } = await import('../lib/classifier/index');
      process.stdout.write(`policylens ${TOOL_VERSION} (model ${MODEL_VERSION})\n`);
      return 0;
    }
    case 'tag': {
      const { runTag } = await import('./tag');
      return runTag(cmd, SELF);
    }
    case 'analyze': {
      const { runAnalyze } = await import('./analyze');
      return runAnalyze(cmd, SELF, TOOL_VERSION);
    }
  }
}

type WorkerConfig = { kind: 'tag'; labels: TagOptions['labels']; minScore: TagOptions['minScore'] } | (RenderOptions & { kind?: undefined });
const data = workerData as { role?: string; data?: WorkerConfig } | null;
if (!isMainThread && data?.role === WORKER_ROLE && parentPort && data.data) {
  const config = data.data;
  if (config.kind === 'tag') {
    const tagModule = import('./tag');
    serveWorker<TagBatch, TagBatchResult>(parentPort, async (batch) => (await tagModule).tagBatch(batch, config));
  } else {
    const documentModule = import('./document');
    serveWorker<string, DocResult>(parentPort, async (source) => (await documentModule).processDocument(source, config));
  }
} else if (isMainThread) {
  // Benchmarks (scripts/bench-cli.ts) read the peak RSS of the whole process, workers included.
  if (process.env.POLICYLENS_REPORT_RSS) {
    process.on('exit', () => {
      const u = process.resourceUsage();
      process.stderr.write(`policylens: peak-rss-kb ${u.maxRSS} cpu-ms ${Math.round((u.userCPUTime + u.systemCPUTime) / 1000)}\n`);
    });
  }
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e: unknown) => {
      const err = e as NodeJS.ErrnoException;
      log(`fatal: ${err?.code ? `${err.code} ` : ''}${err?.message ?? String(e)}`);
      if (process.env.POLICYLENS_DEBUG) console.error(e);
      process.exitCode = 2;
    },
  );
}
