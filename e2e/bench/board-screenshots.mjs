// Makes docs/img/board-hall.png (1920×1080) and docs/img/board-counter.png (1280×720) from headless
// Chromium against the real server with a few demo calls. Run: cd e2e && node bench/board-screenshots.mjs
import { startServer, api, login, ROOT } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';
import { join } from 'node:path';

const server = await startServer();
const browser = await launchBrowser();
try {
  const kiosk = api(server.url, server.credentials.kioskToken);
  for (const [svc, n] of [['A', 9], ['B', 5], ['C', 7], ['D', 3], ['E', 2], ['F', 4], ['G', 1]]) {
    for (let i = 0; i < n; i++) await kiosk('POST', '/api/v1/tickets', { service: svc, category: 'NORMAL' });
  }
  for (const k of [2, 3, 6, 4, 7, 5]) {
    const o = server.credentials.officers[k - 1];
    const officer = api(server.url, await login(server.url, o.username, o.password));
    await officer('POST', `/api/v1/counters/${k}/open`);
    await officer('POST', `/api/v1/counters/${k}/next`);
  }
  const hall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
  await hall.goto(server.url + '/board?sound=0');
  await hall.waitForFunction(() => document.getElementById('latest-number').textContent === 'C0001');
  await hall.waitForTimeout(3500); // past the highlight pulse
  await hall.screenshot({ path: join(ROOT, 'docs', 'img', 'board-hall.png') });
  const counter = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await counter.goto(server.url + '/board?counter=5');
  await counter.waitForFunction(() => document.getElementById('counter-number').textContent === 'C0001');
  await counter.waitForTimeout(3500);
  await counter.screenshot({ path: join(ROOT, 'docs', 'img', 'board-counter.png') });
  console.log('wrote docs/img/board-hall.png and docs/img/board-counter.png');
} finally {
  await browser.close();
  await server.kill();
}
