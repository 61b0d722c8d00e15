// The manager dashboard in headless Chromium against the real jar running the demo simulation: live view,
// charts drawn by the bundled Chart.js, the three exports downloaded, and screenshots for the docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, api, login } from '../lib/server.mjs';
import { launchBrowser, DOC_IMAGES } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';

const IMG = DOC_IMAGES;

async function until(what, check, timeoutMs = 60000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const v = await check();
    if (v) return v;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('timed out waiting for ' + what);
}

test('manager dashboard: live view, charts, exports', { timeout: 180000 }, async () => {
  const server = await startServer({ extraArgs: ['--simulate', '--clock-speed', '60'] });
  const browser = await launchBrowser();
  try {
    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    // Within a minute of a fresh start the simulation has served and rated visitors.
    const started = Date.now();
    await until('served and rated visits', async () => {
      const s = await manager('GET', '/api/v1/reports/summary');
      return s.body.processing.count >= 15 && s.body.satisfaction.ratings >= 5;
    });
    const livingAfterMs = Date.now() - started;
    assert.ok(livingAfterMs < 60000, `living dashboard after ${livingAfterMs} ms`);

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    // Browsers ask for /favicon.ico on their own; every other failed request is a fault of the page.
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(r.status() + ' ' + r.url()); });
    page.on('console', (m) => { if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) errors.push(m.text()); });
    await page.goto(server.url + '/manager');
    assert.match(await page.textContent('h1'), /Bảng điều hành trung tâm/);
    await page.fill('#username', 'manager');
    await page.fill('#password', server.credentials.manager.password);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#dashboard:not([hidden])');
    await page.waitForFunction(() => document.querySelectorAll('#live-services .card').length === 7);
    await assertAccessible(page, 'manager dashboard');

    // Live view: a card per service, a row per counter with its officer.
    await page.waitForFunction(() => document.querySelectorAll('#live-services .card').length === 7);
    assert.equal(await page.locator('#live-counters tr').count(), 8);
    const counter2 = await page.textContent('#live-counters tr:nth-child(2)');
    assert.match(counter2, /officer2/);
    assert.match(counter2, /Đang mở/);

    // A kiosk's printer runs out of paper: the alert reaches the open dashboard through the event stream.
    const kiosk = api(server.url, server.credentials.kioskToken);
    assert.equal((await kiosk('POST', '/api/v1/devices/status',
      { part: 'printer', state: 'OFFLINE', code: 'PAPER_OUT', detail: 'paper end' })).status, 204);
    await page.waitForFunction(() => [...document.querySelectorAll('#alerts li.alert-device')]
      .some((li) => /máy in hết giấy/.test(li.textContent)), null, { timeout: 5000 });
    assert.equal((await kiosk('POST', '/api/v1/devices/status', { part: 'printer', state: 'ONLINE', code: 'OK' })).status, 204);
    await page.waitForFunction(() => document.querySelectorAll('#alerts li.alert-device').length === 0, null, { timeout: 5000 });

    // The province hub feed: off on a fresh centre; the form points it at a hub that is down, the line and
    // GET /api/v1/upstream say so, and clearing the address turns it off again.
    await page.waitForFunction(() => /Liên thông tỉnh: chưa cấu hình/.test(document.getElementById('upstream').textContent));
    await page.fill('#hub-url', 'http://127.0.0.1:9');
    await page.fill('#hub-centre', 'HN-001');
    await page.fill('#hub-token', 'hub-token-e2e');
    await page.click('#hub-settings button[type=submit]');
    await page.waitForFunction(() => document.getElementById('hub-status').textContent === 'Đã lưu');
    const down = await until('the feed to report the hub down', async () => {
      const u = (await manager('GET', '/api/v1/upstream')).body;
      return u.lastError ? u : null;
    }, 20000);
    assert.equal(down.configured, true);
    assert.equal(down.url, 'http://127.0.0.1:9');
    assert.match(down.lastError, /^hub unreachable/);
    assert.ok(down.backlog > 0);
    await page.waitForFunction(() => /chưa gửi được lần nào · \d+ bản ghi chờ gửi/.test(document.getElementById('upstream').textContent),
      null, { timeout: 15000 });
    assert.equal(await page.inputValue('#hub-token'), '', 'the token is write-only');
    await page.fill('#hub-url', '');
    await page.click('#hub-settings button[type=submit]');
    await until('the feed to be off', async () => !(await manager('GET', '/api/v1/upstream')).body.configured, 10000);

    // Reports: figures and charts drawn with real data.
    // ten cards, and "Lịch hẹn gọi đúng giờ" when the summary the page drew has called appointments
    await page.waitForFunction(() => document.querySelectorAll('#kpis .card').length >= 10);
    const [drawn] = await Promise.all([page.waitForResponse((r) => r.url().includes('/api/v1/reports/summary?')),
      page.click('#filters button[type=submit]')]);
    const drawnSummary = await drawn.json();
    const appointments = drawnSummary.appointmentWait;
    await page.waitForFunction((n) => document.querySelectorAll('#kpis .card').length === n,
      10 + (appointments.wait.count > 0 ? 1 : 0));
    if (appointments.wait.count > 0) {
      assert.match(await page.textContent('#kpis'), new RegExp(`Lịch hẹn gọi đúng giờ.*trong ${appointments.onTimeMinutes} `
        + `phút sau giờ hẹn · ${appointments.wait.count} lượt`));
    }
    const visits = Number((await page.textContent('#kpis .card:first-child .v')).replace(/\D/g, ''));
    assert.ok(visits > 0);
    const charts = await page.evaluate(() => ['chart-dist', 'chart-trend'].map((id) => {
      const c = window.Chart.getChart(document.getElementById(id));
      return c ? c.data.datasets[0].data.filter((v) => v !== null).reduce((a, b) => a + Number(b), 0) : -1;
    }));
    assert.ok(charts[0] > 0, 'wait distribution has bars');
    assert.ok(charts[1] >= 0, 'trend chart exists');
    const painted = await page.evaluate(() => {
      const canvas = document.getElementById('chart-dist');
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let coloured = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) coloured++;
      return coloured;
    });
    assert.ok(painted > 1000, 'the distribution canvas is painted');
    assert.ok(await page.locator('#heatmap td[title]').count() > 0, 'heat map has cells');
    // A row per service that had visits in the range and per officer, as in the summary the page drew; the
    // simulated first hour (60 times faster, perhaps across midnight into a new "today") may not yet have brought
    // a visitor for every service, and the page's own 30 s refresh may add rows, never remove them.
    const services = drawnSummary.byService.filter((g) => g.visits > 0).length;
    assert.ok(services >= 1, `${services} services with visits`);
    await page.waitForFunction((n) => document.querySelectorAll('#svc-body tr').length >= n, services, { timeout: 20000 });
    assert.ok(await page.locator('#svc-body tr').count() <= 7);
    const first = drawnSummary.byService.find((g) => g.visits > 0);
    assert.ok((await page.textContent('#svc-body')).includes(first.key + ' · ' + first.nameVi));
    assert.equal(drawnSummary.productivity.officers.length, 8);
    await page.waitForFunction(() => document.querySelectorAll('#prod-body tr').length === 8, null, { timeout: 20000 });
    await page.screenshot({ path: join(IMG, 'manager-dashboard.png'), fullPage: true });

    // The three exports download through the page with the manager's token.
    const dir = mkdtempSync(join(tmpdir(), 'motcua-exports-'));
    const saved = {};
    for (const format of ['xlsx', 'pdf', 'csv']) {
      const [download] = await Promise.all([page.waitForEvent('download'),
        page.click(`.export[data-format=${format}]`)]);
      assert.match(download.suggestedFilename(), new RegExp(`^bao-cao-\\d{4}-\\d{2}-\\d{2}_\\d{4}-\\d{2}-\\d{2}\\.${format}$`));
      saved[format] = join(dir, download.suggestedFilename());
      await download.saveAs(saved[format]);
    }
    assert.equal(readFileSync(saved.xlsx).subarray(0, 2).toString(), 'PK');
    assert.equal(readFileSync(saved.pdf).subarray(0, 5).toString(), '%PDF-');
    const csv = readFileSync(saved.csv, 'utf8');
    assert.ok(csv.startsWith('\uFEFFNhóm báo cáo / Breakdown'));
    assert.match(csv, /^service,A,Hộ tịch,/m);

    // Page 1 of the monthly PDF, rendered for the docs.
    const monthly = await fetch(server.url + '/api/v1/reports/export?format=pdf', {
      headers: { authorization: 'Bearer ' + await login(server.url, 'manager', server.credentials.manager.password) } });
    assert.equal(monthly.status, 200);
    const pdfFile = join(dir, 'monthly.pdf');
    writeFileSync(pdfFile, Buffer.from(await monthly.arrayBuffer()));
    execFileSync('pdftoppm', ['-png', '-r', '90', '-f', '1', '-l', '1', '-singlefile', pdfFile, join(IMG, 'report-pdf')]);
    const pages = execFileSync('pdfinfo', [pdfFile]).toString();
    assert.match(pages, /Pages:\s+1\n/);

    // English toggle.
    await page.click('#lang');
    assert.match(await page.textContent('h1'), /Centre dashboard/);
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.kill();
  }
});
