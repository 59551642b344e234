import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const REPOSITORY_ROOT = resolve(__dirname, '..', '..');
const START_TIMEOUT_MS = 90_000;

export interface ChildServer {
  url: string;
  stop(): Promise<void>;
}

/** Runs bench/support/serve.ts in a child process and resolves once it has printed its URL. */
export function startChildServer(args: string[], env: NodeJS.ProcessEnv = process.env): Promise<ChildServer> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['-r', '@swc-node/register', resolve(__dirname, 'serve.ts'), ...args],
    { cwd: REPOSITORY_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });

  const stop = () =>
    new Promise<void>((resolveStop) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
      const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(force);
        resolveStop();
      });
      child.kill('SIGTERM');
    });

  return new Promise((resolveStart, rejectStart) => {
    const timer = setTimeout(() => {
      void stop();
      rejectStart(
        new Error(`serve.ts ${args.join(' ')} did not start within ${START_TIMEOUT_MS / 1000} s.\n${stderr}`),
      );
    }, START_TIMEOUT_MS);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString('utf8');
      const ready = /^READY (\S+)$/m.exec(stdout);
      if (ready) {
        clearTimeout(timer);
        resolveStart({ url: ready[1], stop });
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      rejectStart(new Error(`serve.ts ${args.join(' ')} exited with code ${code}.\n${stderr}`));
    });
  });
}
