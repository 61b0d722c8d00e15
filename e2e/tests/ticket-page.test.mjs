// The phone page behind the ticket QR, in headless Chromium against the real server jar.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, api, openCounter } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';

test('ticket page shows the number, then the call to the counter', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const kiosk = api(server.url, server.credentials.kioskToken);
    const issued = await kiosk('POST', '/api/v1/tickets', { service: 'A', category: 'NORMAL' });
    assert.equal(issued.status, 201);
    const page = await browser.newPage();
    await page.goto(issued.body.statusUrl);
    await page.waitForFunction(() => document.getElementById('number').textContent === 'A0001');
    assert.match(await page.textContent('#service'), /Hộ tịch/);
    assert.match(await page.textContent('#status'), /Đang chờ/);
    await assertAccessible(page, 'ticket phone page, waiting');
    await page.evaluate(() => { window.__vibrations = []; navigator.vibrate = (p) => { window.__vibrations.push(p); return true; }; });

    const { officer, counter } = await openCounter(server, 1);
    assert.equal((await officer('POST', `/api/v1/counters/${counter}/next`)).status, 200);
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('Mời số A0001 đến quầy số 2'),
      null, { timeout: 5000 });
    // a deaf visitor is told too: the phone vibrates and the page flashes, once per call
    assert.ok(await page.evaluate(() => document.body.classList.contains('called-flash')), 'the page flashes');
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).animationName), 'called');
    assert.equal((await page.evaluate(() => window.__vibrations)).length, 1, 'one vibration for the call');
    await assertAccessible(page, 'ticket phone page, called');
  } finally {
    await browser.close();
    await server.kill();
  }
});
