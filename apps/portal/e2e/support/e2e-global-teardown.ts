// Stops the stack the e2e global setup started (its whole process group) and removes its temporary folders.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { E2E_STATE_FILE, type E2eStack } from './e2e-stack';

function alive(pid: number): boolean {
  try {
    process.kill(-pid, 0);
    return true;
  } catch {
    return false;
  }
}

export default async function e2eGlobalTeardown(): Promise<void> {
  if (!existsSync(E2E_STATE_FILE)) return;
  const stack = JSON.parse(readFileSync(E2E_STATE_FILE, 'utf8')) as E2eStack;
  rmSync(E2E_STATE_FILE, { force: true });
  if (stack.pid) {
    try {
      process.kill(-stack.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
    const deadline = Date.now() + 10_000;
    while (alive(stack.pid) && Date.now() < deadline) await new Promise((done) => setTimeout(done, 200));
    if (alive(stack.pid)) {
      try {
        process.kill(-stack.pid, 'SIGKILL');
      } catch {
        // Gone meanwhile.
      }
    }
  }
  if (!process.env.ALLIANCE_E2E_KEEP)
    for (const dir of stack.tempDirs) rmSync(dir, { recursive: true, force: true });
}
