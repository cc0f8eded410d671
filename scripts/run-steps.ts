/** Run named shell steps in order, stop at the first failure, print a timing table. */
import { spawnSync } from 'node:child_process';

export interface Step {
  name: string;
  cmd: string;
  env?: Record<string, string>;
}

export function runSteps(steps: Step[]): boolean {
  const times: [string, number, boolean][] = [];
  let ok = true;
  for (const step of steps) {
    console.log(`\n▶ ${step.name}: ${step.cmd}`);
    const started = Date.now();
    const r = spawnSync(step.cmd, { shell: true, stdio: 'inherit', env: { ...process.env, ...step.env } });
    const passed = r.status === 0;
    times.push([step.name, (Date.now() - started) / 1000, passed]);
    if (!passed) {
      console.error(`✖ ${step.name} failed (exit ${r.status ?? r.signal})`);
      ok = false;
      break;
    }
  }
  console.log('\nstep                      seconds  result');
  for (const [name, s, passed] of times) console.log(`${name.padEnd(25)} ${s.toFixed(1).padStart(7)}  ${passed ? 'ok' : 'FAILED'}`);
  return ok;
}
