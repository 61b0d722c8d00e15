// Booking on the phone page → check-in through the API as the kiosk → called at the slot by an officer,
// and cancelling by code, in headless Chromium against the real server jar. The server's demo clock
// starts on a Monday at 09:40 and runs 30× (1 s real = 30 s), so the test does not depend on the hour.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, api, openCounter, ROOT } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';

const SPEED = 30;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** Real milliseconds until the server's clock reads `target`, known from a server time `seen` just read. */
const until = (seen, target) => Math.max(0, (Date.parse(target) - Date.parse(seen)) / SPEED);

test('book on /dat-lich, check in at the kiosk, called at the slot ahead of a walk-in; cancel by code', async () => {
  const server = await startServer({ extraArgs: ['--clock-start', '2026-12-07T09:40:00+07:00', '--clock-speed', String(SPEED)] });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(server.url + '/dat-lich');
    assert.equal(await page.getAttribute('html', 'lang'), 'vi');
    await page.click('button[data-service="A"]');
    await page.click('button[data-day="2026-12-07"]');
    await page.click('button[data-start="2026-12-07T10:00:00+07:00"]');
    await page.fill('#phone', '0912 345 678');
    await page.click('#confirm');
    await page.waitForSelector('#done:not([hidden])');
    const code = (await page.textContent('[data-testid=booking-code]')).trim();
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{10}$/);
    assert.match(await page.textContent('[data-testid=booking-when]'), /10:00 ngày 07\/12\/2026/);
    assert.equal(await page.isHidden('#card-note'), true, 'no card note for a booking by phone');
    await page.waitForFunction(() => document.getElementById('qr').naturalWidth > 0);
    const shots = join(ROOT, 'e2e', 'out', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'dat-lich-booked.png'), fullPage: true });
    const view = await (await fetch(`${server.url}/api/v1/bookings/${code}`)).json();
    assert.equal(view.phone, '091****678');

    // The kiosk checks in from 09:45 (15 min early); before that it is told when to come.
    const kiosk = api(server.url, server.credentials.kioskToken);
    let checkIn = await kiosk('POST', `/api/v1/bookings/${code}/check-in`);
    if (checkIn.status === 409) {
      assert.equal(checkIn.body.error.code, 'too_early');
      assert.match(checkIn.body.error.message, /quay lại từ 09:45 đến 10:10/);
    }
    for (let i = 0; i < 60 && checkIn.status === 409; i++) {
      await sleep(500);
      checkIn = await kiosk('POST', `/api/v1/bookings/${code}/check-in`);
    }
    assert.equal(checkIn.status, 201, JSON.stringify(checkIn.body));
    assert.equal(checkIn.body.category, 'APPOINTMENT');

    // A walk-in arrives at 09:55; at 10:00 the officer at counter 2 (service A only) calls the booking first.
    await sleep(until(checkIn.body.issuedAt, '2026-12-07T09:55:00+07:00'));
    const walkIn = await kiosk('POST', '/api/v1/tickets', { service: 'A', category: 'NORMAL' });
    assert.equal(walkIn.status, 201);
    await sleep(until(walkIn.body.issuedAt, '2026-12-07T10:00:00+07:00') + 1000);
    const { officer, counter } = await openCounter(server, 1);
    const called = await officer('POST', `/api/v1/counters/${counter}/next`);
    assert.equal(called.status, 200);
    assert.equal(called.body.id, checkIn.body.id, 'the booked visitor is called at the slot ahead of the walk-in');
    assert.equal(called.body.state, 'CALLED');

    // Cancel another booking by its code on the page.
    const second = await api(server.url)('POST', '/api/v1/bookings',
      { service: 'B', start: '2026-12-07T13:30:00+07:00', phone: '0987654321' });
    assert.equal(second.status, 201);
    const other = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await other.goto(`${server.url}/dat-lich?ma=${second.body.code}`);
    await other.waitForFunction(() => !document.getElementById('found').hidden);
    assert.match(await other.textContent('[data-testid=booking-found]'), /13:30 ngày 07\/12\/2026.*Đã đặt/);
    assert.doesNotMatch(await other.textContent('body'), /0987654321/);
    await other.click('#cancel');
    await other.waitForFunction(() => document.querySelector('[data-testid=booking-found]').textContent.includes('Đã huỷ'));
    await other.screenshot({ path: join(shots, 'dat-lich-cancelled.png'), fullPage: true });
    assert.equal((await (await fetch(`${server.url}/api/v1/bookings/${second.body.code}`)).json()).state, 'CANCELLED');
  } finally {
    await browser.close();
    await server.kill();
  }
});
