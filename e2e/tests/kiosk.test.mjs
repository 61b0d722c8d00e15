// The kiosk's touch UI in headless Chromium: the real kiosk jar (sim profile) against the real server jar.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:http';
import { login, api, ROOT } from '../lib/server.mjs';
import { kioskRig } from '../lib/kiosk.mjs';

const SHOTS = join(ROOT, 'e2e', 'out');
const rig = kioskRig();
before(() => mkdirSync(SHOTS, { recursive: true }));

test('an elderly citizen scans the ID card, gets priority proposed and a printed ticket', async () => {
  const page = await rig.kioskPage();
  await page.screenshot({ path: join(SHOTS, 'kiosk-home.png') });
  await page.click('[data-testid=take-number]');

  // a card of someone born in 1950: 76 on the day of the test run
  await rig.kiosk.sim('scan', { payload: '027050000123||Lê Văn Hùng|30091950|Nam|Thôn Đông, Phù Chẩn, Bắc Ninh|10032021' });
  await page.waitForFunction(() => !document.getElementById('id-banner').classList.contains('hidden'));
  const banner = await page.textContent('#id-banner');
  assert.match(banner, /\*{8}0123/);
  assert.match(banner, /Người cao tuổi/);
  assert.doesNotMatch(banner, /Hùng|027050000123/);
  assert.match(await page.textContent('[data-testid=category-banner]'), /Ưu tiên: Người cao tuổi/);

  await page.click('#service-tiles .tile[data-service=A]'); // the service touch prints, with the card's priority
  await page.waitForFunction(() => document.querySelector('[data-testid=ticket-number]').textContent === 'A0001');
  // the number shows while printing; the label turns once the printer has finished
  await page.waitForFunction(() => document.getElementById('printing-label').textContent.includes('Mời quý khách nhận phiếu'));
  await page.screenshot({ path: join(SHOTS, 'kiosk-ticket.png') });
  assert.ok(existsSync(join(rig.kiosk.printerDir, '1.png')), 'the sim printer rendered the ticket');

  const manager = api(rig.server.url, await login(rig.server.url, 'manager', rig.server.credentials.manager.password));
  const queue = await manager('GET', '/api/v1/queue');
  assert.equal(queue.status, 200);
  const o = rig.server.credentials.officers[0];
  const officer = api(rig.server.url, await login(rig.server.url, o.username, o.password));
  await officer('POST', `/api/v1/counters/${o.counter}/open`);
  const called = await officer('POST', `/api/v1/counters/${o.counter}/next`);
  assert.equal(called.body.ticket?.number ?? called.body.number, 'A0001');
  assert.equal(called.body.ticket?.category ?? called.body.category, 'ELDERLY');
  await page.close();

  // With A0001 at the counter and one more waiting, the screen shows the estimate with its range, as the ticket does.
  let later = null;
  for (const n of ['A0002', 'A0003']) {
    await new Promise((r) => setTimeout(r, 1500)); // the server's forecast follows the queue within a second
    if (later) await later.close();
    later = await rig.kioskPage();
    await later.click('[data-testid=take-number]');
    await later.click('#service-tiles .tile[data-service=A]');
    await later.waitForFunction((x) => document.querySelector('[data-testid=ticket-number]').textContent === x, n);
  }
  const wait = await later.textContent('#t-wait');
  const m = /khoảng (\d+) phút \(từ (\d+) đến (\d+) phút\)/.exec(wait);
  assert.ok(m, 'estimate with its range on the screen: ' + wait);
  assert.ok(Number(m[2]) <= Number(m[1]) && Number(m[1]) <= Number(m[3]) && Number(m[2]) < Number(m[3]), wait);
  await later.close();
});

