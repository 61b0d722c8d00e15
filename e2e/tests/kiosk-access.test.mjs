// The kiosk as citizens who are old, disabled, pregnant, deaf, blind or short use it, in headless Chromium
// against the real kiosk and server jars: touches counted per priority flow, the whole take-a-number and
// dossier flows by keyboard alone with the spoken prompt following the focus, axe-core on every screen,
// every control's size and every text's contrast at 1080×1920 and 1920×1080, the idle warning.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { login, api } from '../lib/server.mjs';
import { kioskRig } from '../lib/kiosk.mjs';
import { DOC_IMAGES } from '../lib/browser.mjs';
import { axe, smallControls, lowContrast, controlsInTopThird } from '../lib/audit.mjs';

const IMG = DOC_IMAGES;
const ELDERLY = '027050000123||Lê Văn Hùng|30091950|Nam|Thôn Đông, Phù Chẩn, Bắc Ninh|10032021';
const YOUNG = '001203012345||Nguyễn Văn An|15082003|Nam|Số 5 ngõ 12, Phường Suối Hoa, Thành phố Bắc Ninh, Tỉnh Bắc Ninh|01062021';
const rig = kioskRig();
const report = { axe: {}, touches: {}, sizes: {}, spoken: new Set() };
after(() => console.log(`axe per kiosk state: ${JSON.stringify(report.axe)}\ntouches per flow: ${JSON.stringify(report.touches)}\n`
  + `text elements checked for contrast: ${JSON.stringify(report.sizes)}\nprompt keys requested: ${[...report.spoken].sort().join(' ')}`));

/** Waits for the printed ticket of a service letter; says what the screen shows when it does not come. */
async function ticketOf(p, letter) {
  try {
    // the number shows while the printer works; the label turns when the paper is out
    await p.waitForFunction((l) => new RegExp(`^${l}\\d{4}$`).test(document.querySelector('[data-testid=ticket-number]').textContent)
      && /Mời|Please/.test(document.getElementById('printing-label').textContent), letter, { timeout: 20000 });
  } catch (e) {
    throw new Error(`no ${letter} ticket: screen ${await p.evaluate(() => document.querySelector('.screen.active')?.id)}, `
      + `"${(await p.textContent('.screen.active')).trim().slice(0, 200)}"`);
  }
  return p.textContent('[data-testid=ticket-number]');
}

/** A touch: the count of them is what the priority flows are judged by. */
function toucher(page) {
  const t = { count: 0, async on(selector) { t.count++; await page.click(selector); } };
  return t;
}

async function page(viewport = { width: 1080, height: 1920 }) {
  const p = await rig.kioskPage(viewport);
  p.on('request', (r) => { const u = new URL(r.url()); if (u.pathname === '/local/voice/say.wav') report.spoken.add(u.searchParams.get('key')); });
  return p;
}

async function audit(p, label, { contrast = 4.5 } = {}) {
  const a = await axe(p);
  report.axe[label] = a.bad.length;
  assert.deepEqual(a.bad, [], `axe on ${label}`);
  assert.equal(await p.getAttribute('html', 'lang'), 'vi', `${label}: lang`);
  const small = await smallControls(p);
  assert.deepEqual(small, [], `${label}: controls under 60 px`);
  const low = await lowContrast(p, contrast);
  assert.deepEqual(low.out, [], `${label}: text under ${contrast}:1`);
  report.sizes[label] = low.checked;
}

