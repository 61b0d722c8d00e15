// The screen launcher's offline page (display-board/src/deb/screen/offline.html, installed by motcua-board
// as /usr/share/motcua/screen/offline.html) in headless Chromium: opened from file:// before the server
// runs, it waits with its own message, then opens the board once the server answers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, freePort, startServer } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';

const OFFLINE = pathToFileURL(join(ROOT, 'display-board', 'src', 'deb', 'screen', 'offline.html')).href;

test('the offline page waits for a server that is down, then opens its URL when it answers', async () => {
  const port = await freePort();
  const target = `http://127.0.0.1:${port}/board`;
  const browser = await launchBrowser();
  let server;
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${OFFLINE}#${target}`);
    // nobody listens on the port yet: our message, with the tries counted, not Chromium's error page
    await page.waitForFunction(() => /lần thử \/ try [2-9]/.test(document.getElementById('detail').textContent),
      null, { timeout: 15000 });
    assert.equal(await page.locator('h1').textContent(), 'Đang kết nối tới máy chủ…');
    assert.ok(page.url().startsWith('file:'), `still on the offline page, not ${page.url()}`);

    server = await startServer({ port });
    const started = Date.now();
    await page.waitForURL(target, { timeout: 10000 });
    await page.waitForFunction(() => document.getElementById('centre-name')?.textContent.length > 0, null,
      { timeout: 10000 });
    console.log(`offline page opened the board ${Date.now() - started} ms after the server answered /health`);
  } finally {
    await browser.close();
    if (server) await server.kill();
  }
});

test('the offline page refuses an address that is not http(s)', async () => {
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${OFFLINE}#javascript:alert(1)`);
    await page.waitForFunction(() => document.getElementById('detail').textContent.includes('invalid address'));
    assert.ok(page.url().startsWith('file:'));
  } finally {
    await browser.close();
  }
});
