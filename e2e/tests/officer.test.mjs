// The officer console in headless Chromium: log in, open the counter, call with the keyboard, serve, finish.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, api } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';
import { signInAtCounter } from '../lib/officer.mjs';

test('officer logs in, calls by keyboard and finishes a ticket', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const kiosk = api(server.url, server.credentials.kioskToken);
    await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'NORMAL' });
    const pregnant = await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'PREGNANT' });
    const o = server.credentials.officers[3]; // counter 4 serves B
    const page = await browser.newPage({ viewport: { width: 1024, height: 768 } });
    await page.goto(server.url + '/officer');
    assert.match(await page.textContent('h1'), /Bàn làm việc cán bộ một cửa/);
    await assertAccessible(page, 'officer console, login');
    await signInAtCounter(page, o);
    await page.waitForFunction(() => document.querySelector('#waiting td:nth-child(2)')?.textContent === '2');

    await page.keyboard.press('n');
    // The pregnant visitor is called before the earlier normal one.
    await page.waitForFunction(() => document.getElementById('current-number').textContent === 'B0002');
    await assertAccessible(page, 'officer console, a ticket called');
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.getElementById('current-info').textContent.includes('Đang phục vụ'));
    await page.selectOption('#outcome', 'RECEIVED');
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.getElementById('current-number').textContent === '—');

    // by the id it was issued with: the demo's weeks of history hold tickets 1, 2, … of earlier days
    const ticket = await api(server.url)('GET', '/api/v1/tickets/' + pregnant.body.id);
    assert.equal(ticket.body.state, 'DONE');
    assert.equal(ticket.body.history.at(-1).detail, 'RECEIVED');

    await page.click('#lang');
    assert.match(await page.textContent('#next'), /Call next/);
  } finally {
    await browser.close();
    await server.kill();
  }
});
