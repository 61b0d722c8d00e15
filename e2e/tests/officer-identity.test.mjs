// The officer types a citizen's identity at the counter (no card can be read): the same checks as the
// kiosk's typed path refuse a bad field by name; a good entry is kept as "typed by officer", shown back
// with the number masked, the form cleared, and both the write and the read are in the audit trail.
// Real server jar, headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, startServer, api, login } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';
import { signInAtCounter } from '../lib/officer.mjs';

const SHOTS = join(ROOT, 'e2e', 'out');

test('an identity typed by the officer at the counter is checked, kept as typed by officer and shown masked', async () => {
  mkdirSync(SHOTS, { recursive: true });
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const kiosk = api(server.url, server.credentials.kioskToken);
    await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'NORMAL' });
    const o = server.credentials.officers[3]; // counter 4 serves B
    const page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(server.url + '/officer');
    await signInAtCounter(page, o);
    await page.keyboard.press('n');
    await page.waitForFunction(() => document.getElementById('current-number').textContent === 'B0001');
    await page.waitForSelector('#identity-panel:not([hidden])');
    await page.waitForFunction(() => document.querySelector('[data-testid=counter-identity]').textContent.includes('Chưa có'));

    await page.click('[data-testid=identity-open]');
    await page.fill('[data-testid=identity-number]', '00120301234'); // one digit short
    await page.fill('[data-testid=identity-name]', 'Nguyễn Văn An');
    await page.fill('[data-testid=identity-dateOfBirth]', '15/08/2003');
    await page.check('[data-testid=identity-sex-nam]');
    await page.click('[data-testid=identity-save]');
    await page.waitForFunction(() => document.querySelector('[data-testid=identity-msg]').textContent.includes('12 chữ số'));
    assert.ok(await page.isVisible('#identity-form'), 'a refused entry stays on the form');
    assert.match(await page.textContent('[data-testid=counter-identity]'), /Chưa có/, 'nothing was kept');
    // letters typed in the form are not the desk's keyboard shortcuts (n = call next)
    assert.equal(await page.textContent('#current-number'), 'B0001');

    await page.fill('[data-testid=identity-number]', '001203012345');
    await page.click('[data-testid=identity-save]');
    await page.waitForSelector('#identity-form', { state: 'hidden' });
    const shown = await page.textContent('[data-testid=counter-identity]');
    assert.match(shown, /^Nguyễn Văn An \(\*{8}2345\) · 15\/08\/2003 · Nam · Nguồn danh tính: Nhập tay bởi cán bộ \/ Identity source: typed by officer/);
    assert.equal(await page.getAttribute('[data-testid=counter-identity]', 'class'), 'identity check');
    assert.equal(await page.inputValue('[data-testid=identity-number]'), '', 'the typed number leaves the page');
    assert.doesNotMatch(await page.content(), /001203012345/);
    await page.screenshot({ path: join(SHOTS, 'officer-counter-identity.png'), fullPage: true });
    await assertAccessible(page, 'officer console, identity typed at the counter');

    // kept on the server as typed by officer, masked; the write and the read are audited without the number
    const officer = api(server.url, await login(server.url, o.username, o.password));
    const ticket = (await officer('GET', '/api/v1/queue')).body.counters.find((c) => c.number === o.counter).currentTicketId;
    const kept = await officer('GET', `/api/v1/tickets/${ticket}/identity`);
    assert.equal(kept.status, 200);
    assert.equal(kept.body.source, 'TYPED_BY_OFFICER');
    assert.equal(kept.body.numberMasked, '********2345');
    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    const trail = await manager('GET', `/api/v1/audit?path=/api/v1/tickets/${ticket}/identity`);
    assert.ok(trail.body.some((r) => r.method === 'POST' && r.username === o.username && r.status === 201));
    assert.ok(trail.body.some((r) => r.method === 'GET' && r.username === o.username));
    assert.doesNotMatch(JSON.stringify(trail.body), /001203012345/);
  } finally {
    await browser.close();
    await server.kill();
  }
});