test('priority in the fewest touches: 1 after an elderly card scan, 2 without a card', async () => {
  const p = await page();
  let t = toucher(p);
  await rig.kiosk.sim('scan', { payload: ELDERLY });
  await p.waitForSelector('#greet.active');
  assert.match(await p.textContent('[data-testid=greet-card]'), /\*{8}0123.*Người cao tuổi/);
  assert.match(await p.textContent('[data-testid=greet-category]'), /Ưu tiên: Người cao tuổi/);
  assert.doesNotMatch(await p.textContent('body'), /Hùng|027050000123/);
  // the greeting lists the services with the priority already chosen: the service touch prints
  await t.on('#greet-tiles .tile[data-service=A]');
  await ticketOf(p, 'A');
  assert.match(await p.textContent('#t-category'), /Người cao tuổi/);
  report.touches['card scan on the idle screen (age ≥ 60) → service → ticket'] = t.count;
  assert.equal(t.count, 1);
  await p.click('#printing [data-end-visit]');

  // with the scan on the services screen itself the service touch is the only one
  t = toucher(p);
  await t.on('[data-testid=take-number]');
  await rig.kiosk.sim('scan', { payload: ELDERLY });
  await p.waitForFunction(() => /Người cao tuổi/.test(document.querySelector('[data-testid=category-banner]').textContent));
  const before = t.count;
  await t.on('#service-tiles .tile[data-service=C]');
  await ticketOf(p, 'C');
  report.touches['scan on services → service (priority already chosen)'] = t.count - before;
  assert.equal(t.count - before, 1);
  await p.click('#printing [data-end-visit]');

  t = toucher(p);
  await t.on('[data-testid=home-priority] [data-category=PREGNANT]');
  await t.on('#service-tiles .tile[data-service=B]');
  await ticketOf(p, 'B');
  assert.match(await p.textContent('#t-category'), /Phụ nữ mang thai/);
  report.touches['no card: Ưu tiên group → service → ticket'] = t.count;
  assert.equal(t.count, 2);
  await p.click('#printing [data-end-visit]');

  t = toucher(p);
  await t.on('[data-testid=take-number]');
  await t.on('#service-tiles .tile[data-service=D]');
  await ticketOf(p, 'D');
  report.touches['normal: take a number → service → ticket'] = t.count;
  assert.equal(t.count, 2);
  assert.equal(await p.textContent('#t-category'), '');

  const o = rig.server.credentials.officers[0];
  const officer = api(rig.server.url, await login(rig.server.url, o.username, o.password));
  const queue = (await officer('GET', '/api/v1/queue')).body;
  assert.ok(queue.services.length > 0);
  await p.close();
});

/** Presses ArrowDown until the focus is on `selector`: the keypad's way to any control. */
async function focusByKeys(p, selector, max = 60) {
  for (let i = 0; i < max; i++) {
    if (await p.evaluate((s) => document.activeElement?.matches(s), selector)) return;
    await p.keyboard.press('ArrowDown');
  }
  throw new Error(`the keypad never reached ${selector}`);
}

