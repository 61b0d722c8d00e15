// Touch UI of the kiosk. Talks only to the kiosk process on this box (/local/*), which holds the
// device token and the hardware; nothing personal is kept after a screen returns home.
const T = {
  vi: {
    welcome: 'Xin kính chào quý khách', takeNumber: 'Lấy số thứ tự', takeNumberSub: 'Chọn dịch vụ và nhận phiếu',
    submit: 'Nộp hồ sơ', submitSub: 'Chuẩn bị và nộp hồ sơ thủ tục', lookup: 'Tra cứu hồ sơ',
    lookupSub: 'Quét mã trên giấy hẹn', chooseService: 'Chọn dịch vụ', back: '‹ Quay lại', service: 'Dịch vụ',
    scanHint: 'Quý khách có thể quét mã QR trên thẻ Căn cước (không bắt buộc).', print: 'In số thứ tự',
    priority: 'Tôi thuộc diện ưu tiên', prioritySub: 'Người cao tuổi, khuyết tật, mang thai…',
    verifyNote: 'Cán bộ tiếp nhận sẽ kiểm tra đối tượng ưu tiên.', printing: 'Đang in phiếu…',
    printed: 'Mời quý khách nhận phiếu', ahead: 'Số người chờ trước', wait: 'Thời gian chờ dự kiến',
    done: 'Xong', sorry: 'Xin lỗi quý khách', home: 'Về trang chủ', help: 'Trợ giúp', bigText: 'Chữ lớn',
    minutes: (n) => `khoảng ${n} phút`, unknown: 'chưa xác định', helpSent: 'Đã báo cán bộ, xin vui lòng chờ trong giây lát.',
    helpFailed: 'Chưa báo được cán bộ. Xin mời đến quầy hướng dẫn.',
    elderly: (age) => `Quý khách ${age} tuổi: được ưu tiên (Người cao tuổi).`,
    idRead: (masked) => `Đã đọc thẻ ${masked}.`, idBad: 'Không đọc được thẻ Căn cước. Quý khách có thể bỏ qua bước này.',
    unreadable: 'Không đọc được mã. Xin quét lại.', printAs: (c) => `Ưu tiên: ${c}`, normal: 'Thông thường',
    noServices: 'Chưa tải được danh sách dịch vụ. Xin mời đến quầy hướng dẫn.',
  },
  en: {
    welcome: 'Welcome', takeNumber: 'Take a number', takeNumberSub: 'Choose a service and get a ticket',
    submit: 'Submit a dossier', submitSub: 'Prepare and submit an application', lookup: 'Look up a dossier',
    lookupSub: 'Scan the code on your receipt', chooseService: 'Choose a service', back: '‹ Back', service: 'Service',
    scanHint: 'You may scan the QR code on your ID card (optional).', print: 'Print my number',
    priority: 'I am entitled to priority', prioritySub: 'Elderly, disabled, pregnant…',
    verifyNote: 'The officer will check priority entitlement.', printing: 'Printing your ticket…',
    printed: 'Please take your ticket', ahead: 'People ahead', wait: 'Estimated wait', done: 'Done',
    sorry: 'We are sorry', home: 'Home', help: 'Help', bigText: 'Large text',
    minutes: (n) => `about ${n} min`, unknown: 'unknown', helpSent: 'Staff have been called, please wait a moment.',
    helpFailed: 'Staff could not be called. Please go to the reception desk.',
    elderly: (age) => `You are ${age}: priority as an elderly citizen.`,
    idRead: (masked) => `ID card ${masked} read.`, idBad: 'The ID card could not be read. You may skip this step.',
    unreadable: 'The code could not be read. Please scan again.', printAs: (c) => `Priority: ${c}`, normal: 'Normal',
    noServices: 'The list of services is not available. Please go to the reception desk.',
  },
};
const CATEGORIES = {
  vi: { ELDERLY: 'Người cao tuổi', DISABLED: 'Người khuyết tật', PREGNANT: 'Phụ nữ mang thai', MERIT: 'Người có công',
    CHILD: 'Đi cùng trẻ nhỏ' },
  en: { ELDERLY: 'Elderly', DISABLED: 'Disabled', PREGNANT: 'Pregnant', MERIT: 'Person with merit',
    CHILD: 'With a small child' },
};

const state = { lang: 'vi', idle: 60, services: [], service: null, id: null, busy: false, lastTouch: Date.now() };
const $ = (id) => document.getElementById(id);
const t = (key, ...args) => { const v = T[state.lang][key]; return typeof v === 'function' ? v(...args) : v; };

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text; // server-provided names are text, never HTML
  return e;
}

function show(id) {
  document.querySelectorAll('.screen').forEach((s) => s.classList.toggle('active', s.id === id));
  if (id === 'home') forget();
  if (id === 'services') renderServices();
  if (id === 'category') renderCategory();
}

/** Leaves nothing of the last visitor behind. */
function forget() {
  state.service = null;
  state.id = null;
  $('id-banner').classList.add('hidden');
  $('priority-tiles').classList.add('hidden');
  $('t-number').textContent = '';
}

function translate() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  $('lang').textContent = state.lang === 'vi' ? 'English' : 'Tiếng Việt';
  if ($('services').classList.contains('active')) renderServices();
  if ($('category').classList.contains('active')) renderCategory();
}

function renderServices() {
  const tiles = $('service-tiles');
  tiles.replaceChildren();
  if (state.services.length === 0) {
    tiles.append(el('p', 'failure', t('noServices')));
    return;
  }
  for (const s of state.services) {
    const b = el('button', 'tile');
    b.dataset.service = s.code;
    b.append(el('span', 'name', state.lang === 'vi' ? s.nameVi : s.nameEn),
      el('span', 'en', state.lang === 'vi' ? s.nameEn : s.nameVi));
    b.addEventListener('click', () => { state.service = s; show('category'); });
    tiles.append(b);
  }
}

