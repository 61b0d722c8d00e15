// Starts the real kiosk-firmware fat jar with a hardware profile (default: sim) against a queue server.
// It runs in its own temp directory, so the sim printer's kiosk-output/printer lands there.
import { spawn } from 'node:child_process';
import { before, after, afterEach } from 'node:test';
import { mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, freePort, waitForHealth, keepLog, startServer } from './server.mjs';
import { launchBrowser } from './browser.mjs';
import { signInAtCounter } from './officer.mjs';

export const KIOSK_JAR = join(ROOT, 'kiosk-firmware', 'target', 'kiosk-firmware.jar');

export async function startKiosk({ serverUrl, token, profile = 'sim' }) {
  if (!existsSync(KIOSK_JAR)) throw new Error(`build first: ${KIOSK_JAR} is missing`);
  const workDir = mkdtempSync(join(tmpdir(), 'motcua-kiosk-'));
  const port = await freePort();
  const proc = spawn('java', ['-Duser.timezone=Asia/Ho_Chi_Minh', '-Dfile.encoding=UTF-8', '-jar', KIOSK_JAR, 'run',
    '--profile', profile, '--server', serverUrl, '--port', String(port)],
  // the token through the environment, as the packaged unit passes it: never on the command line (ps)
  { cwd: workDir, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, MOTCUA_KIOSK_TOKEN: token } });
  let output = '';
  proc.stdout.on('data', (d) => { output += d; });
  proc.stderr.on('data', (d) => { output += d; });
  const url = `http://127.0.0.1:${port}`;
  const until = Date.now() + 60000;
  // the kiosk answers /local/* only with this boot's key, which it writes into its own page
  let key;
  for (;;) {
    try {
      const page = await fetch(url + '/');
      if (page.ok) {
        key = (await page.text()).match(/<meta name="kiosk-key" content="([^"]+)">/)[1];
        break;
      }
    } catch { /* starting */ }
    if (Date.now() > until || proc.exitCode !== null) {
      proc.kill('SIGKILL');
      throw new Error(`kiosk did not start\n--- kiosk output ---\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise((r) => proc.once('exit', r));
  proc.once('exit', () => keepLog('kiosk', output));
  return {
    url, key, workDir, printerDir: join(workDir, 'kiosk-output', 'printer'), output: () => output,
    /** A request to the kiosk's /local/ API with this boot's key, as its own page sends it. */
    local(path, init = {}) {
      return fetch(url + path, { ...init, headers: { 'x-kiosk-key': key, ...(init.headers || {}) } });
    },
    async sim(path, body) {
      const r = await fetch(url + '/local/sim/' + path, { method: 'POST',
        headers: { 'content-type': 'application/json', 'x-kiosk-key': key },
        body: body === undefined ? undefined : JSON.stringify(body) });
      if (r.status >= 300) throw new Error(`sim ${path} → ${r.status}`);
    },
    async stop() { if (proc.exitCode === null) { proc.kill('SIGTERM'); await exited; } },
  };
}
export { waitForHealth };

/**
 * The real server and kiosk jars and one headless Chromium, started before a test file's tests and stopped
 * after them. Call it at the top of the file; `rig.server`, `rig.kiosk` and `rig.browser` exist once the
 * tests run.
 */
export function kioskRig() {
  const opened = [];
  const rig = {
    async kioskPage(viewport = { width: 1080, height: 1920 }) {
      const page = await rig.browser.newPage({ viewport });
      opened.push(page);
      await page.goto(rig.kiosk.url + '/');
      await page.waitForFunction(() => document.getElementById('centre').textContent.includes('Bắc Ninh'));
      // scans are pushed over the page's event streams: one sent before they connect reaches no screen
      await page.waitForSelector('html[data-listening=yes]', { state: 'attached' });
      return page;
    },
    /** The officer console of the demo officer at `index` (0-based), logged in at their counter, having called the next ticket. */
    async officerCallsNext(index) {
      const o = rig.server.credentials.officers[index];
      const desk = await rig.browser.newPage();
      await desk.goto(rig.server.url + '/officer');
      await signInAtCounter(desk, o);
      await desk.keyboard.press('n');
      return desk;
    },
  };
  before(async () => {
    rig.server = await startServer();
    rig.kiosk = await startKiosk({ serverUrl: rig.server.url, token: rig.server.credentials.kioskToken });
    rig.browser = await launchBrowser();
  });
  // a test that failed half-way leaves its page open, listening for scans: the next test's scans would reach it too;
  // a route's handler still running as its page closes must not fail the run (the board's test once did)
  afterEach(async () => {
    for (const page of opened.splice(0)) {
      await page.unrouteAll({ behavior: 'ignoreErrors' }).catch(() => {});
      await page.close().catch(() => {});
    }
  });
  after(async () => {
    await rig.browser?.close();
    await rig.kiosk?.stop();
    await rig.server?.kill();
  });
  return rig;
}