test('keyboard alone: take a number and submit a dossier; the spoken prompt follows the focus; priority carried', async () => {
  const p = await page();
  // guidance on, by keypad
  await focusByKeys(p, '#listen');
  await p.keyboard.press('Enter');
  assert.equal(await p.getAttribute('#listen', 'aria-pressed'), 'true');
  await focusByKeys(p, '[data-testid=take-number]');
  await p.waitForFunction(() => window.__spoken.at(-1) === 'home.takeNumber');
  const ring = await p.evaluate(() => getComputedStyle(document.activeElement).outlineWidth);
  assert.equal(ring, '6px', 'a visible focus ring');
  await p.screenshot({ path: join(IMG, 'kiosk-keypad-focus.png') });
  await p.keyboard.press('Enter');
  await p.waitForSelector('#services.active');
  await p.waitForFunction(() => window.__spoken.includes('screen.services'));
  await p.keyboard.press('1'); // the first service
  await ticketOf(p, 'A');
  const number = await p.textContent('[data-testid=ticket-number]');
  await p.waitForFunction((n) => window.__spoken.includes('ticket:' + n), number);
  const say = await rig.kiosk.local(`/local/voice/say.wav?key=ticket:${number}`);
  assert.equal(say.status, 200);
  assert.equal(say.headers.get('content-type'), 'audio/wav');
  assert.ok((await say.arrayBuffer()).byteLength > 20000, 'espeak-ng spoke the number');
  await focusByKeys(p, '#printing [data-end-visit]');
  await p.keyboard.press('Enter');
  await p.waitForSelector('#home.active');

  // dossier by keypad, for a citizen whose card shows 76 years: the verification ticket is a priority one;
  // the guidance ended with the last visit, so this citizen turns it on again
  await focusByKeys(p, '#listen');
  await p.keyboard.press('Enter');
  await focusByKeys(p, '[data-testid=submit-dossier]');
  await p.keyboard.press('Enter');
  await p.waitForSelector('#dossier-identify.active');
  await p.waitForSelector('#dossier-identify[data-session=open]'); // scans reach only an open session
  await rig.kiosk.sim('scan', { payload: ELDERLY });
  // the sim kiosk has a chip reader: skip the chip step by keypad as well (tests/chip.test.mjs reads it)
  await p.waitForSelector('#dossier-chip.active');
  await focusByKeys(p, '[data-testid=chip-skip]');
  await p.keyboard.press('Enter');
  await p.waitForSelector('#dossier-procedure.active');
  await focusByKeys(p, '[data-testid=dossier-search]');
  await p.keyboard.type('ly lich tu phap');
  await p.waitForFunction(() => document.querySelectorAll('#dos-procedures .tile').length === 1);
  await p.keyboard.press('Enter'); // leaves the field for the next control
  await p.keyboard.press('1');
  await p.waitForSelector('#dossier-docs.active');
  for (const sel of ['[data-testid=doc-1-paper]', '[data-testid=doc-2-paper]']) {
    await focusByKeys(p, sel);
    await p.keyboard.press('Enter');
  }
  await focusByKeys(p, '[data-testid=dossier-docs-next]');
  await p.keyboard.press('Enter');
  await p.waitForSelector('#dossier-form.active');
  await focusByKeys(p, '[data-testid=field-purpose]');
  await p.keyboard.type('Bổ sung hồ sơ xin việc');
  await focusByKeys(p, '[data-testid=dossier-form-next]');
  await p.keyboard.press('Enter');
  await p.waitForSelector('#dossier-review.active');
  await focusByKeys(p, '[data-testid=dossier-consent]');
  await p.waitForFunction(() => window.__spoken.at(-1) === 'dossier.consent');
  await p.keyboard.press('Enter');
  await focusByKeys(p, '[data-testid=dossier-submit]');
  await p.keyboard.press('Enter');
  await p.waitForSelector('#dossier-done.active');
  const ticket = (await p.textContent('[data-testid=dossier-ticket]')).trim();
  assert.match(ticket, /^E\d{4}$/);
  const o = rig.server.credentials.officers[6];
  const officer = api(rig.server.url, await login(rig.server.url, o.username, o.password));
  await officer('POST', `/api/v1/counters/${o.counter}/open`);
  const called = (await officer('POST', `/api/v1/counters/${o.counter}/next`)).body;
  assert.equal(called.ticket?.number ?? called.number, ticket);
  assert.equal(called.ticket?.category ?? called.category, 'ELDERLY', 'the card\'s priority carried to the dossier ticket');
  await p.close();
});

