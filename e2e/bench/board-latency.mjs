// Call → rendered latency on the board: 100 calls through the API with 50 board pages open in one
// headless Chromium (40 hall boards, 10 counter screens), against the real server jar.
// Run: cd e2e && node bench/board-latency.mjs [--calls 100] [--boards 50]
// Prints a table; nothing is asserted (numbers depend on the host).
import { startServer, api, login } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { cpus, totalmem } from 'node:os';

const arg = (name, dflt) => {
  const i = process.argv.indexOf('--' + name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const CALLS = arg('calls', 100);
const BOARDS = arg('boards', 50);
const COUNTER_SCREENS = Math.floor(BOARDS / 5);
// Counter → service it serves in the demo centre.
const DESKS = [[2, 'A'], [4, 'B'], [5, 'C'], [6, 'D']];

function pct(values, p) {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
}

const server = await startServer();
const browser = await launchBrowser();
try {
  const kiosk = api(server.url, server.credentials.kioskToken);
  const perDesk = Math.ceil(CALLS / DESKS.length);
  for (const [, svc] of DESKS) for (let i = 0; i < perDesk; i++) await kiosk('POST', '/api/v1/tickets', { service: svc, category: 'NORMAL' });
  const desks = [];
  for (const [counter] of DESKS) {
    const o = server.credentials.officers[counter - 1];
    const call = api(server.url, await login(server.url, o.username, o.password));
    await call('POST', `/api/v1/counters/${counter}/open`);
    desks.push({ counter, call, current: null });
  }

  // Each page notes when the called number appears in the DOM and when the next frame is painted.
  const watch = () => {
    window.__seen = [];
    const counter = new URLSearchParams(location.search).get('counter');
    const id = counter ? 'counter-number' : 'latest-number';
    let last = null;
    const check = () => {
      const el = document.getElementById(id);
      const n = el && el.textContent;
      if (!n || n === last) return;
      last = n;
      const entry = { number: n, dom: Date.now(), frame: null };
      window.__seen.push(entry);
      requestAnimationFrame(() => { entry.frame = Date.now(); });
    };
    new MutationObserver(check).observe(document, { subtree: true, childList: true, characterData: true });
  };

  // One browser context per board, like one TV per board: Chromium allows six HTTP/1.1 connections per
  // host and context, and every board holds one open for its event stream.
  const pages = [];
  const contexts = [];
  for (let i = 0; i < BOARDS; i++) {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 } });
    contexts.push(context);
    await context.addInitScript(watch);
    const page = await context.newPage();
    const screenOf = i < COUNTER_SCREENS ? DESKS[i % DESKS.length][0] : null;
    await page.goto(server.url + '/board?sound=0' + (screenOf ? '&counter=' + screenOf : ''));
    pages.push({ page, counter: screenOf });
  }
  await Promise.all(pages.map(({ page }) => page.waitForFunction(
    () => document.getElementById('centre-name').textContent.length > 0 || document.getElementById('counter-no').textContent.length > 0)));
  await new Promise((r) => setTimeout(r, 1000));

  const calls = [];
  for (let i = 0; i < CALLS; i++) {
    const desk = desks[i % desks.length];
    if (desk.current) {
      await desk.call('POST', `/api/v1/tickets/${desk.current}/start`);
      await desk.call('POST', `/api/v1/tickets/${desk.current}/finish`, { outcome: 'RECEIVED' });
    }
    const sent = Date.now();
    const r = await desk.call('POST', `/api/v1/counters/${desk.counter}/next`);
    const answered = Date.now();
    if (r.status !== 200) throw new Error(`call ${i} at counter ${desk.counter} → ${r.status}`);
    desk.current = r.body.id;
    calls.push({ number: r.body.number, counter: desk.counter, sent, answered });
    const watching = pages.filter((p) => p.counter === null || p.counter === desk.counter);
    await Promise.all(watching.map(({ page }) => page.waitForFunction(
      (n) => window.__seen.some((s) => s.number === n), r.body.number, { polling: 20, timeout: 15000 })));
    await new Promise((res) => setTimeout(res, 100));
  }
  await new Promise((r) => setTimeout(r, 500));

  const dom = [];
  const frame = [];
  const slowestPerCall = [];
  const byNumber = new Map(calls.map((c) => [c.number, c]));
  const perCallMax = new Map();
  for (const { page } of pages) {
    const seen = await page.evaluate(() => window.__seen);
    for (const s of seen) {
      const c = byNumber.get(s.number);
      if (!c) continue;
      dom.push(s.dom - c.sent);
      if (s.frame) frame.push(s.frame - c.sent);
      perCallMax.set(s.number, Math.max(perCallMax.get(s.number) || 0, (s.frame || s.dom) - c.sent));
    }
  }
  slowestPerCall.push(...perCallMax.values());
  const api_ = calls.map((c) => c.answered - c.sent);

  const rows = [
    ['API answer to the officer (POST /next)', api_],
    ['call → number in a board\'s DOM', dom],
    ['call → next frame painted on a board', frame],
    ['call → painted on the slowest of the boards', slowestPerCall],
  ];
  console.log(`\nBoard latency: ${CALLS} calls, ${BOARDS} boards open (${BOARDS - COUNTER_SCREENS} hall, ${COUNTER_SCREENS} counter screens), ` +
    `${cpus().length} CPU, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium headless, server and browser on one host\n`);
  console.log('| measure | samples | p50 ms | p95 ms | max ms |');
  console.log('|---|---:|---:|---:|---:|');
  for (const [name, v] of rows) {
    console.log(`| ${name} | ${v.length} | ${pct(v, 50)} | ${pct(v, 95)} | ${Math.max(...v)} |`);
  }
  await Promise.all(contexts.map((c) => c.close()));
} finally {
  await browser.close();
  await server.kill();
}
