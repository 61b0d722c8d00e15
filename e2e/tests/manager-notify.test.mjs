// Issue 19, the notifier's settings on the manager page, in headless Chromium against the real jar: the SMS
// gateway, the webhook and the manager's phone saved from the form; secrets never come back to the page and a
// form saved with their placeholder keeps them; a refused edit names the field and changes nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer, api, login } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';

test('manager: call-back gateway, webhook and the manager\'s phone set on the page; secrets stay on the server', { timeout: 180000 }, async () => {
  const server = await startServer({ extraArgs: ['--history-weeks', '0'] });
  const browser = await launchBrowser();
  try {
    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    const sent = [];
    page.on('request', (r) => { if (r.url().includes('/api/v1/notify/settings') && r.method() === 'PUT') sent.push(r.postData()); });
    await page.goto(server.url + '/manager');
    await page.fill('#username', 'manager');
    await page.fill('#password', server.credentials.manager.password);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#dashboard:not([hidden])');
    await page.waitForFunction(() => document.getElementById('ntf-ahead').value === '3'); // the defaults, loaded

    await page.fill('#ntf-sms-url', 'https://sms.example.vn/send');
    await page.fill('#ntf-sms-user', 'motcua');
    await page.fill('#ntf-sms-pass', 'gateway-secret-1');
    await page.fill('#ntf-hook-url', 'https://hooks.example.vn/motcua');
    await page.fill('#ntf-hook-token', 'hook-secret-2');
    await page.fill('#ntf-ahead', '4');
    await page.fill('#ntf-mgr-phone', '0912 345 678');
    await page.check('input[name=ntf-kind][value=help]');
    await page.uncheck('input[name=ntf-kind][value=queue]');
    await page.fill('#ntf-interval', '15');
    await page.click('#ntf-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('ntf-status').textContent === 'Đã lưu / Saved');

    let held = (await manager('GET', '/api/v1/notify/settings')).body;
    assert.equal(held.sms.url, 'https://sms.example.vn/send');
    assert.equal(held.sms.username, 'motcua');
    assert.equal(held.sms.password, '********', 'the password is not sent back');
    assert.equal(held.webhook.token, '********');
    assert.equal(held.aheadThreshold, 4);
    assert.deepEqual(held.manager, { phone: '0912345678', kinds: ['wait', 'device', 'help'], intervalMinutes: 15 });
    assert.match(held.sms.soonTemplate, /\{number\}/, 'an empty template takes the default');
    // the page shows the placeholder, never the secret itself
    assert.equal(await page.inputValue('#ntf-sms-pass'), '********');
    assert.doesNotMatch(await page.content(), /gateway-secret-1|hook-secret-2/);

    // saved again with the placeholders: the secrets stay (the second PUT carried none of them)
    await page.fill('#ntf-ahead', '5');
    await page.evaluate(() => { document.getElementById('ntf-status').textContent = ''; });
    await page.click('#ntf-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('ntf-status').textContent === 'Đã lưu / Saved');
    assert.doesNotMatch(sent.at(-1), /gateway-secret-1|hook-secret-2/);
    held = (await manager('GET', '/api/v1/notify/settings')).body;
    assert.equal(held.aheadThreshold, 5);
    assert.equal(held.sms.password, '********', 'still a password held');

    // a phone that is no mobile number: refused by name, nothing changed, the form shows what the server holds
    await page.fill('#ntf-mgr-phone', '024 3825 1234');
    await page.fill('#ntf-ahead', '9');
    await page.click('#ntf-form button[type=submit]');
    await page.waitForFunction(() => /manager\.phone/.test(document.getElementById('ntf-status').textContent));
    assert.equal((await manager('GET', '/api/v1/notify/settings')).body.aheadThreshold, 5);
    await page.waitForFunction(() => document.getElementById('ntf-ahead').value === '5');
    await assertAccessible(page, 'manager settings, notifier');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.stop();
  }
});