test('axe-core, sizes and contrast on every kiosk screen, portrait and landscape, normal and high contrast', async () => {
  for (const viewport of [{ width: 1080, height: 1920 }, { width: 1920, height: 1080 }]) {
    const tag = viewport.width > viewport.height ? 'landscape' : 'portrait';
    const p = await page(viewport);
    await audit(p, `home ${tag}`);
    if (tag === 'portrait') {
      assert.deepEqual(await controlsInTopThird(p), [], 'home: controls in the lower two thirds');
      await p.screenshot({ path: join(IMG, 'kiosk-home-portrait.png') });
    } else {
      await p.screenshot({ path: join(IMG, 'kiosk-home-landscape.png') });
    }
    await p.click('[data-testid=take-number]');
    await audit(p, `services ${tag}`);
    if (tag === 'portrait') assert.deepEqual(await controlsInTopThird(p), [], 'services: controls in the lower two thirds');
    await p.click('[data-testid=priority]');
    await audit(p, `priority ${tag}`);
    if (tag === 'portrait') assert.deepEqual(await controlsInTopThird(p), [], 'priority: controls in the lower two thirds');
    await p.click('#priority [data-category=DISABLED]');
    await rig.kiosk.sim('scan', { payload: YOUNG });
    await p.waitForSelector('[data-testid=id-banner]:not(.hidden)');
    await audit(p, `services after an ID scan ${tag}`);
    await p.click('[data-testid=contrast]');
    await audit(p, `services high contrast ${tag}`, { contrast: 7 });
    if (tag === 'portrait') await p.screenshot({ path: join(IMG, 'kiosk-services-high-contrast.png') });
    await p.click('#service-tiles .tile[data-service=A]');
    await p.waitForFunction(() => document.getElementById('printing-label').textContent.includes('Mời'));
    await audit(p, `ticket printed high contrast ${tag}`, { contrast: 7 });
    if (tag === 'portrait') await p.screenshot({ path: join(IMG, 'kiosk-ticket-high-contrast.png') });
    await p.click('#printing [data-end-visit]');
    assert.equal(await p.evaluate(() => document.body.classList.contains('contrast')), false, 'the mode ends with the visit');
    await rig.kiosk.sim('scan', { payload: ELDERLY });
    await p.waitForSelector('#greet.active');
    await audit(p, `greeting after a scan on the idle screen ${tag}`);
    if (tag === 'portrait') {
      assert.deepEqual(await controlsInTopThird(p), [], 'greeting: controls in the lower two thirds');
      await p.screenshot({ path: join(IMG, 'kiosk-greeting-elderly.png') });
    }
    await p.click('#greet .back');

    await rig.kiosk.sim('printer', { state: 'paper-out' });
    await p.click('[data-testid=take-number]');
    await p.click('#service-tiles .tile[data-service=B]');
    await p.waitForSelector('#failed.active');
    await audit(p, `error: paper out ${tag}`);
    await rig.kiosk.sim('printer', { state: 'ok' });
    await p.click('#failed [data-end-visit]');

    await p.click('[data-testid=submit-dossier]');
    await p.waitForSelector('#dossier-identify.active');
    await audit(p, `dossier identify ${tag}`);
    await p.waitForSelector('#dossier-identify[data-session=open]'); // scans reach only an open session
    await rig.kiosk.sim('scan', { payload: YOUNG });
    await p.waitForSelector('#dossier-chip.active');
    await audit(p, `dossier place the card ${tag}`);
    await p.click('[data-testid=chip-skip]');
    await p.waitForSelector('#dossier-procedure.active');
    await p.click('[data-testid=dossier-search]');
    await p.click('#osk .key.mode:has-text("VNI")');
    for (const k of ['c', 'h', 'u', '7', '4', ' ', 'k', 'y', '1']) await p.click(k === ' ' ? '#osk .key.space' : `#osk .key >> text=/^${k}$/i`);
    assert.equal(await p.inputValue('[data-testid=dossier-search]'), 'chữ ký', 'VNI on the on-screen keyboard, NFC');
    await audit(p, `dossier procedure with the on-screen keyboard ${tag}`);
    if (tag === 'portrait') await p.screenshot({ path: join(IMG, 'kiosk-keyboard-vni.png') });
    await p.click('#osk .key.mode:has-text("Chọn dấu")');
    await p.click('#osk .key.space');
    await p.click('#osk .key >> text=/^a$/i');
    await p.click('#osk .key.pick >> text="ẫ"');
    assert.equal(await p.inputValue('[data-testid=dossier-search]'), 'chữ ký ẫ', 'the marks picker');
    if (tag === 'portrait') await p.screenshot({ path: join(IMG, 'kiosk-keyboard-picker.png') });
    await p.click('#osk .key.done');
    await p.fill('[data-testid=dossier-search]', 'chứng thực chữ ký');
    await p.waitForFunction(() => document.querySelectorAll('#dos-procedures .tile').length === 1);
    await p.click('#dos-procedures .tile');
    await p.waitForSelector('#dossier-docs.active');
    const docs = await p.textContent('#dos-docs');
    assert.doesNotMatch(docs, /\d{12}/, 'the held document shows a masked owner');
    await audit(p, `dossier documents ${tag}`);
    const papers = await p.$$eval('#dos-docs [data-testid$=paper]', (bs) => bs.map((b) => b.dataset.testid));
    for (const id of papers) await p.click(`[data-testid=${id}]`); // each click draws the list again
    await p.click('[data-testid=dossier-docs-next]');
    await p.waitForSelector('#dossier-form.active');
    await audit(p, `dossier form ${tag}`);
    await p.click('[data-testid=dossier-form-next]');
    await p.waitForSelector('#dossier-form-msg:not(.hidden), #dossier-review.active').catch(() => {});
    if (await p.isVisible('#dos-form-msg')) {
      for (const input of await p.$$('#dos-form input:not([readonly])')) if (!(await input.inputValue())) await input.fill('1');
      await p.click('[data-testid=dossier-form-next]');
    }
    await p.waitForSelector('#dossier-review.active');
    await audit(p, `dossier review ${tag}`);
    // the idle warning, with time left to answer
    await p.evaluate(() => { window.kioskState.lastTouch = Date.now() - (window.kioskState.idle - 15) * 1000; });
    await p.waitForSelector('[data-testid=idle-warning]:not(.hidden)');
    await audit(p, `idle warning ${tag}`);
    if (tag === 'portrait') await p.screenshot({ path: join(IMG, 'kiosk-idle-warning.png') });
    await p.click('[data-testid=more-time]');
    assert.ok(await p.isVisible('#dossier-review.active'), 'more time keeps the half-done dossier');
    await p.check('[data-testid=dossier-consent]');
    await p.click('[data-testid=dossier-submit]');
    await p.waitForSelector('#dossier-done.active');
    await audit(p, `dossier done ${tag}`);
    await p.click('#dossier-done [data-end-visit]');
    await p.click('[data-testid=lookup]');
    await audit(p, `dossier look-up ${tag}`);
    await p.close();
  }
});

