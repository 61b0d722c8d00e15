// "Nộp hồ sơ" and "Tra cứu hồ sơ" on the touch UI. Screens are <section class="screen"> toggled like
// kiosk.js does; the card's fields live in the kiosk process for this session only and are dropped
// here as soon as the screen goes home (kiosk.js goes home on idle too).
import { localJson, local, localEvents } from './net.js';

const $ = (id) => document.getElementById(id);
const CONSENT_VERSION = 'dossier-consent-v1';
const MASTER = { DC0001: 'number', DC0010: 'name', DC0011: 'dateOfBirth', DC0012: 'sex', DC0015: 'address' };
const st = { identity: null, procedures: [], procedure: null, held: [], choices: {}, previews: {}, field: null, busy: false };

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text; // server strings are text, never HTML
  return e;
}

function show(id) {
  document.querySelectorAll('.screen').forEach((s) => s.classList.toggle('active', s.id === id));
  if (window.kioskState) window.kioskState.lastTouch = Date.now();
  document.activeElement?.blur?.(); // the keypad starts again from the new screen's first control
}

function message(id, text) {
  const box = $(id);
  box.textContent = text || '';
  box.classList.toggle('hidden', !text);
}

const api = localJson;

/** A personal number shown on a citizen's screen: the last 4 digits only. */
const mask = (n) => '*'.repeat(Math.max(0, n.length - 4)) + n.slice(-4);

/** A stored document's name is "<owner id>.<document type code>", the owner masked by the server: show the type and the masked owner. */
function heldName(name) {
  const m = /^([\d*]{9,12})\.(\w+)$/.exec(name || '');
  return m ? `${m[2]}, chủ sở hữu ${mask(m[1])}` : name;
}

/** ISO date (yyyy-mm-dd) to what the date field shows (dd/mm/yyyy), and back. */
const toDay = (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso || '') ? iso.split('-').reverse().join('/') : iso || '');
const fromDay = (text) => {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : text.trim();
};

const fmtDay = (iso) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit',
  month: '2-digit', year: 'numeric' }).format(new Date(iso));

function reset() {
  Object.assign(st, { identity: null, procedure: null, held: [], choices: {}, previews: {}, field: null, busy: false });
  $('dos-form').replaceChildren();
  $('dos-review').replaceChildren();
  $('dos-consent').checked = false;
  $('dos-submit').disabled = true;
  $('dos-search').value = '';
  $('dos-typed-form').reset();
  ['dos-id-msg', 'dos-typed-msg', 'dos-chip-msg', 'dos-docs-msg', 'dos-form-msg', 'dos-review-msg'].forEach((m) => message(m, ''));
}

// ---- identify ------------------------------------------------------------------------------

async function startSession() {
  reset();
  const screen = $('dossier-identify');
  delete screen.dataset.session;
  try {
    await api('POST', '/local/dossier/session');
    // a scan is taken only into an open session: tests (and the keypad flow) wait for this mark
    screen.dataset.session = 'open';
    // a card scanned at the start of this visit (the greeting) is taken over: no second scan
    await takeIdentity();
  } catch (e) { message('dos-id-msg', e.message); }
}

// The identity reaches this screen two ways that can overlap: the card scanned at the greeting, looked at
// when the session opens, and a scan while the screen is open. Whichever answer comes second must not move
// the citizen on again (a CI run saw the chip screen, with its refusal shown, replaced by the procedures):
// readChip shows its screen at once, so a later answer finds this screen gone and stops.
async function takeIdentity() {
  const id = await api('GET', '/local/dossier/identity');
  if (!id.identified || !$('dossier-identify').classList.contains('active')) return;
  if (id.chipNext) readChip(); else await identified();
}

const SOURCES = { QR: 'mã QR / QR code', CHIP_VERIFIED: 'chip, đã xác thực / chip, verified',
  CHIP_UNVERIFIED: 'chip, chưa xác thực / chip, not verified', OCR: 'ảnh mặt trước thẻ / card photo', TYPED: 'nhập tay / typed' };

async function identified() {
  const id = await api('GET', '/local/dossier/identity');
  if (!id.identified) return false;
  st.identity = id;
  $('dos-who').textContent = `Người nộp / Applicant: ${id.fields.name || ''} (${id.maskedNumber}) · Nguồn / Source: ${SOURCES[id.source] || id.source}`;
  await loadProcedures();
  show('dossier-procedure');
  return true;
}

async function ocr() {
  message('dos-id-msg', 'Đang đọc thẻ… / Reading the card…');
  try {
    await api('POST', '/local/dossier/identity/ocr');
    message('dos-id-msg', '');
    await identified();
  } catch (e) {
    message('dos-id-msg', e.message);
  }
}

