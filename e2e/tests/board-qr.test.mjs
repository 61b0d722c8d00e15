// The hall board's QRs, in headless Chromium against the real server jar: the booking page's QR always; the
// entrance QR (confirm arrival of a ticket taken from the phone) once the centre takes remote tickets, and only
// on a board that carries its device token; both whole on a 1920×1080 screen and large enough to scan.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { startServer, login, api, ROOT } from '../lib/server.mjs';
import { launchBrowser } from '../lib/browser.mjs';

const visibleImage = (id) => {
  const fig = document.getElementById(id);
  const img = fig.querySelector('img');
  return !fig.hidden && img.complete && img.naturalWidth > 0;
};

test('hall board shows the booking QR, and the entrance QR once remote tickets are on', async () => {
  const server = await startServer();
  const browser = await launchBrowser();
  try {
    const board = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    const address = `${server.url}/board?token=${server.credentials.boardToken}&sound=0`;
    await board.goto(address);
    await board.waitForFunction(visibleImage, 'qr-booking');
    assert.equal(await board.isHidden('#qr-entrance'), true, 'remote tickets are off by default');
    assert.equal(base64(await board.getAttribute('#qr-booking-img', 'src')), await pngData(`${server.url}/dat-lich/qr.png`));

    const manager = api(server.url, await login(server.url, 'manager', server.credentials.manager.password));
    assert.equal((await manager('PUT', '/api/v1/remote/settings',
      { enabled: true, services: [], confirmWithin: 3, perPhonePerDay: 1 })).status, 200);
    await board.reload();
    await board.waitForFunction(visibleImage, 'qr-entrance');
    // the very image the server draws for the day's entrance code (device tokens only)
    assert.equal(base64(await board.getAttribute('#qr-entrance-img', 'src')),
      await pngData(`${server.url}/api/v1/remote/entrance.png`, server.credentials.boardToken));
    for (const id of ['#qr-booking-img', '#qr-entrance-img']) {
      const box = await board.locator(id).boundingBox();
      assert.ok(box.width >= 200 && box.height >= 200, `${id} is ${box.width}×${box.height}, too small to scan across the hall`);
      assert.ok(box.x >= 0 && box.y >= 0 && box.x + box.width <= 1920 && box.y + box.height <= 1080, `${id} is cut off`);
    }
    assert.match(await board.textContent('#qr-entrance figcaption'), /Lấy số từ xa.*Đã đến\? Quét để xác nhận/);
    const shots = join(ROOT, 'e2e', 'out', 'screenshots');
    mkdirSync(shots, { recursive: true });
    await board.screenshot({ path: join(shots, 'board-qrs.png') });

    // a board page opened without the device token shows the booking QR only
    const open = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await open.goto(`${server.url}/board?sound=0`);
    await open.waitForFunction(visibleImage, 'qr-booking');
    await open.waitForFunction(() => window.__board !== undefined);
    assert.equal(await open.isHidden('#qr-entrance'), true);
  } finally {
    await browser.close();
    await server.kill();
  }
});

/** The bytes of a data: address, base64. */
function base64(src) {
  assert.match(src, /^data:image\/png[^,]*;base64,/);
  return src.substring(src.indexOf('base64,') + 7);
}

/** The PNG at `url`, base64. */
async function pngData(url, token) {
  const r = await fetch(url, { headers: token ? { authorization: 'Bearer ' + token } : {} });
  assert.equal(r.status, 200);
  return Buffer.from(await r.arrayBuffer()).toString('base64');
}