test('the idle reset warns first, and comes later in the accessible mode', async () => {
  const p = await page();
  await p.click('[data-testid=contrast]');
  await p.click('[data-testid=take-number]');
  const limits = await p.evaluate(() => ({ idle: window.kioskState.idle, accessible: window.kioskState.accessibleIdle }));
  assert.ok(limits.accessible >= 3 * limits.idle, JSON.stringify(limits));
  // past the normal limit, still inside the accessible one: no reset, no warning yet
  await p.evaluate((s) => { window.kioskState.lastTouch = Date.now() - (s + 5) * 1000; }, limits.idle);
  await p.waitForTimeout(1500);
  assert.ok(await p.isVisible('#services.active'));
  assert.ok(await p.isHidden('[data-testid=idle-warning]'));
  await p.evaluate((s) => { window.kioskState.lastTouch = Date.now() - (s - 1) * 1000; }, limits.accessible);
  await p.waitForSelector('[data-testid=idle-warning]:not(.hidden)');
  assert.ok(await p.evaluate(() => window.__spoken.includes('idle.warning')), 'the warning is spoken even with guidance off');
  await p.waitForSelector('#home.active', { timeout: 5000 });
  assert.equal(await p.evaluate(() => document.body.classList.contains('contrast')), false, 'the visit ended: mode reset');
  await p.close();
});

test('every prompt the pages asked the kiosk to speak is a fixed one: no personal data reaches the speaker', async () => {
  const { prompts } = await (await rig.kiosk.local('/local/voice/prompts')).json();
  assert.ok(report.spoken.size >= 20, `prompts spoken in this file: ${report.spoken.size}`);
  for (const key of report.spoken) {
    assert.ok(prompts[key] || /^service:[A-Z0-9]+$/.test(key) || /^ticket:[A-Z]\d{4}$/.test(key), key);
  }
  // a key made of personal data is refused, not spoken
  for (const key of ['027050000123', 'Lê Văn Hùng', 'ticket:027050000123']) {
    assert.equal((await rig.kiosk.local(`/local/voice/say.wav?key=${encodeURIComponent(key)}`)).status, 404, key);
  }
});

test('a card scanned while the page is still loading is greeted once it has loaded, not lost', async () => {
  const p = await rig.browser.newPage({ viewport: { width: 1080, height: 1920 } });
  // hold the services the page loads first, so the scan comes before the page is ready
  let release;
  const held = new Promise((r) => { release = r; });
  await p.route('**/local/services', async (route) => { await held; await route.continue(); });
  await p.goto(rig.kiosk.url + '/');
  await p.waitForSelector('html[data-listening=yes]', { state: 'attached' });
  assert.doesNotMatch(await p.textContent('#centre'), /Bắc Ninh/, 'the page has not loaded its services yet');
  await rig.kiosk.sim('scan', { payload: ELDERLY });
  release();
  await p.waitForSelector('#greet.active');
  assert.match(await p.textContent('[data-testid=greet-category]'), /Ưu tiên: Người cao tuổi/);
  await p.close();
});

test('offline: with the server gone the kiosk still prints a number, and the screen passes axe-core', async () => {
  await rig.server.kill();
  const p = await page();
  await p.click('[data-testid=take-number]');
  await p.click('#service-tiles .tile[data-service=A]');
  const number = await ticketOf(p, 'A');
  assert.match(number, /^A\d{4}$/);
  assert.match(await p.textContent('#t-wait'), /chưa xác định/);
  await audit(p, 'offline ticket portrait');
  await p.close();
});