function serviceName(s) { return state.lang === 'vi' ? s.nameVi : s.nameEn; }

function renderCategory() {
  if (!state.service) return;
  $('chosen-service').textContent = serviceName(state.service);
  const proposed = state.id && state.id.elderly ? 'ELDERLY' : null;
  $('print-main').dataset.category = proposed || 'NORMAL';
  $('print-main-sub').textContent = proposed ? t('printAs', CATEGORIES[state.lang][proposed]) : t('normal');
  const tiles = $('priority-tiles');
  tiles.replaceChildren();
  for (const [code, label] of Object.entries(CATEGORIES[state.lang])) {
    const b = el('button', 'tile');
    b.dataset.category = code;
    b.append(el('span', 'name', label));
    b.addEventListener('click', () => print(code));
    tiles.append(b);
  }
  renderId();
}

function renderId() {
  const banner = $('id-banner');
  if (!state.id) { banner.classList.add('hidden'); return; }
  banner.classList.remove('hidden');
  banner.classList.toggle('bad', !state.id.valid);
  if (!state.id.valid) { banner.textContent = t('idBad'); return; }
  banner.textContent = state.id.elderly ? `${t('idRead', state.id.maskedNumber)} ${t('elderly', state.id.age)}`
    : t('idRead', state.id.maskedNumber);
}

async function print(category) {
  if (state.busy || !state.service) return;
  state.busy = true;
  const service = state.service;
  $('t-service').textContent = serviceName(service);
  $('t-number').textContent = '…';
  $('t-category').textContent = category === 'NORMAL' ? '' : CATEGORIES[state.lang][category];
  $('t-ahead').textContent = '';
  $('t-wait').textContent = '';
  $('printing-label').textContent = t('printing');
  show('printing');
  try {
    const res = await fetch('/local/tickets', { method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ service: service.code, category }) });
    const r = await res.json();
    if (!res.ok) {
      fail(state.lang === 'vi' ? r.messageVi || r.error?.message : r.messageEn || r.error?.message);
      return;
    }
    showIssued(r);
    $('printing-label').textContent = t('printed');
    state.id = null; // printed: the card's summary is not needed any more
  } catch (e) {
    fail(t('helpFailed'));
  } finally {
    state.busy = false;
  }
}

function fail(message) {
  $('failure').textContent = message;
  show('failed');
}

function toast(message) {
  const box = $('toast');
  box.textContent = message;
  box.classList.remove('hidden');
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => box.classList.add('hidden'), 6000);
}

async function help() {
  try {
    const r = await (await fetch('/local/help', { method: 'POST' })).json();
    toast(r.sent ? t('helpSent') : t('helpFailed'));
  } catch (e) {
    toast(t('helpFailed'));
  }
}

function showIssued(r) {
  $('t-number').textContent = r.number;
  $('t-ahead').textContent = r.ahead ?? t('unknown');
  $('t-wait').textContent = r.estimatedWaitMinutes == null ? t('unknown') : t('minutes', r.estimatedWaitMinutes);
}

function listen() {
  const source = new EventSource('/local/events');
  // the number arrives as soon as the server gives it; a slow serial printer may still be printing
  source.addEventListener('printing', (event) => {
    if (state.busy && $('printing').classList.contains('active')) showIssued(JSON.parse(event.data));
  });
  source.addEventListener('scan', (event) => {
    const scan = JSON.parse(event.data);
    const onTakeNumber = $('services').classList.contains('active') || $('category').classList.contains('active');
    if (scan.kind === 'id' && onTakeNumber) {
      state.id = scan.id;
      touched();
      renderId();
      if ($('category').classList.contains('active')) renderCategory();
    } else if (scan.kind === 'unreadable') {
      toast(t('unreadable'));
    }
  });
}

function touched() { state.lastTouch = Date.now(); }

function tickClock() {
  $('clock').textContent = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit',
    minute: '2-digit' }).format(new Date());
  if (!$('home').classList.contains('active') && Date.now() - state.lastTouch > state.idle * 1000) {
    show('home');
  }
}

async function load() {
  const config = await (await fetch('/local/config')).json();
  state.idle = config.idleTimeoutSeconds;
  state.lang = config.language;
  const data = await (await fetch('/local/services')).json();
  state.services = data.services;
  $('centre').textContent = data.centreName;
  translate();
}

document.addEventListener('pointerdown', touched, true);
document.addEventListener('click', (e) => {
  const go = e.target.closest('[data-go]');
  if (go) show(go.dataset.go);
});
$('print-main').addEventListener('click', () => print($('print-main').dataset.category || 'NORMAL'));
$('show-priority').addEventListener('click', () => $('priority-tiles').classList.toggle('hidden'));
$('lang').addEventListener('click', () => { state.lang = state.lang === 'vi' ? 'en' : 'vi'; translate(); });
$('contrast').addEventListener('click', () => document.body.classList.toggle('contrast'));
$('help').addEventListener('click', help);
window.kioskState = state; // for the browser tests' idle-timeout check
load().then(() => { listen(); tickClock(); setInterval(tickClock, 1000); });
setInterval(async () => {
  // services change rarely; refresh while idle so the tiles follow the manager's edits
  if ($('home').classList.contains('active')) {
    try { state.services = (await (await fetch('/local/services')).json()).services; } catch (e) { /* keep */ }
  }
}, 60000);
