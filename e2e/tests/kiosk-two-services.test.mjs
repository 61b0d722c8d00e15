// Issue 19: a citizen who needs two procedures picks both at the kiosk (the real kiosk jar, sim profile, in
// headless Chromium) and gets one number; the first service's officer sees what comes next, calls, serves and
// finishes it; the same number then waits in the second service's queue, is called there, and the day's report
// counts one visit with two services, with its total wait.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { login, api } from '../lib/server.mjs';
import { kioskRig } from '../lib/kiosk.mjs';
import { DOC_IMAGES } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';
import { signInAtCounter } from '../lib/officer.mjs';

const rig = kioskRig();

/** The officer console of demo officer `index`, logged in at their counter. */
async function desk(index) {
  const o = rig.server.credentials.officers[index];
  const page = await rig.browser.newPage({ viewport: { width: 1100, height: 1000 } });
  await page.goto(rig.server.url + '/officer');
  await signInAtCounter(page, o);
  return page;
}

/** Calls the next visitor with N, starts with S and finishes with F, each once the screen shows the step before. */
async function serve(page, number) {
  await page.keyboard.press('n');
  await page.waitForFunction((n) => document.getElementById('current-number').textContent === n, number);
  await page.keyboard.press('s');
  await page.waitForFunction(() => document.getElementById('current-info').textContent.includes('Đang phục vụ'));
  await page.keyboard.press('f');
  await page.waitForFunction(() => document.getElementById('current-number').textContent === '—');
}

test('two procedures at the kiosk: one number, served at one counter then the other, one visit in the report', { timeout: 240000 }, async () => {
  const page = await rig.kioskPage();
  const services = (await api(rig.server.url)('GET', '/api/v1/services')).body;
  const name = (code) => services.find((s) => s.code === code).nameVi;
  await page.click('[data-testid=take-number]');
  await page.waitForSelector('#services.active');

  await page.click('[data-testid=two-services]');
  await page.waitForFunction(() => document.querySelector('[data-testid=two-hint]').textContent === 'Chạm thủ tục thứ nhất.');
  assert.equal(await page.getAttribute('[data-testid=two-services]', 'aria-pressed'), 'true');
  // the first touch only picks (nothing printed); touching it again takes the pick back
  await page.click('#service-tiles .tile[data-service=A]');
  await page.waitForFunction((n) => document.querySelector('[data-testid=two-hint]').textContent
    === `Thủ tục thứ nhất: ${n}. Chạm thủ tục thứ hai để in số.`, name('A'));
  assert.equal(await page.getAttribute('#service-tiles .tile[data-service=A]', 'aria-pressed'), 'true');
  await page.click('#service-tiles .tile[data-service=A]');
  await page.waitForFunction(() => document.querySelector('[data-testid=two-hint]').textContent === 'Chạm thủ tục thứ nhất.');
  assert.equal(await page.getAttribute('#service-tiles .tile[data-service=A]', 'aria-pressed'), 'false');
  await page.click('#service-tiles .tile[data-service=A]');
  await page.waitForFunction(() => document.querySelector('#service-tiles .tile[data-service=A]').getAttribute('aria-pressed') === 'true');
  await assertAccessible(page, 'kiosk, two procedures: the first picked');
  await page.screenshot({ path: join(DOC_IMAGES, 'kiosk-two-services.png') });

  // the second touch prints one number for both
  await page.click('#service-tiles .tile[data-service=B]');
  await page.waitForFunction(() => /^A\d{4}$/.test(document.querySelector('[data-testid=ticket-number]').textContent));
  const number = await page.textContent('[data-testid=ticket-number]');
  assert.equal(await page.textContent('#t-service'), `${name('A')} → ${name('B')}`);
  await page.waitForFunction(() => document.getElementById('printing-label').textContent.includes('Mời quý khách nhận phiếu'));
  assert.deepEqual(readdirSync(rig.kiosk.printerDir).filter((f) => f.endsWith('.png')), ['1.png'], 'one ticket printed');
  await page.close();

  // Counter 2 (service A): the waiting list says what comes next; served and finished there.
  const deskA = await desk(1);
  await deskA.waitForFunction((n) => (document.querySelector('#queue-list tr[data-ticket]')?.textContent || '')
    .includes(n), number);
  assert.match(await deskA.textContent('#queue-list tr[data-ticket]'), /\(sau đó B\)/);
  await serve(deskA, number);
  await deskA.close();

  // Counter 4 (service B): the same number waits in B now, and is called there.
  const deskB = await desk(3);
  await deskB.waitForFunction((n) => [...document.querySelectorAll('#queue-list tr[data-ticket]')]
    .some((tr) => tr.cells[0].textContent.startsWith(n) && tr.cells[1].textContent === 'B'), number);
  await serve(deskB, number);
  await deskB.close();

  // The day's report: two service visits, one citizen's visit with several services, its total wait the sum of both.
  const manager = api(rig.server.url, await login(rig.server.url, 'manager', rig.server.credentials.manager.password));
  const today = (await manager('GET', '/api/v1/reports/live')).body.at.substring(0, 10);
  const s = (await manager('GET', `/api/v1/reports/summary?from=${today}&to=${today}`)).body;
  assert.equal(s.severalServices.visits, 1);
  assert.equal(s.severalServices.serviceVisits, 2);
  const byService = Object.fromEntries(s.byService.map((g) => [g.key, g]));
  assert.equal(byService.A.visits, 1);
  assert.equal(byService.B.visits, 1);
  assert.equal(s.severalServices.totalWait.count, 1);
  const sum = byService.A.wait.mean + byService.B.wait.mean;
  assert.ok(Math.abs(s.severalServices.totalWait.mean - sum) <= 0.011, `total ${s.severalServices.totalWait.mean} vs ${sum}`);
});
