// The counter rating tablet: idle until the officer at its counter finishes a ticket, then one rating for
// that ticket, counted in the manager's satisfaction figures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, api, login } from '../lib/server.mjs';
import { launchBrowser, DOC_IMAGES } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';

test('rating tablet wakes on finish and records one rating', { timeout: 90000 }, async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const o = server.credentials.officers[3]; // counter 4 serves B
    const officer = api(server.url, await login(server.url, o.username, o.password));
    assert.equal((await officer('POST', '/api/v1/counters/4/open')).status, 200);
    const kiosk = api(server.url, server.credentials.kioskToken);
    const ticket = (await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'NORMAL' })).body;

    const page = await browser.newPage({ viewport: { width: 1024, height: 700 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${server.url}/rate?counter=4#token=${server.credentials.ratingTokens['4']}`);
    await page.waitForSelector('#idle:not([hidden])');
    assert.equal(new URL(page.url()).hash, '', 'the token does not stay in the address bar');
    assert.match(await page.textContent('#counter-label'), /Quầy 4/);
    await assertAccessible(page, 'rating tablet, idle');

    assert.equal((await officer('POST', '/api/v1/counters/4/next')).status, 200);
    assert.equal((await officer('POST', `/api/v1/tickets/${ticket.id}/start`)).status, 200);
    assert.ok(await page.isHidden('#ask'), 'nothing to rate before the finish');
    assert.equal((await officer('POST', `/api/v1/tickets/${ticket.id}/finish`, { outcome: 'RECEIVED' })).status, 200);

    await page.waitForSelector('#ask:not([hidden])', { timeout: 20000 });
    assert.equal(await page.textContent('#ticket-number'), 'B0001');
    assert.equal(await page.locator('#scores button').count(), 4);
    await assertAccessible(page, 'rating tablet, asking');
    assert.match(await page.textContent('#scores'), /Rất hài lòng.*Hài lòng.*Bình thường.*Không hài lòng/s);
    await page.screenshot({ path: join(DOC_IMAGES, 'manager-rate-tablet.png') });
    await page.click('#reasons button[data-code=FAST_SERVICE]');
    await page.click('#scores button[data-code=VERY_SATISFIED]');
    await page.waitForSelector('#thanks:not([hidden])');

    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    const s = (await manager('GET', '/api/v1/reports/summary')).body;
    assert.equal(s.satisfaction.ratings, 1);
    assert.equal(s.satisfaction.rate, 1);
    const again = await api(server.url, server.credentials.ratingTokens['4'])('POST', '/api/v1/ratings',
      { counter: 4, ticketId: ticket.id, score: 'DISSATISFIED' });
    assert.equal(again.status, 409);
    const hall = await api(server.url, server.credentials.boardToken)('POST', '/api/v1/ratings',
      { counter: 4, ticketId: ticket.id, score: 'DISSATISFIED' });
    assert.equal(hall.status, 403, 'only counter 4\'s tablet rates counter 4');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.kill();
  }
});
