// The ticket phone page of a visit with two services, in headless Chromium against the real server jar: it
// shows the wait in the first service, follows the same number into the second service's queue once the
// first is done, and shows each service's wait and the visit's total (the sum the reports count).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, login, api, ROOT } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';

const legMinutes = (text) => [...text.matchAll(/(\d+) phút/g)].map((m) => Number(m[1]));

test('ticket page of a two-service visit: each service\'s wait and the total, through to the second call', async () => {
  // 30× clock: the minutes grow while the test runs, so the page's figures are compared with each other and
  // with the API, not with fixed numbers
  const server = await startServer({ extraArgs: ['--clock-start', '2026-12-07T08:00:00+07:00', '--clock-speed', '30'] });
  const browser = await launchBrowser();
  try {
    const kiosk = api(server.url, server.credentials.kioskToken);
    const services = await (await fetch(server.url + '/api/v1/services')).json();
    const nameC = services.find((s) => s.code === 'C').nameVi;
    const issued = await kiosk('POST', '/api/v1/tickets', { service: 'A', category: 'NORMAL', thenServices: ['C'] });
    assert.equal(issued.status, 201);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(issued.body.statusUrl);
    await page.waitForSelector('#visit:not([hidden])');
    assert.match(await page.textContent('[data-testid=visit-next]'), new RegExp(`Tiếp theo / Next: ${nameC}`));
    assert.match(await page.textContent('[data-testid=visit-total]'), /^\d+ phút \/ min$/);

    // the demo centre: counter 2 serves A only, counter 5 serves C
    const oA = server.credentials.officers.find((o) => o.counter === 2);
    const oC = server.credentials.officers.find((o) => o.counter === 5);
    const officerA = api(server.url, await login(server.url, oA.username, oA.password));
    const officerC = api(server.url, await login(server.url, oC.username, oC.password));
    assert.equal((await officerA('POST', `/api/v1/counters/${oA.counter}/open`)).status, 200);
    const calledA = await officerA('POST', `/api/v1/counters/${oA.counter}/next`);
    assert.equal(calledA.body.id, issued.body.id);
    assert.equal((await officerA('POST', `/api/v1/tickets/${issued.body.id}/start`)).status, 200);
    assert.equal((await officerA('POST', `/api/v1/tickets/${issued.body.id}/finish`, { outcome: 'RECEIVED' })).status, 200);

    // the page, still on the first segment's address, now shows the number waiting for C, with both waits
    await page.waitForFunction((name) => document.getElementById('service').textContent.includes(name)
      && document.querySelectorAll('#visit-legs li').length === 2, nameC);
    assert.match(await page.textContent('#status'), /Đang chờ/);
    const legs = await page.$$eval('#visit-legs li', (lis) => lis.map((li) => li.textContent));
    assert.doesNotMatch(legs[0], /đang chờ/);
    assert.match(legs[1], new RegExp(`^${nameC}.*\\d+ phút / min \\(đang chờ / waiting\\)$`));
    const shownA = legMinutes(legs[0])[0];
    const shownTotal = legMinutes(await page.textContent('[data-testid=visit-total]'))[0];
    assert.equal(shownTotal, shownA + legMinutes(legs[1])[0], 'the total is the sum of the services\' waits');
    const apiVisit = (await (await fetch(`${server.url}/api/v1/tickets/${issued.body.id}`)).json()).visit;
    assert.equal(apiVisit.services[0].waitedMinutes, shownA, 'the first service\'s wait no longer changes');
    assert.ok(apiVisit.totalWaitMinutes >= shownTotal);
    assert.equal(await page.isHidden('[data-testid=visit-next]'), true, 'nothing more to come');
    await assertAccessible(page, 'ticket page, second service of the visit');
    const shots = join(ROOT, 'e2e', 'out', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'ticket-two-services.png'), fullPage: true });

    // the second service calls the same number: the page says where to go, from the first segment's QR
    assert.equal((await officerC('POST', `/api/v1/counters/${oC.counter}/open`)).status, 200);
    const calledC = await officerC('POST', `/api/v1/counters/${oC.counter}/next`);
    assert.equal(calledC.body.number, issued.body.number);
    await page.waitForFunction((k) => document.getElementById('status').textContent.includes(`đến quầy số ${k}`), oC.counter);
    const after = await page.$$eval('#visit-legs li', (lis) => lis.map((li) => li.textContent));
    assert.doesNotMatch(after[1], /đang chờ/);
  } finally {
    await browser.close();
    await server.kill();
  }
});
