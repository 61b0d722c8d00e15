// Guided dossier submission in headless Chromium: real kiosk jar (sim profile) against the real server jar.
// Identify by QR, find the procedure without diacritics, reuse a held document, capture one from an image
// file, declare, consent, submit; the receipt's rendered bytes carry a QR that zbarimg reads back; the
// look-up shows the dossier at the kiosk and on the phone page; a second dossier reuses the capture.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { login, api, ROOT } from '../lib/server.mjs';
import { kioskRig } from '../lib/kiosk.mjs';
import { assertAccessible } from '../lib/audit.mjs';

const SHOTS = join(ROOT, 'e2e', 'out');
const CARDS = join(ROOT, 'kiosk-firmware', 'src', 'test', 'resources', 'cards');
const QR = '001203012345||Nguyễn Văn An|15082003|Nam|Số 5 ngõ 12, Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh|01062021';
const rig = kioskRig();
before(() => mkdirSync(SHOTS, { recursive: true }));

async function identify(page) {
  await page.click('[data-testid=submit-dossier]');
  await page.waitForSelector('#dossier-identify.active');
  await page.waitForSelector('#dossier-identify[data-session=open]'); // scans reach only an open session
  await rig.kiosk.sim('scan', { payload: QR });
  // the sim kiosk has a chip reader: these tests go on with the QR alone (tests/chip.test.mjs reads the chip)
  await page.waitForSelector('#dossier-chip.active');
  await page.click('[data-testid=chip-skip]');
  await page.waitForSelector('#dossier-procedure.active');
  assert.match(await page.textContent('[data-testid=dossier-who]'), /Nguyễn Văn An \(\*{8}2345\)/);
}

function lastReceipt() {
  const pngs = readdirSync(rig.kiosk.printerDir).filter((f) => f.endsWith('.png')).sort((a, b) => parseInt(a) - parseInt(b));
  return join(rig.kiosk.printerDir, pngs[pngs.length - 1]);
}

