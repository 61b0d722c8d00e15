// Starts the real queue-server fat jar on a free loopback port with a fresh temp data directory and
// the demo seed, and hands back its URL and the demo credentials. Tests kill what they start.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, mkdirSync, appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SERVER_JAR = join(ROOT, 'queue-server', 'target', 'queue-server.jar');

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

export async function waitForHealth(url, timeoutMs = 60000) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const r = await fetch(url + '/health');
      if (r.ok) return;
    } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server ${url} not healthy within ${timeoutMs} ms`);
}

/**
 * Starts `java -jar queue-server.jar serve --port P --data DIR --demo [extra...]`.
 * Returns { url, port, dataDir, credentials, proc, stop(), kill(), restart() }.
 * Pass { dataDir, port } to reuse them (a restart test does).
 */
export async function startServer({ dataDir, port, extraArgs = [], demo = true } = {}) {
  if (!existsSync(SERVER_JAR)) throw new Error(`build first: ${SERVER_JAR} is missing`);
  dataDir = dataDir || mkdtempSync(join(tmpdir(), 'motcua-e2e-'));
  port = port || await freePort();
  const args = ['-Duser.timezone=Asia/Ho_Chi_Minh', '-Dfile.encoding=UTF-8', '-jar', SERVER_JAR,
    'serve', '--port', String(port), '--data', dataDir, ...(demo ? ['--demo'] : []), ...extraArgs];
  const proc = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHealth(url);
  } catch (e) {
    proc.kill('SIGKILL');
    throw new Error(`${e.message}\n--- server output ---\n${output}`);
  }
  const credFile = join(dataDir, 'demo-credentials.json');
  const credentials = existsSync(credFile) ? JSON.parse(readFileSync(credFile, 'utf8')) : null;
  const exited = new Promise((r) => proc.once('exit', r));
  proc.once('exit', () => keepLog('server', output));
  return {
    url, port, dataDir, credentials, proc,
    output: () => output,
    async stop() { if (proc.exitCode === null) { proc.kill('SIGTERM'); await exited; } },
    async kill() { if (proc.exitCode === null) { proc.kill('SIGKILL'); await exited; } },
    restart() { return startServer({ dataDir, port, extraArgs, demo }); },
  };
}

/**
 * Every process's output is kept under e2e/out/logs, so checks/logs.test.mjs can prove that no log line
 * of a whole test run carries a personal number.
 */
export function keepLog(kind, output) {
  const dir = join(ROOT, 'e2e', 'out', 'logs');
  mkdirSync(dir, { recursive: true });
  appendFileSync(join(dir, `${kind}-${process.pid}.log`), output);
}

/** Logs in with the demo credentials of `role` ('manager' or the officer at index i). */
export async function login(url, username, password) {
  const r = await fetch(url + '/api/v1/auth/login', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (!r.ok) throw new Error(`login ${username} → ${r.status} ${await r.text()}`);
  return (await r.json()).token;
}

/**
 * The demo officer at index i of the server's credentials, logged in, with the counter opened: an api() caller
 * bound to the officer's token and the counter's number.
 */
export async function openCounter(server, i) {
  const o = server.credentials.officers[i];
  const officer = api(server.url, await login(server.url, o.username, o.password));
  const opened = await officer('POST', `/api/v1/counters/${o.counter}/open`);
  if (opened.status !== 200) throw new Error(`open counter ${o.counter} → ${opened.status} ${JSON.stringify(opened.body)}`);
  return { officer, counter: o.counter };
}

/** A small JSON API caller bound to a token. */
export function api(url, token) {
  return async (method, path, body) => {
    const r = await fetch(url + path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  };
}