// No readable card: the citizen types who they are; the kiosk records it as TYPED, which the officer sees.
async function typed() {
  const form = $('dos-typed-form');
  const value = (name) => form.elements[name].value.trim();
  try {
    await api('POST', '/local/dossier/identity/typed', { number: value('number'), name: value('name'),
      dateOfBirth: fromDay(value('dateOfBirth')), sex: form.querySelector('input[name=sex]:checked')?.value || '',
      address: value('address') });
    message('dos-typed-msg', '');
    form.reset(); // accepted: the typed number must not stay in the page for the rest of the flow
    await identified();
  } catch (e) {
    message('dos-typed-msg', e.message);
  }
}

// After the QR, the chip: the kiosk reads it with a key derived from the QR; the citizen may skip it.
async function readChip() {
  show('dossier-chip');
  $('dos-chip-retry').classList.add('hidden');
  message('dos-chip-msg', 'Đang chờ thẻ… / Waiting for the card…');
  try {
    const id = await api('POST', '/local/dossier/identity/chip');
    message('dos-chip-msg', '');
    if (!$('dossier-chip').classList.contains('active')) return; // skipped meanwhile
    await identified();
  } catch (e) {
    if (!$('dossier-chip').classList.contains('active')) return;
    message('dos-chip-msg', e.message);
    $('dos-chip-retry').classList.remove('hidden');
  }
}

// ---- procedures ----------------------------------------------------------------------------

async function loadProcedures() {
  const q = $('dos-search').value.trim();
  const data = await api('GET', '/local/dossier/procedures?q=' + encodeURIComponent(q));
  st.procedures = data.procedures;
  renderProcedures();
}

function renderProcedures() {
  const fields = [...new Set(st.procedures.map((p) => p.fieldVi))];
  $('dos-fields').replaceChildren(...fields.map((f) => {
    const b = el('button', 'chip' + (st.field === f ? ' on' : ''), f);
    b.addEventListener('click', () => { st.field = st.field === f ? null : f; renderProcedures(); });
    return b;
  }));
  const list = st.procedures.filter((p) => !st.field || p.fieldVi === st.field);
  $('dos-procedures').replaceChildren(...list.map((p) => {
    const b = el('button', 'tile');
    b.dataset.procedure = p.code;
    b.append(el('span', 'name', p.nameVi), el('span', 'en', `${p.nameEn} · ${p.code}`));
    b.addEventListener('click', () => choose(p));
    return b;
  }));
  if (list.length === 0) $('dos-procedures').append(el('p', 'hint', 'Không tìm thấy thủ tục / no procedure found'));
}

async function choose(p) {
  st.procedure = p;
  st.choices = {};
  st.previews = {};
  try {
    st.held = (await api('GET', '/local/dossier/held/' + encodeURIComponent(p.code))).documents;
  } catch (e) {
    st.held = p.documents.map(() => ({ held: false }));
  }
  p.documents.forEach((d, i) => { if (d.form === 'DECLARATION') st.choices[i] = 'DECLARATION'; });
  const fee = p.feeVnd ? `${p.feeVnd.toLocaleString('vi-VN')} đồng` : 'Không mất phí';
  $('dos-proc-facts').textContent = `${p.nameVi} · Thời hạn ${p.processingDays} ngày làm việc · Lệ phí: ${fee}`;
  renderDocs();
  show('dossier-docs');
}

// ---- documents -----------------------------------------------------------------------------

function renderDocs() {
  const p = st.procedure;
  $('dos-docs').replaceChildren(...p.documents.map((d, i) => {
    const li = el('li');
    li.dataset.position = i;
    li.append(el('strong', null, d.nameVi), el('span', 'en', `${d.nameEn}${d.required ? '' : ' (không bắt buộc / optional)'}`));
    const actions = el('div', 'actions');
    if (d.form === 'DECLARATION') {
      actions.append(el('span', 'held', 'Điền tại ki-ốt ở bước sau / filled in at the next step'));
    } else {
      const held = st.held[i] && st.held[i].held;
      if (held) {
        li.append(el('p', 'held', `Đã có, không cần nộp lại (${heldName(st.held[i].name)}) / Already held, no need to submit again`));
        actions.append(choice(i, 'REUSE', 'Dùng bản đã có / Reuse it', 'reuse'));
      }
      actions.append(choice(i, 'UPLOAD', 'Chụp giấy tờ / Capture', 'capture'));
      actions.append(choice(i, 'PAPER', 'Nộp bản giấy tại quầy / Hand in paper', 'paper'));
      if (st.previews[i]) {
        const img = el('img');
        img.src = st.previews[i];
        img.alt = 'Ảnh đã chụp / captured image';
        actions.append(img);
      }
    }
    li.append(actions);
    return li;
  }));
}

