/** Running a command as the benchmark does: timed, output kept, shown only on failure. */
import { spawn } from 'node:child_process';

/** A finished command: wall time (ms) and its stdout and stderr together. */
export interface Ran {
  ms: number;
  output: string;
}

/** Run a command in `cwd`; resolve with its wall time and output, reject (after printing its output) on a non-zero exit. */
export function run(command: string, argv: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): Promise<Ran> {
  return new Promise((ok, fail) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env });
    const output: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => output.push(d));
    child.stderr.on('data', (d: Buffer) => output.push(d));
    child.on('error', fail);
    child.on('close', (code, signal) => {
      const ms = performance.now() - started;
      const text = Buffer.concat(output).toString('utf8');
      if (code === 0) ok({ ms, output: text });
      else {
        process.stderr.write(text);
        fail(new Error(`\`${command} ${argv.join(' ')}\` exited with ${code ?? signal}`));
      }
    });
  });
}
