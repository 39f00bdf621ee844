import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

/*
 * Child processes for the consumer tests and the bench: commands that must succeed,
 * and servers that run in their own process group so that stopping one stops the
 * whole tree (next start, react-router-serve and vite preview each fork).
 */

const running = new Set();

/** The environment for a child: ours with `extra` over it; `undefined` removes a variable. */
function childEnv(extra) {
  const env = { ...process.env, ...extra };
  for (const [key, value] of Object.entries(env)) if (value === undefined) delete env[key];
  return env;
}

/** Runs a command to completion; rejects with its output when it fails. */
export function run(command, args, { cwd, env = {}, quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: childEnv(env),
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
    });
    let output = '';
    child.stdout?.on('data', (chunk) => (output += chunk));
    child.stderr?.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${command} ${args.join(' ')} (in ${cwd ?? '.'}) exited ${code ?? signal}\n${output}`));
    });
  });
}

/** A TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a server in its own process group and resolves once `url` answers 200.
 * The returned `stop()` ends the group: SIGTERM, then SIGKILL after 5 s.
 */
export async function startServer(command, args, { cwd, env = {}, url, timeoutMs = 30_000 }) {
  const child = spawn(command, args, {
    cwd,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  child.stdout.on('data', (chunk) => (output += chunk));
  child.stderr.on('data', (chunk) => (output += chunk));
  const exited = new Promise((resolve) => child.on('exit', resolve));
  let alive = true;
  exited.then(() => (alive = false));

  const server = {
    url,
    output: () => output,
    async stop() {
      running.delete(server);
      if (!alive) return;
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
      // The group may outlive its leader (a forked worker); make sure none is left.
      killGroup(child.pid, 'SIGKILL');
    },
  };
  running.add(server);

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!alive) throw new Error(`${command} ${args.join(' ')} exited before answering\n${output}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.stop();
      throw new Error(`${url} did not answer within ${timeoutMs} ms\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Stops every server still running (on error or Ctrl-C). */
export async function stopAll() {
  await Promise.all([...running].map((server) => server.stop()));
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => {
    stopAll().finally(() => process.exit(130));
  });
}