function choice(i, action, label, test) {
  const b = el('button', st.choices[i] === action ? 'on' : '', label);
  b.dataset.testid = `doc-${i}-${test}`;
  b.setAttribute('data-testid', `doc-${i}-${test}`);
  b.dataset.say = 'doc.' + test;
  b.addEventListener('click', async () => {
    message('dos-docs-msg', '');
    if (action === 'UPLOAD') {
      b.disabled = true;
      try {
        const shot = await api('POST', '/local/dossier/capture', { position: i });
        st.previews[i] = shot.preview;
        st.choices[i] = 'UPLOAD';
      } catch (e) {
        message('dos-docs-msg', e.message);
      }
    } else {
      st.choices[i] = action;
    }
    renderDocs();
  });
  return b;
}

function docsNext() {
  const missing = st.procedure.documents.map((d, i) => (d.required && !st.choices[i] ? d.nameVi : null)).filter(Boolean);
  if (missing.length) {
    message('dos-docs-msg', `Chưa chọn cách nộp: ${missing.join('; ')} / choose how to provide every required document`);
    return;
  }
  renderForm();
  show('dossier-form');
}

// ---- declaration ---------------------------------------------------------------------------

function renderForm() {
  const form = $('dos-form');
  if (form.dataset.procedure === st.procedure.code) return; // keep what the citizen typed
  form.dataset.procedure = st.procedure.code;
  const f = st.identity.fields;
  const toCheck = new Set(st.identity.toCheck || []);
  form.replaceChildren(...st.procedure.fields.map((field) => {
    const label = el('label', null, field.labelVi + (field.required ? ' *' : ''));
    const input = el('input');
    input.name = field.key;
    // dates as dd/mm/yyyy text: the on-screen keypad types into it, a date picker it could not
    input.type = 'text';
    input.inputMode = field.type === 'number' || field.type === 'date' ? 'numeric' : 'text';
    if (field.type === 'number' || field.type === 'date') input.dataset.kind = field.type;
    if (field.type === 'date') input.placeholder = 'dd/mm/yyyy';
    input.dataset.date = field.type === 'date' ? '1' : '';
    input.dataset.testid = `field-${field.key}`;
    input.setAttribute('data-testid', `field-${field.key}`);
    const source = field.masterData && MASTER[field.masterData];
    if (source && f[source]) {
      input.value = field.type === 'date' ? toDay(f[source]) : f[source];
      if (toCheck.has(source)) input.classList.add('check');
      // read from the card's QR or chip: the dossier takes it from the card, so it is not typed over here
      if (st.identity.source !== 'ocr') input.readOnly = true;
    }
    if (field.masterData === 'DC0001') {
      // the dossier is filed under the card that was read; show it masked, change it by scanning another card
      // the full number never reaches this page: the kiosk files the card's own
      input.readOnly = true;
      input.dataset.card = '1';
      input.value = st.identity.maskedNumber;
    }
    label.append(el('span', 'en', field.labelEn || ''), input);
    return label;
  }));
}

function declaration() {
  const out = {};
  for (const input of $('dos-form').querySelectorAll('input')) {
    if (input.dataset.card) out[input.name] = st.identity.maskedNumber || '';
    else out[input.name] = input.dataset.date ? fromDay(input.value) : input.value.trim();
  }
  return out;
}

