// The national indicator page (Decision 766/QĐ-TTg) in headless Chromium against the real jar with the demo's
// seeded history: reached from the dashboard's link, every indicator with its formula, value, target and
// verdict, the provincial-system list, axe-core, the Excel download, English, and a screenshot for the docs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, api, login } from '../lib/server.mjs';
import { launchBrowser, DOC_IMAGES } from '../lib/browser.mjs';
import { assertAccessible } from '../lib/audit.mjs';

test('national indicators page: values from the seeded month, Excel, English', { timeout: 180000 }, async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    const today = new Date();
    const from = new Date(today.getTime() - 28 * 86400000).toISOString().substring(0, 10);
    const to = new Date(today.getTime() - 86400000).toISOString().substring(0, 10);
    const report = (await manager('GET', `/api/v1/reports/indicators?from=${from}&to=${to}`)).body;
    const kiosk = report.indicators.find((i) => i.code === 'KIOSK_SELF_SERVICE');
    assert.ok(kiosk.numerator > 20, 'the seeded history has kiosk dossiers: ' + JSON.stringify(kiosk));

    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('response', (r) => { if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(r.status() + ' ' + r.url()); });
    await page.goto(server.url + '/manager/indicators');
    await page.waitForSelector('#need-login:not([hidden])'); // no session: sent to the dashboard to log in
    await page.goto(server.url + '/manager');
    await page.fill('#username', 'manager');
    await page.fill('#password', server.credentials.manager.password);
    await page.click('#login-form button[type=submit]');
    await page.waitForSelector('#indicators-link:not([hidden])');
    await page.click('#indicators-link');
    await page.waitForURL('**/manager/indicators');
    assert.match(await page.textContent('h1'), /Chỉ số phục vụ người dân, doanh nghiệp/);
    await page.fill('#from', from);
    await page.fill('#to', to);
    await page.click('#filters button[type=submit]');
    await page.waitForFunction((f) => document.querySelector('#as-of').textContent.includes(f), from);
    assert.equal(await page.locator('#rows tr').count(), report.indicators.length);
    for (const i of report.indicators) {
      const row = page.locator(`#rows tr[data-code="${i.code}"]`);
      const text = await row.textContent();
      assert.ok(text.includes(i.nameVi), i.code + ' name');
      assert.ok(text.includes(i.formulaVi), i.code + ' formula');
      assert.ok(text.includes(`${i.numerator} / ${i.denominator}`), i.code + ' counts');
      const expected = i.met === null ? 'Không có dữ liệu' : i.met ? 'Đạt' : 'Chưa đạt';
      assert.equal((await row.locator('td').last().textContent()).trim(), expected, i.code + ' verdict');
      if (i.value !== null) {
        const shown = (i.value * 100).toLocaleString('vi-VN', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' %';
        assert.equal((await row.locator('td.value').textContent()).trim(), shown, i.code + ' value');
      }
    }
    assert.equal(await page.locator('#provincial tr').count(), report.provincial.length);
    await assertAccessible(page, 'indicator page');
    await page.screenshot({ path: join(DOC_IMAGES, 'indicators.png'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#xlsx')]);
    assert.equal(download.suggestedFilename(), `chi-so-766-${from}_${to}.xlsx`);
    const file = join(mkdtempSync(join(tmpdir(), 'motcua-ind-')), download.suggestedFilename());
    await download.saveAs(file);
    assert.equal(readFileSync(file).subarray(0, 2).toString(), 'PK');

    await page.click('#lang');
    assert.match(await page.textContent('h1'), /Service indicators for citizens and businesses/);
    assert.ok((await page.textContent('#rows')).includes(report.indicators[0].nameEn));
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await server.kill();
  }
});
