// QR → chip → pre-filled form in headless Chromium: the real kiosk jar (sim profile, whose card reader is
// the simulated driver: JMRTD with BAC and secure messaging against the emulated chip in-process, not
// pcscd) against the real server jar. After the QR scan the kiosk asks for the card on the reader; the chip,
// keyed from the QR, pre-fills the form exactly as the QR does, and the source is shown.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/server.mjs';
import { kioskRig } from '../lib/kiosk.mjs';

const SHOTS = join(ROOT, 'e2e', 'out');
const QR = '001203012345||Nguyễn Văn An|15082003|Nam|Số 5 ngõ 12, Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh|01062021';
// the same citizen's card renewed at 23 (within 2 years before 25, so valid until 40): its chip's key has
// another expiry than the one the old card's QR gives (valid until 25)
const OTHER_ISSUE = QR.replace('|01062021', '|01092026');
const rig = kioskRig();
before(() => mkdirSync(SHOTS, { recursive: true }));

// cardOnReader: the card already lies on the reader, so the chip is read at once and the "place the card"
// screen may be gone before it is looked at (a CI run failed on its picture, already hidden): not asserted then
async function scanQr(page, { cardOnReader = false } = {}) {
  await page.click('[data-testid=submit-dossier]');
  await page.waitForSelector('#dossier-identify.active');
  await page.waitForSelector('#dossier-identify[data-session=open]'); // scans reach only an open session
  await rig.kiosk.sim('scan', { payload: QR });
  if (cardOnReader) return;
  await page.waitForSelector('#dossier-chip.active');
  assert.match(await page.textContent('#dos-chip-title'), /Đặt thẻ lên đầu đọc/);
  assert.equal(await page.isVisible('img.place-card'), true);
}

// the page never gets the full number (issue 16): the kiosk keeps it and shows it masked
const FIELDS = { number: null, name: 'Nguyễn Văn An', dateOfBirth: '2003-08-15', sex: 'Nam',
  address: 'Số 5 ngõ 12, Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh' };

test('after the QR the kiosk reads the chip, which pre-fills the form as the QR does', async () => {
  const page = await rig.kioskPage();
  await scanQr(page);
  await page.screenshot({ path: join(SHOTS, 'kiosk-place-card.png') });
  await rig.kiosk.sim('card', { qr: QR });
  await page.waitForSelector('#dossier-procedure.active', { timeout: 20000 });
  const who = await page.textContent('[data-testid=dossier-who]');
  assert.match(who, /Nguyễn Văn An \(\*{8}2345\)/);
  assert.match(who, /chip, đã xác thực/);
  const identity = await (await rig.kiosk.local('/local/dossier/identity')).json();
  assert.equal(identity.source, 'CHIP_VERIFIED');
  // the same fields, under the same names, as the QR gives (the form pre-fills from these)
  assert.deepEqual(identity.fields, FIELDS);
  assert.equal(identity.maskedNumber, '********2345');
  assert.doesNotMatch(JSON.stringify(identity), /001203012345/);
  assert.deepEqual(identity.toCheck, []);
  await rig.kiosk.sim('card', { lift: true });
});

test('a tampered chip is read but shown unverified; a key the chip refuses says "kiểm tra lại thẻ"', async () => {
  const page = await rig.kioskPage();
  await rig.kiosk.sim('card', { qr: QR, tamper: 'dg13' });
  await scanQr(page, { cardOnReader: true });
  await page.waitForSelector('#dossier-procedure.active', { timeout: 20000 });
  assert.match(await page.textContent('[data-testid=dossier-who]'), /chip, chưa xác thực/);
  const identity = await (await rig.kiosk.local('/local/dossier/identity')).json();
  assert.equal(identity.source, 'CHIP_UNVERIFIED');
  assert.equal(identity.passiveAuthentication, 'FAILED');
  assert.deepEqual(identity.toCheck, ['address'], 'the changed address differs from the QR and is marked to check');

  await rig.kiosk.sim('card', { lift: true });
  await page.close();
  const next = await rig.kioskPage(); // the next citizen
  // the identity the page asks for as the session opens is held back until the refusal shows, as a loaded CI
  // machine once did: its late answer must leave the citizen on the chip screen, not move on to the procedures
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let first = true;
  await next.route('**/local/dossier/identity', async (route) => {
    if (first && route.request().method() === 'GET') { first = false; await held; }
    await route.continue();
  });
  await scanQr(next);
  await rig.kiosk.sim('card', { qr: OTHER_ISSUE });
  await next.waitForFunction(() => document.getElementById('dos-chip-msg').textContent.includes('kiểm tra lại thẻ'), null, { timeout: 20000 });
  const late = next.waitForResponse((r) => r.url().endsWith('/local/dossier/identity') && r.request().method() === 'GET');
  release();
  await late;
  await next.waitForTimeout(500); // the page's turn to act on the late answer
  assert.equal(await next.isVisible('#dossier-chip.active [data-testid=chip-skip]'), true, 'still on the chip screen');
  await next.screenshot({ path: join(SHOTS, 'kiosk-chip-refused.png') });
  await next.click('[data-testid=chip-skip]');
  await next.waitForSelector('#dossier-procedure.active');
  assert.match(await next.textContent('[data-testid=dossier-who]'), /mã QR/);
  const byQr = await (await rig.kiosk.local('/local/dossier/identity')).json();
  assert.equal(byQr.source, 'QR');
  assert.deepEqual(byQr.fields, FIELDS, 'QR and chip pre-fill the same fields');
  assert.equal(byQr.maskedNumber, '********2345');
});
