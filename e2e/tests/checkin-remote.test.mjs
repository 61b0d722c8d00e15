// Issue 19 in headless Chromium against the real jars: a booking checked in at the kiosk's touch screen by
// scanning its QR (early: the kiosk says when and offers to wait) and called at its slot; and a citizen who
// joins from the phone page, confirms by opening the entrance QR's address, and gets both call-backs through
// a fake SMS gateway and webhook over real HTTP that refuse every other request.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, login, api, openCounter, ROOT } from '../lib/server.mjs';
import { startKiosk } from '../lib/kiosk.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { axe, smallControls, lowContrast } from '../lib/audit.mjs';

const SPEED = 30;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const until = (seen, target) => Math.max(0, (Date.parse(target) - Date.parse(seen)) / SPEED);
const shots = join(ROOT, 'e2e', 'out', 'screenshots');

/** Fails the first request and every other one after (503), accepts the rest; keeps what it accepted. */
function fakeGateway() {
  const accepted = [];
  let n = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d) => { body += d; });
    req.on('end', () => {
      const fail = n++ % 2 === 0;
      if (!fail) accepted.push({ path: req.url, auth: req.headers.authorization, body: JSON.parse(body) });
      res.writeHead(fail ? 503 : 200).end();
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({
    url: (p) => `http://127.0.0.1:${server.address().port}${p}`, accepted, received: () => n,
    close: () => new Promise((r) => server.close(r)),
  })));
}

async function finishAndCallNext(officer, counter, current) {
  if (current) {
    await officer('POST', `/api/v1/tickets/${current}/start`);
    await officer('POST', `/api/v1/tickets/${current}/finish`, { outcome: 'RECEIVED' });
  }
  return officer('POST', `/api/v1/counters/${counter}/next`);
}

test('a booking QR scanned at the kiosk screen early: told when, takes the ticket to wait, called at the slot', async () => {
  // the server's day starts at 09:00 and runs 30×: the kiosk's start (up to a minute on a loaded host) stays before 09:45
  const server = await startServer({ extraArgs: ['--clock-start', '2026-12-07T09:00:00+07:00', '--clock-speed', String(SPEED)] });
  const booked = await api(server.url)('POST', '/api/v1/bookings',
    { service: 'A', start: '2026-12-07T10:00:00+07:00', phone: '0912345678' });
  assert.equal(booked.status, 201, JSON.stringify(booked.body));
  const kiosk = await startKiosk({ serverUrl: server.url, token: server.credentials.kioskToken });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1080, height: 1920 } });
    await page.goto(kiosk.url + '/');
    await page.waitForFunction(() => document.getElementById('centre').textContent.length > 0);
    await page.waitForSelector('html[data-listening=yes]', { state: 'attached' });
    await page.click('[data-testid=have-booking]');
    await page.waitForSelector('#booking.active');
    assert.equal(await page.textContent('#booking-title'), 'Nhận số theo lịch hẹn');
    await kiosk.sim('scan', { payload: `${server.url}/dat-lich?ma=${booked.body.code}` });
    await page.waitForFunction(() => document.getElementById('booking-msg').textContent.startsWith('Bạn đến sớm'))
      .catch(async (e) => { throw new Error(`${e.message}: screen ${await page.evaluate(() => document.querySelector('.screen.active')?.id)}, `
        + `"${await page.textContent('#booking-msg')}"\n${kiosk.output().slice(-2000)}`); });
    assert.match(await page.textContent('[data-testid=booking-msg]'), /quay lại từ 09:45 đến 10:10/);
    assert.equal(await page.isVisible('[data-testid=booking-wait]'), true);
    mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: join(shots, 'kiosk-booking-early.png') });
    // the kiosk's accessibility bars hold on the new screen too
    assert.deepEqual((await axe(page)).bad, [], 'axe on the appointment screen');
    assert.deepEqual(await smallControls(page), [], 'controls under 60 px');
    assert.deepEqual((await lowContrast(page, 4.5)).out, [], 'text under 4.5:1');
    await page.click('[data-testid=booking-wait]');
    await page.waitForSelector('#printing.active');
    await page.waitForFunction(() => /^A\d{4}$/.test(document.querySelector('[data-testid=ticket-number]').textContent));
    const number = (await page.textContent('[data-testid=ticket-number]')).trim();
    assert.equal(await page.textContent('#t-category'), 'Đặt lịch hẹn');
    await page.screenshot({ path: join(shots, 'kiosk-booking-ticket.png') });
    const view = await (await fetch(`${server.url}/api/v1/bookings/${booked.body.code}`)).json();
    assert.equal(view.state, 'CHECKED_IN');

    // a walk-in comes at 09:55 (one who had waited past the cap would go first); at 10:00 the booked visitor is called
    const kioskApi = api(server.url, server.credentials.kioskToken);
    const clockProbe = await kioskApi('POST', '/api/v1/tickets', { service: 'D', category: 'NORMAL' }); // reads the server's time
    await sleep(until(clockProbe.body.issuedAt, '2026-12-07T09:55:00+07:00'));
    const walkIn = await kioskApi('POST', '/api/v1/tickets', { service: 'A', category: 'NORMAL' });
    assert.equal(walkIn.status, 201);
    await sleep(until(walkIn.body.issuedAt, '2026-12-07T10:00:00+07:00') + 1000);
    const { officer, counter } = await openCounter(server, 1);
    const called = await officer('POST', `/api/v1/counters/${counter}/next`);
    assert.equal(called.body.number, number, 'the booked visitor is called at the slot ahead of the walk-in');
  } finally {
    await browser.close();
    await kiosk.stop();
    await server.kill();
  }
});

