// A citizen whose card cannot be read (no QR, chip or legible front) types who they are at the kiosk: the
// dossier is filed with identity source TYPED, no stored document is offered, and the officer's dossier
// panel says "Nguồn danh tính: Nhập tay" with the prompt to check the card at the counter. Real kiosk and
// server jars, headless Chromium.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/server.mjs';
import { kioskRig } from '../lib/kiosk.mjs';
import { assertAccessible } from '../lib/audit.mjs';

const SHOTS = join(ROOT, 'e2e', 'out');
const rig = kioskRig();
before(() => mkdirSync(SHOTS, { recursive: true }));

test('an identity typed at the kiosk reaches the officer as "Nhập tay", never as a card read', async () => {
  const page = await rig.kioskPage();
  await page.click('[data-testid=submit-dossier]');
  await page.waitForSelector('#dossier-identify.active');
  await page.waitForSelector('#dossier-identify[data-session=open]'); // scans reach only an open session
  await page.click('[data-testid=dossier-typed]');
  await page.waitForSelector('#dossier-typed.active');
  await page.fill('[data-testid=typed-number]', '00120301234'); // one digit short
  await page.fill('[data-testid=typed-name]', 'Trần Thị Bình');
  await page.fill('[data-testid=typed-dateOfBirth]', '15/08/2003');
  await page.check('[data-testid=typed-sex-nu]');
  await page.click('[data-testid=typed-next]');
  await page.waitForFunction(() => document.querySelector('[data-testid=typed-msg]').textContent.includes('12 chữ số'));
  assert.ok(await page.isVisible('#dossier-typed.active'), 'a refused entry stays on the form');
  await page.fill('[data-testid=typed-number]', '001303012345');
  await page.click('[data-testid=typed-next]');
  await page.waitForSelector('#dossier-procedure.active');
  assert.match(await page.textContent('[data-testid=dossier-who]'), /Trần Thị Bình \(\*{8}2345\) · Nguồn \/ Source: nhập tay \/ typed/);
  await page.screenshot({ path: join(SHOTS, 'kiosk-typed-identity.png') });

  await page.fill('[data-testid=dossier-search]', 'chữ ký');
  await page.waitForFunction(() => document.querySelectorAll('#dos-procedures .tile').length === 1);
  await page.click('.tile[data-procedure="2.000884"]');
  await page.waitForSelector('#dossier-docs.active');
  assert.equal(await page.locator('[data-testid=doc-0-reuse]').count(), 0, 'no stored document is offered to a typed identity');
  await page.click('[data-testid=doc-0-paper]');
  await page.click('[data-testid=doc-1-paper]');
  await page.click('[data-testid=dossier-docs-next]');
  await page.waitForSelector('#dossier-form.active');
  assert.equal(await page.inputValue('[data-testid=field-name]'), 'Trần Thị Bình');
  await page.click('[data-testid=dossier-form-next]');
  await page.waitForSelector('#dossier-review.active');
  await page.check('[data-testid=dossier-consent]');
  await page.click('[data-testid=dossier-submit]');
  await page.waitForSelector('#dossier-done.active');
  const code = (await page.textContent('[data-testid=dossier-code]')).trim();

  // counter 4 serves B (certification): its officer calls the verification ticket and sees the source
  const desk = await rig.officerCallsNext(3);
  await desk.waitForSelector('#dossier-panel:not([hidden])');
  assert.equal(await desk.textContent('#dossier-code'), code);
  const source = await desk.textContent('[data-testid=dossier-identity-source]');
  assert.match(source, /^Nguồn danh tính: Nhập tay \/ Identity source: typed · Đối chiếu với thẻ tại quầy/);
  assert.equal(await desk.getAttribute('[data-testid=dossier-identity-source]', 'class'), 'identity check');
  await desk.screenshot({ path: join(SHOTS, 'officer-dossier-typed.png'), fullPage: true });
  await assertAccessible(desk, 'officer console, dossier panel of a typed identity');
  await desk.close();
});