test('a priority group chosen after the service list; paper out sends the citizen to the desk', async () => {
  const page = await rig.kioskPage();
  await page.click('[data-testid=take-number]');
  await page.click('[data-testid=priority]');
  await page.click('#priority-tiles .tile[data-category=PREGNANT]');
  await rig.kiosk.sim('printer', { state: 'paper-out' });
  await page.click('#service-tiles .tile[data-service=B]');
  await page.waitForSelector('#failed.active');
  assert.match(await page.textContent('[data-testid=failure]'), /quầy hướng dẫn/);
  await rig.kiosk.sim('printer', { state: 'ok' });

  await page.click('#failed [data-go=home]');
  await page.click('[data-testid=home-priority] [data-category=PREGNANT]');
  await page.click('#service-tiles .tile[data-service=B]');
  await page.waitForFunction(() => document.querySelector('[data-testid=ticket-number]').textContent === 'B0001');
  assert.match(await page.textContent('#t-category'), /Phụ nữ mang thai/);
  await page.close();
});

test('English toggle, and the idle timeout returns home and forgets the scanned card', async () => {
  const page = await rig.kioskPage();
  await page.click('[data-testid=lang]');
  assert.match(await page.textContent('[data-testid=take-number]'), /Take a number/);
  await page.click('[data-testid=take-number]');
  await rig.kiosk.sim('scan', { payload: '001089012345|012345678|Nguyễn Văn An|12051989|Nam|Hà Nội|20042021' });
  await page.waitForFunction(() => window.kioskState.visit.id !== null);
  await page.evaluate(() => { window.kioskState.idle = 1; });
  await page.waitForSelector('#home.active', { timeout: 5000 });
  assert.equal(await page.evaluate(() => window.kioskState.visit.id), null);
  assert.ok(await page.$eval('#id-banner', (e) => e.classList.contains('hidden')));
  await page.close();
});

test('issue 16: another page in the kiosk\'s browser can neither drive the kiosk nor read the card', async () => {
  // the attacker: any other local page (its own origin, no CSP of ours), sending no-cors requests
  const other = createServer((req, res) => res.writeHead(200, { 'content-type': 'text/html' }).end('<title>other</title>'));
  await new Promise((r) => other.listen(0, '127.0.0.1', r));
  other.unref(); // stops with the test process
  const page = await rig.browser.newPage();
  await page.goto(`http://127.0.0.1:${other.address().port}/`);
  const answers = [];
  page.on('response', (r) => { if (r.url().startsWith(rig.kiosk.url)) answers.push(`${new URL(r.url()).pathname} ${r.status()}`); });
  const manager = api(rig.server.url, await login(rig.server.url, 'manager', rig.server.credentials.manager.password));
  const waiting = async () => (await manager('GET', '/api/v1/queue')).body.services.map((s) => `${s.code}:${s.waiting}`).join(' ');
  const printed = () => (existsSync(rig.kiosk.printerDir) ? readdirSync(rig.kiosk.printerDir).length : 0);
  const [queueBefore, printedBefore] = [await waiting(), printed()];
  const read = await page.evaluate(async (kiosk) => {
    for (const [path, body] of [['/local/tickets', '{"service":"C"}'], ['/local/help', '{}'], ['/local/sim/printer', '{"state":"paper-out"}']]) {
      await fetch(kiosk + path, { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body });
    }
    await fetch(kiosk + '/local/dossier/identity', { mode: 'no-cors' }); // the kiosk's answer, unreadable anyway
    try { return await (await fetch(kiosk + '/local/dossier/identity')).text(); } catch { return 'refused'; }
  }, rig.kiosk.url);
  assert.equal(read, 'refused', 'the card read is not readable by another origin');
  for (let i = 0; i < 50 && answers.length < 4; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual([...new Set(answers)].sort(), ['/local/dossier/identity 403', '/local/help 403', '/local/sim/printer 403', '/local/tickets 403'],
    'each request reached the kiosk and was refused');
  const status = await (await rig.kiosk.local('/local/status')).json();
  assert.doesNotMatch(JSON.stringify(status.printer), /PAPER_OUT/i);
  assert.equal(await waiting(), queueBefore, 'no ticket issued');
  assert.equal(printed(), printedBefore, 'nothing printed');
  await page.close();
  other.close();
});