test('remote join on the phone page, confirmed with the entrance QR, call-backs through a failing gateway', async () => {
  const gateway = await fakeGateway();
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    assert.equal((await manager('PUT', '/api/v1/remote/settings',
      { enabled: true, services: ['A'], confirmWithin: 1, perPhonePerDay: 1 })).status, 200);
    assert.equal((await manager('PUT', '/api/v1/notify/settings', {
      sms: { url: gateway.url('/sms'), username: 'centre', password: 's3cret' }, webhook: { url: gateway.url('/hook') },
      aheadThreshold: 1, maxAttempts: 6, backoffSeconds: 1 })).status, 200);
    const kioskApi = api(server.url, server.credentials.kioskToken);
    for (let i = 0; i < 3; i++) assert.equal((await kioskApi('POST', '/api/v1/tickets', { service: 'A', category: 'NORMAL' })).status, 201);

    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await phone.goto(server.url + '/tu-xa');
    await phone.click('button[data-service="A"]');
    await phone.fill('#phone', '0987 654 321');
    await phone.click('#take');
    await phone.waitForSelector('#ticket:not([hidden])');
    const number = (await phone.textContent('[data-testid=remote-number]')).trim();
    assert.match(number, /^A\d{4}$/);
    assert.match(await phone.textContent('[data-testid=remote-state]'), /Chưa xác nhận có mặt/);
    assert.doesNotMatch(await phone.textContent('body'), /654\s?321/);
    await phone.screenshot({ path: join(shots, 'remote-joined.png'), fullPage: true });

    // the officer calls: the unconfirmed remote ticket is passed over until confirmed
    const { officer, counter } = await openCounter(server, 1);
    let current = (await finishAndCallNext(officer, counter, null)).body.id;

    // the citizen scans the QR at the entrance: its address opens on the same phone, which confirms
    const entrance = (await kioskApi('GET', '/api/v1/remote/entrance')).body.url;
    await phone.goto(entrance);
    await phone.waitForFunction(() => document.querySelector('[data-testid=remote-state]').textContent.includes('Đã xác nhận'));
    await phone.screenshot({ path: join(shots, 'remote-confirmed.png'), fullPage: true });

    let called = null;
    for (let i = 0; i < 40 && !called; i++) {
      const r = await finishAndCallNext(officer, counter, current);
      assert.equal(r.status, 200, JSON.stringify(r.body));
      current = r.body.id;
      if (r.body.number === number) called = r.body;
      await sleep(1500); // an officer takes a while with each visitor: the notifier sees the queue move
    }
    assert.ok(called, `${number} was called`);
    const deadline = Date.now() + 30000;
    const sms = () => gateway.accepted.filter((m) => m.path === '/sms');
    const hooks = () => gateway.accepted.filter((m) => m.path === '/hook');
    while (Date.now() < deadline && (sms().length < 2 || hooks().length < 2)) await sleep(250);
    assert.equal(sms().length, 2, JSON.stringify(gateway.accepted));
    // the two may arrive in either order: each was refused once and retried on its own backoff
    const texts = sms().map((m) => m.body.text).sort();
    assert.equal(texts[0], `Mời số ${number} đến quầy ${counter}.`);
    assert.match(texts[1], new RegExp(`^Số ${number}: còn khoảng \\d+ số nữa đến lượt quý khách\\.$`));
    assert.ok(sms().every((m) => m.body.to === '0987654321'));
    assert.ok(gateway.received() > gateway.accepted.length, 'the gateway refused some requests: they were retried');
    assert.deepEqual(hooks().map((h) => h.body.kind).sort(), ['CALLED', 'SOON']);
    assert.ok(hooks().every((h) => !JSON.stringify(h.body).includes('0987654321')));
    await phone.reload();
    await phone.waitForFunction(() => document.querySelector('[data-testid=remote-state]').textContent.includes('Đã được gọi'));
    assert.match(await phone.textContent('[data-testid=remote-state]'), new RegExp(`quầy ${counter}`));
  } finally {
    await browser.close();
    await server.kill();
    await gateway.close();
  }
});