function formNext() {
  const d = declaration();
  const missing = st.procedure.fields.filter((f) => f.required && !d[f.key]).map((f) => f.labelVi);
  if (missing.length) {
    message('dos-form-msg', `Vui lòng điền: ${missing.join('; ')} / please fill in the required fields`);
    return;
  }
  message('dos-form-msg', '');
  const review = $('dos-review');
  const rows = [['Thủ tục / Procedure', st.procedure.nameVi]];
  st.procedure.fields.forEach((f) => rows.push([f.labelVi, f.masterData === 'DC0001' ? st.identity.maskedNumber
    : f.type === 'date' ? toDay(d[f.key]) : d[f.key] || '']));
  const how = { REUSE: 'dùng bản đã có', UPLOAD: 'đã chụp', PAPER: 'nộp bản giấy tại quầy', DECLARATION: 'tờ khai điền tại ki-ốt' };
  st.procedure.documents.forEach((doc, i) => { if (st.choices[i]) rows.push([doc.nameVi, how[st.choices[i]]]); });
  review.replaceChildren(...rows.flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
  $('dos-consent').checked = false;
  $('dos-submit').disabled = true;
  show('dossier-review');
}

async function submit() {
  if (st.busy || !$('dos-consent').checked) return;
  st.busy = true;
  $('dos-submit').disabled = true;
  message('dos-review-msg', 'Đang nộp hồ sơ… / Submitting…');
  try {
    const documents = Object.entries(st.choices).map(([position, action]) => ({ position: Number(position), action }));
    // the priority of this visit (chosen, or shown by the card) goes with the verification ticket too
    const category = window.kioskState?.visit?.category || 'NORMAL';
    const r = await api('POST', '/local/dossier/submit', { procedure: st.procedure.code, declaration: declaration(),
      documents, consent: { given: true, textVersion: CONSENT_VERSION }, category });
    const d = r.dossier;
    $('dos-done-code').textContent = d.code;
    $('dos-done-due').textContent = fmtDay(d.dueAt);
    $('dos-done-ticket').textContent = d.ticket ? d.ticket.number : '';
    if (d.ticket) window.kioskState?.say?.('ticket:' + d.ticket.number);
    $('dos-done-print').textContent = r.printed ? 'Mời quý khách nhận giấy hẹn. / Please take your receipt.'
      : 'Máy in gặp sự cố: xin ghi lại mã hồ sơ và đến quầy. / The printer failed: note the code and go to the counter.';
    message('dos-review-msg', '');
    st.identity = null;
    show('dossier-done');
  } catch (e) {
    message('dos-review-msg', e.message);
    $('dos-submit').disabled = !$('dos-consent').checked;
  } finally {
    st.busy = false;
  }
}

// ---- look-up -------------------------------------------------------------------------------

async function lookup(code) {
  const result = $('dos-look-result');
  // the receipt's QR: …/hs/<code>?k=<key>; typed by hand: "<code> <key>" as printed under the QR
  const [c, rest = ''] = (code || '').trim().replace(/^.*\/hs\//, '').split(/[?\s]+/);
  const k = rest.startsWith('k=') ? new URLSearchParams(rest).get('k') : rest;
  if (!c) return;
  $('dos-look-code').value = c;
  try {
    const d = await api('GET', '/local/dossier/lookup/' + encodeURIComponent(c) + '?k=' + encodeURIComponent(k || ''));
    result.replaceChildren(...[['Mã hồ sơ / Code', d.code], ['Thủ tục / Procedure', d.procedure.nameVi || d.procedure.code],
      ['Trạng thái / Status', d.statusVi], ['Hẹn trả / Due', fmtDay(d.dueAt)],
      ['Nơi nhận / Collect at', d.procedure.collectVi || '']].flatMap(([k, v]) => [el('dt', null, k), el('dd', null, v)]));
  } catch (e) {
    result.replaceChildren(el('dt', null, 'Lỗi / Error'), el('dd', null, e.message));
  }
}

// ---- wiring --------------------------------------------------------------------------------

function watch(id, onActive) {
  const section = $(id);
  new MutationObserver(() => { if (section.classList.contains('active')) onActive(); })
    .observe(section, { attributes: true, attributeFilter: ['class'] });
}

watch('dossier-identify', () => { if (!st.identity) startSession(); });
watch('dossier-lookup', () => { $('dos-look-result').replaceChildren(); $('dos-look-code').value = ''; });
watch('home', () => {
  if (st.identity || st.procedure) local('DELETE', '/local/dossier/session').catch(() => {});
  reset();
});

const events = localEvents('/local/events');
events.addEventListener('scan', async (event) => {
  const scan = JSON.parse(event.data);
  if (scan.kind === 'id' && $('dossier-identify').classList.contains('active')) {
    if (!scan.id.valid) { message('dos-id-msg', 'Không đọc được thẻ Căn cước. Xin quét lại. / The card could not be read.'); return; }
    try { await takeIdentity(); } catch (e) { message('dos-id-msg', e.message); }
  } else if (scan.kind === 'code' && $('dossier-lookup').classList.contains('active')) {
    lookup(scan.code);
  }
});

$('dos-ocr').addEventListener('click', ocr);
$('dos-typed-next').addEventListener('click', typed);
$('dos-chip-retry').addEventListener('click', readChip);
// skipping calls off the read under way, so nothing of it reaches the session after the citizen moved on
$('dos-chip-skip').addEventListener('click', () => api('DELETE', '/local/dossier/identity/chip').then(identified)
  .catch((e) => message('dos-chip-msg', e.message)));
let searchTimer;
$('dos-search').addEventListener('input', () => { clearTimeout(searchTimer); searchTimer = setTimeout(loadProcedures, 250); });
$('dos-docs-next').addEventListener('click', docsNext);
$('dos-form-next').addEventListener('click', formNext);
$('dos-consent').addEventListener('change', () => { $('dos-submit').disabled = !$('dos-consent').checked; });
$('dos-submit').addEventListener('click', submit);
$('dos-look-go').addEventListener('click', () => lookup($('dos-look-code').value));
