// Issue 19, the officer's and the manager's day, in headless Chromium against the real jar: the counter's
// waiting list coloured against the target, a visit set aside and called back, the counter remembered on the
// device, and alerts acknowledged on the manager's live view (grouped repeats, who and when, audited).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, api, login } from '../lib/server.mjs';
import { launchBrowser, DOC_IMAGES } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';
import { signInAtCounter } from '../lib/officer.mjs';

const IMG = DOC_IMAGES; // docs/img only with DOC_IMAGES=1
const SPEED = 60; // a minute of the centre's clock per second
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

test('officer: waiting list against the target, set aside and call back, counter remembered', { timeout: 180000 }, async () => {
  const server = await startServer({ extraArgs: ['--clock-start', '2026-12-07T08:00:00+07:00', '--clock-speed', String(SPEED),
    '--history-weeks', '0'] });
  const browser = await launchBrowser();
  try {
    const kiosk = api(server.url, server.credentials.kioskToken);
    const b1 = (await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'NORMAL' })).body;
    const b2 = (await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'ELDERLY' })).body;
    const o = server.credentials.officers[3]; // counter 4 serves B
    const context = await browser.newContext({ viewport: { width: 1100, height: 1000 } });
    const page = await context.newPage();
    await page.goto(server.url + '/officer');
    assert.equal(await page.isHidden('#counter-remembered'), true);
    await signInAtCounter(page, o);

    // The list: numbers, categories, no personal data; the elderly visitor is the policy's next.
    await page.waitForFunction(() => document.querySelectorAll('#queue-list tr[data-ticket]').length === 2);
    const rows = await page.$$eval('#queue-list tr', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));
    assert.equal(rows[0][0], b1.number);
    assert.match(rows[1][0], new RegExp(b2.number + ' ▶'));
    assert.equal(rows[1][2], 'Người cao tuổi');
    assert.match(rows[0][4], /trong mục tiêu/);

    // 16 minutes of the centre's clock later, B0001 is past the 15-minute target: red, and called first.
    await sleep(16000);
    await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'NORMAL' });
    await page.waitForFunction((n) => document.querySelector(`#queue-list tr[data-ticket="${n}"]`)?.classList.contains('wait-over'),
      b1.id, { timeout: 10000 });
    assert.match(await page.textContent(`#queue-list tr[data-ticket="${b1.id}"] td.waited`), /quá mục tiêu/);
    assert.ok(await page.$(`#queue-list tr[data-ticket="${b1.id}"].next`), 'the visitor past the target is called next');
    await assertAccessible(page, 'officer console, waiting list');
    await page.screenshot({ path: join(IMG, 'officer-waiting-list.png'), fullPage: true });

    await page.keyboard.press('n');
    await page.waitForFunction((n) => document.getElementById('current-number').textContent === n, b1.number);
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.getElementById('current-info').textContent.includes('Đang phục vụ'));
    // The citizen goes to fill in a form: set aside; the counter is free and the visit waits in the aside list.
    await page.keyboard.press('b');
    await page.waitForFunction(() => document.getElementById('current-number').textContent === '—');
    await page.waitForFunction((n) => !!document.querySelector(`#aside-list tr[data-ticket="${n}"] button.call-back`), b1.id);
    // the counter is free: calling back is offered (the list follows the event stream, so wait for it)
    await page.waitForFunction((n) => document.querySelector(`#aside-list tr[data-ticket="${n}"] button.call-back`)?.disabled === false,
      b1.id);
    await page.keyboard.press('n');
    await page.waitForFunction((n) => document.getElementById('current-number').textContent === n, b2.number);
    // busy with B0002: calling back is offered only once the counter is free
    await page.waitForFunction((n) => document.querySelector(`#aside-list tr[data-ticket="${n}"] button.call-back`)?.disabled, b1.id);
    await page.keyboard.press('s');
    await page.waitForFunction(() => document.getElementById('current-info').textContent.includes('Đang phục vụ'));
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.getElementById('current-number').textContent === '—');
    await assertAccessible(page, 'officer console, a visit set aside');
    await page.screenshot({ path: join(IMG, 'officer-set-aside.png'), fullPage: true });
    await page.click(`#aside-list tr[data-ticket="${b1.id}"] button.call-back`);
    await page.waitForFunction((n) => document.getElementById('current-number').textContent === n, b1.number);
    await page.waitForFunction(() => document.querySelectorAll('#aside-list tr[data-ticket]').length === 0);
    const history = (await api(server.url)('GET', '/api/v1/tickets/' + b1.id)).body.history.map((h) => h.type);
    assert.deepEqual(history.slice(-3), ['ticket.started', 'ticket.set_aside', 'ticket.called']);

    // Next login on this device: the counter is already filled in.
    await page.click('#logout');
    await page.waitForSelector('#login-view:not([hidden])');
    assert.equal(await page.inputValue('#counter'), String(o.counter));
    assert.match(await page.textContent('#counter-remembered'), /Máy này ghi nhớ quầy 4/);
  } finally {
    await browser.close();
    await server.kill();
  }
});

