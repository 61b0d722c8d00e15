// Issue 19: an officer books for a citizen at the counter or over the phone from the officer console, in
// headless Chromium against the real jar: service → day → free slot → phone and/or personal number → code
// and QR; the places left move; refusals are shown and book nothing; look up, move and cancel by code; a
// booking made with the personal number only is found by the kiosk from the ID card. The centre's clock is
// fixed at speed 1 on a Monday at 08:00, so the day's slots from 10:00 on are all in the future.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, api, login } from '../lib/server.mjs';
import { launchBrowser, DOC_IMAGES } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';
import { signInAtCounter } from '../lib/officer.mjs';

const DAY = '2026-12-07';
const TEN = `${DAY}T10:00:00+07:00`;
const PERSON = '001090012345';

test('officer console: book for a citizen, refusals, move and cancel by code; the kiosk finds it by ID card', { timeout: 180000 }, async () => {
  const server = await startServer({ extraArgs: ['--clock-start', `${DAY}T08:00:00+07:00`, '--clock-speed', '1',
    '--history-weeks', '0'] });
  const browser = await launchBrowser();
  try {
    // one booking per phone or personal number a day, so the limit shows below
    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    const settings = (await manager('GET', '/api/v1/bookings/settings')).body;
    assert.equal((await manager('PUT', '/api/v1/bookings/settings', { ...settings, perPhonePerDay: 1 })).status, 200);
    const o = server.credentials.officers[1];
    const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + '/officer');
    await signInAtCounter(page, o);
    await page.waitForFunction(() => document.querySelectorAll('#bk-service option').length > 0);

    await page.click('#booking summary');
    await page.waitForFunction((d) => (document.getElementById('booking').dataset.ready || '').startsWith(d), DAY);
    await page.selectOption('#bk-service', 'A');
    await page.waitForFunction(() => document.querySelector('#bk-service').value === 'A'
      && document.querySelectorAll('#bk-slot option').length > 0);
    await page.selectOption('#bk-day', DAY);
    await page.waitForSelector(`#bk-slot option[value="${TEN}"]`, { state: 'attached' });
    const before = await page.textContent(`#bk-slot option[value="${TEN}"]`);
    const freeBefore = Number(before.match(/còn (\d+) chỗ/)[1]);

    // A key typed while a list of the form has the focus is not a desk shortcut ("n" would call the next visitor).
    await page.focus('#bk-day');
    await page.keyboard.press('n');
    assert.equal(await page.textContent('#message'), '');

    // Neither phone nor personal number: refused on the page, nothing booked.
    await page.selectOption('#bk-slot', TEN);
    await page.click('#bk-form button[type=submit]');
    await page.waitForFunction(() => /Cần số điện thoại hoặc số định danh/.test(document.getElementById('bk-status').textContent));
    // A number that is not a Vietnamese mobile: the server's reason is shown, nothing booked.
    await page.fill('#bk-phone', '12345');
    await page.click('#bk-form button[type=submit]');
    await page.waitForFunction(() => /Số điện thoại di động không hợp lệ/.test(document.getElementById('bk-status').textContent));
    assert.equal(await page.isHidden('#bk-done'), true);
    assert.equal(await page.textContent(`#bk-slot option[value="${TEN}"]`), before);

    // Booked by phone and personal number: the code and its QR, the number cleared from the form.
    await page.fill('#bk-phone', '0987 654 321');
    await page.fill('#bk-person', PERSON);
    await page.click('#bk-form button[type=submit]');
    await page.waitForSelector('#bk-done:not([hidden])');
    const code = (await page.textContent('#bk-code')).trim();
    assert.match(code, /^[0-9A-HJKMNP-TV-Z]{10}$/);
    assert.match(await page.textContent('#bk-when'), /Đã đặt lịch: .*lúc 10:00 ngày 07\/12\/2026/);
    await page.waitForFunction(() => document.getElementById('bk-qr').naturalWidth > 0);
    assert.equal(await page.inputValue('#bk-person'), '');
    // one place fewer at 10:00 (the list is read again after the booking)
    await page.waitForFunction(([v, n]) => (document.querySelector(`#bk-slot option[value="${v}"]`)?.textContent || '')
      .includes(n > 1 ? `còn ${n - 1} chỗ` : 'hết chỗ'), [TEN, freeBefore]);
    const view = (await api(server.url)('GET', `/api/v1/bookings/${code}`)).body;
    assert.equal(view.byStaff, true);
    assert.equal(view.phone, '098****321');
    assert.equal(view.personalNumber, '********2345');
    assert.equal(view.start, TEN);
    await assertAccessible(page, 'officer console, booking for a citizen');
    await page.screenshot({ path: join(DOC_IMAGES, 'officer-booking.png'), fullPage: true });

    // Over the phone the citizen asks for a later time: look up by code, pick the next free slot, move.
    await page.click('#bk-find button[type=submit]');
    await page.waitForFunction((c) => (document.getElementById('bk-found-text').textContent || '').startsWith(c + ':'), code);
    assert.match(await page.textContent('#bk-found-text'), /10:00 ngày 07\/12\/2026 \(lấy số tại ki-ốt 09:45–10:10\)\. Đã đặt\./);
    const later = await page.$$eval('#bk-slot option', (os, ten) => os.map((x) => x).find((x) => !x.disabled && x.value > ten).value, TEN);
    await page.selectOption('#bk-slot', later);
    await page.click('#bk-move');
    await page.waitForFunction(() => /Đã đổi giờ/.test(document.getElementById('bk-status').textContent));
    assert.equal((await api(server.url)('GET', `/api/v1/bookings/${code}`)).body.start, later);
    assert.match(await page.textContent('#bk-found-text'), new RegExp(later.substring(11, 16) + ' ngày 07/12/2026'));
    // the 10:00 place is free again
    await page.waitForFunction(([v, n]) => (document.querySelector(`#bk-slot option[value="${v}"]`)?.textContent || '')
      .includes(`còn ${n} chỗ`), [TEN, freeBefore]);

    // A second booking the same day for the same phone is beyond the daily limit: the reason is shown.
    await page.selectOption('#bk-slot', TEN);
    await page.fill('#bk-phone', '0987654321');
    await page.click('#bk-form button[type=submit]');
    await page.waitForFunction(() => /chỉ đặt được 1 lịch hẹn/.test(document.getElementById('bk-status').textContent));
    assert.equal((await page.textContent('#bk-code')).trim(), code);

    // Cancel by code: the booking says so, and move/cancel are no longer offered.
    await page.click('#bk-cancel');
    await page.waitForFunction(() => document.getElementById('bk-found').dataset.state === 'CANCELLED');
    assert.equal(await page.isHidden('#bk-cancel'), true);
    assert.equal((await api(server.url)('GET', `/api/v1/bookings/${code}`)).body.state, 'CANCELLED');

    // By personal number only (a citizen without a mobile), as the public page also may; the daily limit counts
    // per number whoever booked, so the same number on the public API the same day is refused.
    await page.fill('#bk-phone', '');
    await page.selectOption('#bk-slot', TEN);
    await page.fill('#bk-person', PERSON);
    await page.click('#bk-form button[type=submit]');
    await page.waitForFunction((c) => { const t = document.getElementById('bk-code').textContent; return t && t !== c; }, code);
    const second = (await page.textContent('#bk-code')).trim();
    const publicTry = await api(server.url)('POST', '/api/v1/bookings', { service: 'A', start: TEN, personalNumber: PERSON });
    assert.equal(publicTry.status, 409, JSON.stringify(publicTry.body));
    assert.equal(publicTry.body.error.code, 'booking_limit');
    // the kiosk finds it from the ID card's number
    const kiosk = api(server.url, server.credentials.kioskToken);
    const found = await kiosk('POST', '/api/v1/bookings/today', { personalNumber: PERSON });
    assert.equal(found.status, 200, JSON.stringify(found.body));
    const matches = Array.isArray(found.body) ? found.body : [found.body];
    assert.ok(matches.some((m) => m.code === second), JSON.stringify(found.body));
    assert.ok(!JSON.stringify(found.body).includes(PERSON));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.kill();
  }
});
