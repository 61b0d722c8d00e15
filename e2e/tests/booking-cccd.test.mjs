// Booking by the ID card's number (CCCD) on /dat-lich, in headless Chromium against the real server jar: a
// number no card carries is refused with the reason and books nothing; the number is masked while typed,
// cleared once the server took it, shown only as its last 4 digits on the confirmation and the look-up; the
// kiosk finds the booking from the card. The server's demo clock starts on a Monday at 09:40.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, api, ROOT } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';

const NUMBER = '079303001234';

test('book on /dat-lich by CCCD: refused when no card carries it, masked everywhere, found by the kiosk from the card', async () => {
  const server = await startServer({ extraArgs: ['--clock-start', '2026-12-07T09:40:00+07:00'] });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(server.url + '/dat-lich');
    await page.click('button[data-service="A"]');
    await page.click('button[data-day="2026-12-07"]');
    await page.click('button[data-start="2026-12-07T10:00:00+07:00"]');
    await page.waitForSelector('#phone-form:not([hidden])');
    assert.equal(await page.getAttribute('#cccd', 'type'), 'password', 'the number is masked as it is typed');
    await assertAccessible(page, 'booking page, identity step');

    // nothing given: the page says what it needs
    await page.click('#confirm');
    await page.waitForSelector('#error:not([hidden])');
    assert.match(await page.textContent('#error'), /số điện thoại hoặc số CCCD/);

    // 000 is no province: the server's reason is shown, nothing is booked, the field keeps it to correct
    await page.fill('#cccd', '000303001234');
    await page.click('#confirm');
    await page.waitForFunction(() => document.getElementById('error').textContent.includes('mã tỉnh'));
    assert.equal(await page.isHidden('#done'), true);
    // century/sex digit 4 (born in the 2100s)
    await page.fill('#cccd', '079403001234');
    await page.click('#confirm');
    await page.waitForFunction(() => document.getElementById('error').textContent.includes('thế kỷ'));
    assert.equal(await page.isHidden('#done'), true);
    const none = await api(server.url, server.credentials.kioskToken)('POST', '/api/v1/bookings/today', { personalNumber: '079403001234' });
    assert.equal(none.status, 200);
    assert.equal(none.body.length, 0, 'a refused number booked nothing');

    await page.fill('#cccd', '0793 0300 1234');
    await page.click('#confirm');
    await page.waitForSelector('#done:not([hidden])');
    const code = (await page.textContent('[data-testid=booking-code]')).trim();
    assert.match(await page.textContent('[data-testid=booking-who]'), /CCCD \*{8}1234/);
    assert.doesNotMatch(await page.textContent('[data-testid=booking-who]'), /ĐT/, 'no phone was given');
    assert.equal(await page.isVisible('#card-note'), true, 'told the card finds the booking at the kiosk');
    assert.equal(await page.inputValue('#cccd'), '', 'the page no longer holds the number');
    assert.doesNotMatch(await page.textContent('body'), /079303001234|0793 0300 1234/);
    await page.waitForFunction(() => document.getElementById('qr').naturalWidth > 0);
    await assertAccessible(page, 'booking page, booked by CCCD');
    const shots = join(ROOT, 'e2e', 'out', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'dat-lich-cccd-booked.png'), fullPage: true });

    // the look-up by code shows the number masked too
    const other = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await other.goto(`${server.url}/dat-lich?ma=${code}`);
    await other.waitForFunction(() => !document.getElementById('found').hidden);
    assert.match(await other.textContent('[data-testid=booking-found]'), /10:00 ngày 07\/12\/2026.*CCCD \*{8}1234/);
    assert.doesNotMatch(await other.textContent('body'), /079303001234/);

    // at the centre the kiosk finds it from the card's number (chip or QR), without the phone
    const found = await api(server.url, server.credentials.kioskToken)('POST', '/api/v1/bookings/today', { personalNumber: NUMBER });
    assert.equal(found.status, 200);
    assert.deepEqual(found.body.map((b) => b.code), [code]);
    assert.equal(found.body[0].personalNumber, '********1234');
  } finally {
    await browser.close();
    await server.kill();
  }
});