test('manager: repeated alerts grouped, acknowledged by whom and when, service limits raise an alert', { timeout: 180000 }, async () => {
  const server = await startServer({ extraArgs: ['--history-weeks', '0'] });
  const browser = await launchBrowser();
  try {
    const kiosk = api(server.url, server.credentials.kioskToken);
    const paperOut = { part: 'printer', state: 'OFFLINE', code: 'PAPER_OUT', detail: 'paper end' };
    assert.equal((await kiosk('POST', '/api/v1/devices/status', paperOut)).status, 204);
    assert.equal((await kiosk('POST', '/api/v1/devices/status', paperOut)).status, 204);
    assert.equal((await kiosk('POST', '/api/v1/devices/help', { reason: 'help button' })).status, 204);

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(server.url + '/manager');
    await page.fill('#username', 'manager');
    await page.fill('#password', server.credentials.manager.password);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#dashboard:not([hidden])');
    await page.waitForFunction(() => [...document.querySelectorAll('#alerts li.alert-device')]
      .some((li) => /máy in hết giấy.*×2/.test(li.textContent)));
    assert.equal(await page.locator('#alerts li.alert-device').count(), 1, 'two reports of one fault: one line');
    await assertAccessible(page, 'manager live view, alerts to acknowledge');

    await page.click('#alerts li.alert-device button.ack');
    await page.waitForFunction(() => /Đã xử lý bởi manager lúc \d\d:\d\d/.test(
      document.querySelector('#alerts li.alert-device.acked')?.textContent || ''));
    await assertAccessible(page, 'manager live view, an alert acknowledged');
    await page.screenshot({ path: join(IMG, 'manager-alerts-acknowledged.png'), clip: { x: 0, y: 0, width: 1366, height: 300 } });
    await page.click('#alerts li.alert-help button.ack');
    await page.waitForFunction(() => document.querySelector('#alerts li.alert-help.acked') !== null);

    // The manager sets a queue limit for B; a third visitor in B raises the service alert.
    await page.click('#limits summary');
    await page.waitForSelector('#limits-body tr[data-service="B"] input');
    await page.fill('#limits-body tr[data-service="B"] td:nth-child(3) input', '2');
    await page.click('#limits-form button[type=submit]');
    await page.waitForFunction(() => document.getElementById('limits-status').textContent === 'Đã lưu');
    for (let i = 0; i < 3; i++) await kiosk('POST', '/api/v1/tickets', { service: 'B', category: 'NORMAL' });
    await page.waitForFunction(() => /3 người đang chờ, vượt giới hạn 2 người/.test(
      document.querySelector('#alerts li.alert-queue')?.textContent || ''), null, { timeout: 15000 });
    await page.waitForFunction(() => document.querySelector('#live-services .card[data-service="B"]')?.classList.contains('alert'));

    // The centre's calendar on the same page: a public holiday added; the same day as a make-up day is refused.
    await page.fill('#cal-date', '2026-04-30');
    await page.fill('#cal-reason-vi', 'Ngày Giải phóng miền Nam');
    await page.fill('#cal-reason-en', 'Reunification Day');
    await page.click('#cal-form button[type=submit]');
    await page.waitForSelector('#cal-body tr[data-date="2026-04-30"]');
    assert.match(await page.textContent('#cal-status'), /Đã lưu/);
    await page.selectOption('#cal-kind', 'makeup');
    await page.click('#cal-form button[type=submit]');
    await page.waitForFunction(() => /400|both|cả/.test(document.getElementById('cal-status').textContent)
      || !/Đã lưu/.test(document.getElementById('cal-status').textContent));
    const cal = (await api(server.url)('GET', '/api/v1/calendar')).body;
    assert.deepEqual(cal.closed.map((d) => d.date), ['2026-04-30']);
    assert.deepEqual(cal.makeUpDays, []);
    await assertAccessible(page, 'manager settings, centre calendar');

    // Every acknowledgement is in the audit trail with who made it.
    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    const audit = (await manager('GET', '/api/v1/audit')).body;
    const rows = Array.isArray(audit) ? audit : audit.items;
    const acks = rows.filter((r) => /^\/api\/v1\/alerts\/\d+\/ack$/.test(r.path));
    assert.equal(acks.length, 2);
    assert.ok(acks.every((r) => r.username === 'manager' && r.status === 200));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.kill();
  }
});