test('a citizen submits a dossier with a reused and a captured document and gets a receipt', async () => {
  const page = await rig.kioskPage();
  await identify(page);
  await page.fill('[data-testid=dossier-search]', 'ly lich tu phap');
  await page.waitForFunction(() => document.querySelectorAll('#dos-procedures .tile').length === 1);
  assert.equal(await page.getAttribute('#dos-procedures .tile', 'data-procedure'), '2.000488');
  await page.click('.tile[data-procedure="2.000488"]');

  await page.waitForSelector('#dossier-docs.active');
  assert.match(await page.textContent('#dos-docs li[data-position="2"]'), /Đã có, không cần nộp lại \(KQ0001, chủ sở hữu \*{8}2345\)/);
  assert.doesNotMatch(await page.textContent('#dos-docs li[data-position="1"]'), /Đã có/);
  await page.click('[data-testid=doc-2-reuse]');
  const card = readdirSync(CARDS).find((f) => f.endsWith('.png'));
  await rig.kiosk.sim('document-camera', { file: join(CARDS, card) });
  await page.click('[data-testid=doc-1-capture]');
  await page.waitForSelector('#dos-docs li[data-position="1"] img');
  await page.screenshot({ path: join(SHOTS, 'dossier-documents.png') });
  await page.click('[data-testid=dossier-docs-next]');

  await page.waitForSelector('#dossier-form.active');
  assert.equal(await page.inputValue('[data-testid=field-name]'), 'Nguyễn Văn An');
  assert.equal(await page.inputValue('[data-testid=field-dateOfBirth]'), '15/08/2003');
  assert.equal(await page.inputValue('[data-testid=field-number]'), '********2345');
  // fields read from the card's QR are the card's: shown, not typed over (the server takes them from the read)
  assert.equal(await page.getAttribute('[data-testid=field-name]', 'readonly'), '');
  assert.equal(await page.inputValue('[data-testid=field-name]'), 'Nguyễn Văn An');
  await page.click('[data-testid=dossier-form-next]');
  assert.match(await page.textContent('#dos-form-msg'), /Mục đích sử dụng Phiếu/);
  await page.fill('[data-testid=field-purpose]', 'Bổ sung hồ sơ xin việc');
  await page.click('[data-testid=dossier-form-next]');

  await page.waitForSelector('#dossier-review.active');
  assert.equal(await page.isDisabled('[data-testid=dossier-submit]'), true, 'no consent, no submit');
  await page.check('[data-testid=dossier-consent]');
  await page.click('[data-testid=dossier-submit]');
  await page.waitForSelector('#dossier-done.active');
  const code = (await page.textContent('[data-testid=dossier-code]')).trim();
  assert.match(code, /^H27\.99-\d{6}-0001$/);
  assert.match(await page.textContent('[data-testid=dossier-ticket]'), /^E\d{4}$/);
  await page.screenshot({ path: join(SHOTS, 'dossier-done.png') });

  const qr = execFileSync('zbarimg', ['--raw', '-q', lastReceipt()], { encoding: 'utf8' }).trim();
  assert.ok(qr.includes('/hs/' + code + '?k='), qr);

  // the officer sees the dossier pre-filled, with the card's name and the reused document
  const manager = api(rig.server.url, await login(rig.server.url, 'manager', rig.server.credentials.manager.password));
  const full = (await manager('GET', '/api/v1/dossiers/' + code)).body;
  assert.equal(full.declaration.name, 'Nguyễn Văn An', 'read from the card: the card\'s name, not one typed over it');
  assert.equal(full.declaration.dateOfBirth, '2003-08-15', 'the day shown as dd/mm/yyyy goes to the server as ISO');
  assert.equal(full.declaration.number, '********2345', 'the server masks the number');
  assert.equal(full.documents.find((d) => d.position === 2).source, 'REUSE');

  // at counter 7 (services E and F) the officer calls the verification ticket and sees the dossier pre-filled
  const desk = await rig.officerCallsNext(6);
  await desk.waitForSelector('#dossier-panel:not([hidden])');
  assert.equal(await desk.textContent('#dossier-code'), code);
  // the QR read is shown as such, Vietnamese first, and needs no check against the card
  assert.equal(await desk.textContent('[data-testid=dossier-identity-source]'), 'Nguồn danh tính: Mã QR / Identity source: QR code');
  const declared = await desk.textContent('#dossier-declaration');
  assert.match(declared, /Họ và tên/);
  assert.match(declared, /Nguyễn Văn An/);
  assert.doesNotMatch(declared, /\d{12}/, 'personal numbers are masked on the officer screen');
  assert.match(await desk.textContent('#dossier-documents'), /Đã có trong kho dữ liệu, không cần nộp lại/);
  await desk.screenshot({ path: join(SHOTS, 'officer-dossier.png'), fullPage: true });
  await assertAccessible(desk, 'officer console, dossier panel');
  await desk.click('#dossier-panel [data-status=IN_PROCESSING]');
  await desk.waitForFunction(() => document.getElementById('dossier-status').textContent === 'Đang xử lý');
  await desk.close();

  // look-up at the kiosk by the receipt's QR, and on a phone
  await page.click('.screen.active [data-go=home]');
  await page.click('[data-testid=lookup]');
  await rig.kiosk.sim('scan', { payload: qr });
  await page.waitForFunction(() => document.getElementById('dos-look-result').textContent.includes('Đang xử lý'));
  assert.doesNotMatch(await page.textContent('[data-testid=lookup-result]'), /Nguyễn/);
  const phone = await rig.browser.newPage({ viewport: { width: 390, height: 844 } });
  assert.equal((await fetch(rig.server.url + '/api/v1/dossiers/lookup/' + code)).status, 404, 'the code alone opens nothing');
  await phone.goto(qr);
  await phone.waitForFunction(() => document.getElementById('status').textContent.length > 0);
  assert.equal(await phone.textContent('[data-testid=dossier-status]'), 'Đang xử lý');
  await phone.screenshot({ path: join(SHOTS, 'dossier-phone.png') });
  await assertAccessible(phone, 'dossier look-up phone page');

  // a second dossier needing the identity card copy does not ask for it again
  await page.click('.screen.active [data-go=home]');
  await identify(page);
  await page.fill('[data-testid=dossier-search]', 'chữ ký');
  await page.waitForFunction(() => document.querySelectorAll('#dos-procedures .tile').length === 1);
  await page.click('.tile[data-procedure="2.000884"]');
  await page.waitForSelector('#dossier-docs.active');
  assert.match(await page.textContent('#dos-docs li[data-position="0"]'), /Đã có, không cần nộp lại \(KQ0003, chủ sở hữu \*{8}2345\)/);
});
