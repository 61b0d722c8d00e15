// Touch UI of the kiosk. Talks only to the kiosk process on this box (/local/*), which holds the
// device token and the hardware. A visit runs from the first touch or scan to Xong, Kết thúc or the idle
// reset; nothing of it (card summary, priority, large text, guidance) outlives it.
import { local, localEvents } from './net.js';
import { createGuide } from './guide.js';
import { installKeyNav } from './focus-nav.js';
import { createKeyboard } from './keyboard.js';

const T = {
  vi: {
    welcome: 'Xin kính chào quý khách', takeNumber: 'Lấy số thứ tự', takeNumberSub: 'Chọn dịch vụ và nhận phiếu',
    submit: 'Nộp hồ sơ', submitSub: 'Chuẩn bị và nộp hồ sơ thủ tục', lookup: 'Tra cứu hồ sơ',
    lookupSub: 'Quét mã trên giấy hẹn', chooseService: 'Chọn dịch vụ', back: '‹ Quay lại', service: 'Dịch vụ',
    scanHint: 'Quý khách có thể quét mã QR trên thẻ Căn cước (không bắt buộc).', print: 'In số thứ tự',
    priority: 'Tôi thuộc diện ưu tiên', prioritySub: 'Người cao tuổi, khuyết tật, mang thai…',
    verifyNote: 'Cán bộ tiếp nhận sẽ kiểm tra đối tượng ưu tiên.', printing: 'Đang in phiếu…',
    printed: 'Mời quý khách nhận phiếu', ahead: 'Số người chờ trước', wait: 'Thời gian chờ dự kiến',
    done: 'Xong', sorry: 'Xin lỗi quý khách', home: 'Về trang chủ', help: 'Trợ giúp', bigText: 'Chữ lớn, tương phản cao',
    minutes: (n) => `khoảng ${n} phút`, minutesRange: (n, lo, hi) => `khoảng ${n} phút (từ ${lo} đến ${hi} phút)`, unknown: 'chưa xác định', helpSent: 'Đã báo cán bộ, xin vui lòng chờ trong giây lát.',
    helpFailed: 'Chưa báo được cán bộ. Xin mời đến quầy hướng dẫn.',
    elderly: (age) => `Quý khách ${age} tuổi: được ưu tiên (Người cao tuổi).`,
    idRead: (masked) => `Đã đọc thẻ ${masked}.`, idBad: 'Không đọc được thẻ Căn cước. Quý khách có thể bỏ qua bước này.',
    unreadable: 'Không đọc được mã. Xin quét lại.', printAs: (c) => `Ưu tiên: ${c}`, normal: 'Thông thường',
    noServices: 'Chưa tải được danh sách dịch vụ. Xin mời đến quầy hướng dẫn.',
    scanAnywhere: 'Quý khách có thể quét mã QR trên thẻ Căn cước ngay tại đây.', priorityEntry: 'Ưu tiên',
    greeting: 'Xin chào quý khách', touchPrints: 'Chạm vào dịch vụ để in số thứ tự.',
    twoServices: 'Tôi cần làm hai thủ tục', twoServicesSub: 'Một số thứ tự cho cả hai, lần lượt từng quầy',
    pickFirst: 'Chạm thủ tục thứ nhất.', pickSecond: (n) => `Thủ tục thứ nhất: ${n}. Chạm thủ tục thứ hai để in số.`,
    choosePriority: 'Quý khách thuộc diện ưu tiên nào?', noPriority: 'Không ưu tiên', soon: 'Sắp đến lượt',
    listen: 'Nghe hướng dẫn', repeat: 'Nghe lại', idleTitle: 'Quý khách còn đó không?',
    idleText: 'Màn hình sẽ trở về trang chủ sau', seconds: 'giây', moreTime: 'Tôi cần thêm thời gian', endNow: 'Kết thúc',
    greetCard: (masked) => `Đã đọc thẻ của quý khách (${masked}).`, asCategory: (c) => `Ưu tiên: ${c}`,
    asNormal: 'Số thông thường. Nếu thuộc diện ưu tiên, xin chọn ở dưới.',
    haveBooking: 'Tôi có lịch hẹn', haveBookingSub: 'Quét mã lịch hẹn hoặc thẻ Căn cước', bookingTitle: 'Nhận số theo lịch hẹn',
    bookingHint: 'Quét mã QR lịch hẹn (trên điện thoại hoặc giấy) hoặc mã QR trên thẻ Căn cước; hoặc nhập mã lịch hẹn.',
    bookingCode: 'Mã lịch hẹn', bookingGo: 'Nhận số', bookingWait: 'Lấy số ngay và chờ đến giờ hẹn',
    bookingChecking: 'Đang kiểm tra lịch hẹn…', bookingNone: 'Thẻ này không có lịch hẹn hôm nay. Quý khách có thể lấy số thường.',
    bookingFor: (time, service) => `Lịch hẹn ${time} – ${service}. Chạm để nhận số.`, appointment: 'Đặt lịch hẹn',
    entranceQr: 'Lấy số từ xa? Quét mã này bằng điện thoại để xác nhận đã đến.',
  },
  en: {
    welcome: 'Welcome', takeNumber: 'Take a number', takeNumberSub: 'Choose a service and get a ticket',
    submit: 'Submit a dossier', submitSub: 'Prepare and submit an application', lookup: 'Look up a dossier',
    lookupSub: 'Scan the code on your receipt', chooseService: 'Choose a service', back: '‹ Back', service: 'Service',
    scanHint: 'You may scan the QR code on your ID card (optional).', print: 'Print my number',
    priority: 'I am entitled to priority', prioritySub: 'Elderly, disabled, pregnant…',
    verifyNote: 'The officer will check priority entitlement.', printing: 'Printing your ticket…',
    printed: 'Please take your ticket', ahead: 'People ahead', wait: 'Estimated wait', done: 'Done',
    sorry: 'We are sorry', home: 'Home', help: 'Help', bigText: 'Large text, high contrast',
    minutes: (n) => `about ${n} min`, minutesRange: (n, lo, hi) => `about ${n} min (${lo} to ${hi} min)`, unknown: 'unknown', helpSent: 'Staff have been called, please wait a moment.',
    helpFailed: 'Staff could not be called. Please go to the reception desk.',
    elderly: (age) => `You are ${age}: priority as an elderly citizen.`,
    idRead: (masked) => `ID card ${masked} read.`, idBad: 'The ID card could not be read. You may skip this step.',
    unreadable: 'The code could not be read. Please scan again.', printAs: (c) => `Priority: ${c}`, normal: 'Normal',
    noServices: 'The list of services is not available. Please go to the reception desk.',
    scanAnywhere: 'You may scan the QR code of your ID card right here.', priorityEntry: 'Priority',
    greeting: 'Hello', touchPrints: 'Touch a service to print your number.',
    twoServices: 'I need two procedures', twoServicesSub: 'One number for both, one counter after the other',
    pickFirst: 'Touch the first procedure.', pickSecond: (n) => `First procedure: ${n}. Touch the second to print your number.`,
    choosePriority: 'Which priority group are you in?', noPriority: 'No priority', soon: 'Your turn is coming up',
    listen: 'Audio guidance', repeat: 'Repeat', idleTitle: 'Are you still there?',
    idleText: 'The screen returns home in', seconds: 'seconds', moreTime: 'I need more time', endNow: 'Finish',
    greetCard: (masked) => `Your ID card was read (${masked}).`, asCategory: (c) => `Priority: ${c}`,
    asNormal: 'Normal number. If you are entitled to priority, choose below.',
    haveBooking: 'I have an appointment', haveBookingSub: 'Scan the booking code or your ID card', bookingTitle: 'Appointment check-in',
    bookingHint: 'Scan the booking QR (on your phone or paper) or the QR code of your ID card, or type the booking code.',
    bookingCode: 'Booking code', bookingGo: 'Get my number', bookingWait: 'Take the number now and wait',
    bookingChecking: 'Checking your booking…', bookingNone: 'This card has no appointment today. You may take an ordinary number.',
    bookingFor: (time, service) => `Appointment ${time} – ${service}. Touch to get your number.`, appointment: 'Appointment',
    entranceQr: 'Joined remotely? Scan this with your phone to confirm you are here.',
  },
};
const CATEGORIES = {
  vi: { ELDERLY: 'Người cao tuổi', DISABLED: 'Người khuyết tật', PREGNANT: 'Phụ nữ mang thai', MERIT: 'Người có công',
    CHILD: 'Đi cùng trẻ dưới 36 tháng' },
  en: { ELDERLY: 'Elderly', DISABLED: 'Disabled', PREGNANT: 'Pregnant', MERIT: 'Person with merit',
    CHILD: 'With a child under 36 months' },
};
/** Seconds of warning before the idle reset; WCAG 2.2.1 asks for at least 20. */
const WARN_SECONDS = 20;

const state = { lang: 'vi', idle: 60, accessibleIdle: 180, priorityCategories: Object.keys(CATEGORIES.vi), services: [],
  busy: false, lastTouch: Date.now(), warned: false,
  // one citizen's visit: what their card said, the priority chosen, the accessible mode; all forgotten at its end
  visit: { id: null, category: 'NORMAL', accessible: false, two: false, first: null } };
const $ = (id) => document.getElementById(id);
const t = (key, ...args) => { const v = T[state.lang][key]; return typeof v === 'function' ? v(...args) : v; };
const guide = createGuide({ lang: () => state.lang, caption: $('caption') });

function el(tag, cls, text) {
  const e = document.createElement(tag);
  if (cls) e.className = cls;
  if (text !== undefined) e.textContent = text; // server-provided names are text, never HTML
  return e;
}

const active = () => document.querySelector('.screen.active')?.id;

function show(id) {
  const previous = active();
  document.querySelectorAll('.screen').forEach((s) => s.classList.toggle('active', s.id === id));
  touched();
  if (id === 'services') renderServices();
  if (id === 'priority') renderPriority();
  if (id === 'greet') renderGreet();
  if (id === 'booking') enterBooking();
  // the keypad starts again from the new screen's first control
  if (id !== previous && document.activeElement && !$(id).contains(document.activeElement)) document.activeElement.blur?.();
}

// Every screen change, whichever script made it, says that screen's prompt.
document.querySelectorAll('.screen').forEach((section) => new MutationObserver(() => {
  if (section.classList.contains('active') && section.dataset.said !== 'yes') { section.dataset.said = 'yes'; guide.say('screen.' + section.id); }
  if (!section.classList.contains('active')) delete section.dataset.said;
}).observe(section, { attributes: true, attributeFilter: ['class'] }));

/** The end of a visit: nothing of this citizen stays, and the screen is back to its defaults. */
function endVisit() {
  // the kiosk process forgets the card too, also one read at the greeting and never used for a dossier
  if (state.visit.id) local('DELETE', '/local/dossier/session').catch(() => {});
  state.visit = { id: null, category: 'NORMAL', accessible: false, two: false, first: null };
  document.body.classList.remove('contrast');
  $('contrast').setAttribute('aria-pressed', 'false');
  guide.toggle(false);
  syncGuideTools();
  $('id-banner').classList.add('hidden');
  $('t-number').textContent = '';
  resetBooking();
  hideWarning();
  if (state.lang !== state.defaultLang) { state.lang = state.defaultLang; translate(); }
  show('home');
}

function translate() {
  document.documentElement.lang = state.lang;
  document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
  $('lang').textContent = state.lang === 'vi' ? 'English' : 'Tiếng Việt';
  $('lang').lang = state.lang === 'vi' ? 'en' : 'vi';
  renderHomePriority();
  const id = active();
  if (id === 'services') renderServices();
  if (id === 'priority') renderPriority();
  if (id === 'greet') renderGreet();
}

const categoryName = (c) => (c === 'APPOINTMENT' ? t('appointment') : CATEGORIES[state.lang][c]);

function categoryTiles(container, onPick) {
  container.replaceChildren(...state.priorityCategories.filter((c) => CATEGORIES.vi[c]).map((code) => {
    const b = el('button', 'tile');
    b.dataset.category = code;
    b.append(el('span', 'name', categoryName(code)));
    b.addEventListener('click', () => onPick(code));
    return b;
  }));
}

function renderHomePriority() {
  categoryTiles($('home-priority'), (code) => { state.visit.category = code; show('services'); });
}

function renderPriority() {
  categoryTiles($('priority-tiles'), (code) => { state.visit.category = code; show('services'); });
}

function renderGreet() {
  const id = state.visit.id;
  if (!id) return;
  $('greet-card').textContent = id.elderly ? `${t('greetCard', id.maskedNumber)} ${t('elderly', id.age)}` : t('greetCard', id.maskedNumber);
  renderCategoryBanner($('greet-category'));
  serviceTiles($('greet-tiles'));
}

function renderCategoryBanner(box) {
  const c = state.visit.category;
  box.textContent = c === 'NORMAL' ? t('asNormal') : t('asCategory', categoryName(c));
  box.classList.toggle('ok', c !== 'NORMAL');
}

/** One tile a service; a touch prints at once, with the visit's priority. */
function serviceTiles(tiles) {
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
    if (state.visit.first && state.visit.first.code === s.code) b.classList.add('selected');
    b.setAttribute('aria-pressed', String(!!(state.visit.first && state.visit.first.code === s.code)));
    b.addEventListener('click', () => pickService(s));
    tiles.append(b);
  }
}

/** One service prints at once; with "two procedures" the first touch picks, the second prints both. */
function pickService(s) {
  const v = state.visit;
  if (!v.two) { print(s, v.category, []); return; }
  if (!v.first) { v.first = s; renderServices(); return; }
  if (v.first.code === s.code) { v.first = null; renderServices(); return; }
  print(v.first, v.category, [s.code], s);
}

function renderTwo() {
  const v = state.visit;
  $('two-services').setAttribute('aria-pressed', String(v.two));
  $('two-services').classList.toggle('selected', v.two);
  const hint = $('two-hint');
  hint.classList.toggle('hidden', !v.two);
  hint.textContent = !v.two ? '' : v.first ? t('pickSecond', serviceName(v.first)) : t('pickFirst');
}

function renderServices() {
  renderTwo();
  renderCategoryBanner($('category-banner'));
  renderId();
  serviceTiles($('service-tiles'));
}

function serviceName(s) { return state.lang === 'vi' ? s.nameVi : s.nameEn; }

function renderId() {
  const banner = $('id-banner');
  const id = state.visit.id;
  if (!id) { banner.classList.add('hidden'); return; }
  banner.classList.remove('hidden');
  banner.classList.toggle('bad', !id.valid);
  if (!id.valid) { banner.textContent = t('idBad'); return; }
  banner.textContent = id.elderly ? `${t('idRead', id.maskedNumber)} ${t('elderly', id.age)}` : t('idRead', id.maskedNumber);
}

async function print(service, category, thenServices = [], second = null) {
  if (state.busy) return;
  state.busy = true;
  $('t-service').textContent = serviceName(service) + (second ? ' → ' + serviceName(second) : '');
  $('t-number').textContent = '…';
  $('t-category').textContent = category === 'NORMAL' ? '' : categoryName(category);
  $('t-ahead').textContent = '';
  $('t-wait').textContent = '';
  $('printing-label').textContent = t('printing');
  show('printing');
  try {
    const r = await local('POST', '/local/tickets', thenServices.length ? { service: service.code, category, thenServices }
      : { service: service.code, category });
    if (!r.ok) {
      fail(state.lang === 'vi' ? r.data?.messageVi || r.data?.error?.message : r.data?.messageEn || r.data?.error?.message);
      return;
    }
    showIssued(r.data);
    $('printing-label').textContent = t('printed');
    guide.say('ticket:' + r.data.number);
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
    const r = await local('POST', '/local/help');
    toast(r.data?.sent ? t('helpSent') : t('helpFailed'));
    guide.say(r.data?.sent ? 'help.sent' : 'help.failed');
  } catch (e) {
    toast(t('helpFailed'));
  }
}

// The central estimate with the range 8 in 10 visitors in the same place fall in, as printed on the ticket.
function waitText(minutes, range) {
  if (minutes == null) return t('unknown');
  if (minutes <= 0) return t('soon');
  return range && range.high > range.low ? t('minutesRange', minutes, range.low, range.high) : t('minutes', minutes);
}

function showIssued(r) {
  $('t-number').textContent = r.number;
  $('t-ahead').textContent = r.ahead ?? t('unknown');
  $('t-wait').textContent = waitText(r.estimatedWaitMinutes, r.estimatedWaitRange);
}

function onIdScan(id) {
  state.visit.id = id;
  if (id.valid && id.elderly && state.visit.category === 'NORMAL') state.visit.category = 'ELDERLY';
  touched();
  const screen = active();
  if (screen === 'home') show('greet');
  else if (screen === 'services') renderServices();
  else if (screen === 'greet') renderGreet();
  if (id.valid && screen === 'home') guide.say(id.elderly ? 'greet.elderly' : 'greet.card');
  if (id.valid && ['home', 'greet', 'booking'].includes(screen)) findCardBookings(screen === 'booking' ? $('booking-matches') : $('greet-bookings'));
}

// ---- appointments: a booking QR or code, or the card read in this visit, checked in at the kiosk ----

function resetBooking() {
  $('booking-code').value = '';
  $('booking-msg').classList.add('hidden');
  $('booking-wait').classList.add('hidden');
  $('booking-matches').replaceChildren();
  $('greet-bookings').replaceChildren();
  $('t-note').classList.add('hidden');
  state.booking = null;
}

function enterBooking() {
  $('booking-msg').classList.add('hidden');
  $('booking-wait').classList.add('hidden');
  if (state.visit.id?.valid) findCardBookings($('booking-matches'));
}

function bookingMessage(text, bad) {
  const box = $('booking-msg');
  box.textContent = text;
  box.classList.toggle('bad', !!bad);
  box.classList.remove('hidden');
}

const hhmm = (iso) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit', minute: '2-digit' })
  .format(new Date(iso));

/** The card read in this visit: its bookings of today as buttons (the kiosk process holds the number, not this page). */
async function findCardBookings(box) {
  const r = await local('POST', '/local/bookings/card', {});
  const list = r.data?.bookings || [];
  box.replaceChildren(...list.map((b) => {
    const button = el('button', 'big primary booking-match');
    button.dataset.code = b.code;
    button.append(el('span', 'big-title', t('bookingFor', hhmm(b.start), state.lang === 'vi' ? b.serviceNameVi : b.serviceNameEn)));
    button.addEventListener('click', () => { if (active() !== 'booking') show('booking'); checkInBooking(b.code, false); });
    return button;
  }));
  if (box === $('booking-matches') && list.length === 0) {
    bookingMessage(r.ok ? t('bookingNone') : (state.lang === 'vi' ? r.data?.messageVi : r.data?.messageEn) || t('helpFailed'), !r.ok);
  }
}

async function checkInBooking(code, waitIfEarly) {
  if (state.busy) return;
  state.busy = true;
  state.booking = { code };
  bookingMessage(t('bookingChecking'));
  $('booking-wait').classList.add('hidden');
  try {
    const r = await local('POST', '/local/bookings/check-in', { code, waitIfEarly });
    const d = r.data || {};
    const msg = state.lang === 'vi' ? d.messageVi : d.messageEn;
    if (d.outcome === 'ISSUED' || d.outcome === 'WALK_IN') {
      $('t-service').textContent = state.lang === 'vi' ? d.ticket.serviceNameVi : d.ticket.serviceNameEn;
      $('t-category').textContent = d.ticket.category === 'NORMAL' ? '' : categoryName(d.ticket.category);
      showIssued(d.ticket);
      $('t-note').textContent = msg || '';
      $('t-note').classList.toggle('hidden', !msg);
      $('printing-label').textContent = t('printed');
      show('printing');
      guide.say('ticket:' + d.ticket.number);
    } else if (d.outcome === 'EARLY') {
      bookingMessage(msg);
      $('booking-wait').classList.toggle('hidden', !d.canWait);
    } else {
      bookingMessage(msg || t('helpFailed'), true);
    }
  } catch (e) {
    bookingMessage(t('helpFailed'), true);
  } finally {
    state.busy = false;
  }
}

$('booking-go').addEventListener('click', () => checkInBooking($('booking-code').value, false));
$('booking-wait').addEventListener('click', () => { if (state.booking) checkInBooking(state.booking.code, true); });
const BOOKING_TEXT = /\/dat-lich\?(?:.*&)?ma=|^[0-9A-Za-z -]{10,14}$/;

/**
 * Connects at once, before the page's texts and services have loaded: a card scanned while they load waits for
 * them instead of being lost (the kiosk drops a scan no stream is connected for).
 */
function listen(loaded) {
  const source = localEvents('/local/events');
  // the number arrives as soon as the server gives it; a slow serial printer may still be printing
  source.addEventListener('printing', (event) => {
    if (state.busy && active() === 'printing') showIssued(JSON.parse(event.data));
  });
  source.addEventListener('scan', async (event) => {
    const scan = JSON.parse(event.data);
    await loaded;
    const screen = active();
    if (scan.kind === 'id' && ['home', 'greet', 'services', 'priority'].includes(screen)) {
      onIdScan(scan.id);
    } else if (scan.kind === 'id' && screen.startsWith('dossier') && scan.id.valid) {
      onIdScan(scan.id); // the dossier flow reads the card itself; the visit keeps the priority it shows
    } else if (scan.kind === 'code' && BOOKING_TEXT.test(scan.code) && ['home', 'greet', 'services', 'booking'].includes(screen)) {
      if (screen !== 'booking') show('booking');
      checkInBooking(scan.code, false);
    } else if (scan.kind === 'unreadable') {
      toast(t('unreadable'));
    }
  });
}

function touched() {
  state.lastTouch = Date.now();
  if (state.warned) hideWarning();
}

function idleLimit() { return state.visit.accessible || guide.on ? state.accessibleIdle : state.idle; }

function hideWarning() {
  state.warned = false;
  $('idle-warning').classList.add('hidden');
}

function tickClock() {
  $('clock').textContent = new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', hour: '2-digit',
    minute: '2-digit' }).format(new Date());
  const v = state.visit;
  if (active() === 'home' && !v.id && v.category === 'NORMAL' && !v.accessible && !guide.on) return; // nothing to forget
  const idleFor = (Date.now() - state.lastTouch) / 1000;
  const left = Math.ceil(idleLimit() - idleFor);
  if (left <= 0) { endVisit(); return; }
  if (left <= Math.min(WARN_SECONDS, idleLimit() / 2)) {
    $('idle-count').textContent = String(left);
    if (!state.warned) {
      state.warned = true;
      $('idle-warning').classList.remove('hidden');
      $('more-time').focus();
      guide.say('idle.warning', { force: true }); // spoken even with guidance off: nobody may be looking
    }
  }
}

async function moreTime() {
  hideWarning();
  touched();
  // the dossier session in the kiosk process has its own clock: a read keeps it alive
  if (active().startsWith('dossier')) await local('GET', '/local/dossier/identity').catch(() => {});
}

function syncGuideTools() {
  $('listen').setAttribute('aria-pressed', String(guide.on));
  ['repeat', 'quieter', 'louder'].forEach((id) => $(id).classList.toggle('hidden', !guide.on));
}

/** The arrival QR for remote tickets, when the centre takes them (drawn by the kiosk process; a data: image). */
async function loadEntrance() {
  const r = await local('GET', '/local/remote/entrance');
  const on = r.ok && r.data?.enabled;
  if (on) $('entrance-qr').src = 'data:image/png;base64,' + r.data.png;
  $('entrance').classList.toggle('hidden', !on);
}

async function load() {
  const config = (await local('GET', '/local/config')).data;
  state.idle = config.idleTimeoutSeconds;
  state.accessibleIdle = config.accessibleIdleTimeoutSeconds || state.idle * 3;
  if (Array.isArray(config.priorityCategories)) state.priorityCategories = config.priorityCategories;
  state.lang = state.defaultLang = config.language;
  const data = (await local('GET', '/local/services')).data;
  state.services = data.services;
  $('centre').textContent = data.centreName;
  await guide.loadTexts();
  translate();
  loadEntrance().catch(() => {});
}

document.addEventListener('pointerdown', () => touched(), true);
document.addEventListener('keydown', () => touched(), true);
document.addEventListener('click', (e) => {
  const go = e.target.closest('[data-go]');
  if (!go) return;
  if (go.hasAttribute('data-end-visit')) endVisit();
  else show(go.dataset.go);
});
$('priority-none').addEventListener('click', () => { state.visit.category = 'NORMAL'; show('services'); });
$('two-services').addEventListener('click', () => { state.visit.two = !state.visit.two; state.visit.first = null; renderServices(); });
$('lang').addEventListener('click', () => { state.lang = state.lang === 'vi' ? 'en' : 'vi'; translate(); });
$('contrast').addEventListener('click', () => {
  state.visit.accessible = document.body.classList.toggle('contrast');
  $('contrast').setAttribute('aria-pressed', String(state.visit.accessible));
});
$('listen').addEventListener('click', () => {
  guide.toggle();
  syncGuideTools();
  if (guide.on) guide.say('screen.' + active());
});
$('repeat').addEventListener('click', () => guide.repeat());
$('louder').addEventListener('click', () => { guide.louder(); guide.say('tool.volume'); });
$('quieter').addEventListener('click', () => { guide.quieter(); guide.say('tool.volume'); });
$('help').addEventListener('click', help);
$('more-time').addEventListener('click', moreTime);
$('end-now').addEventListener('click', endVisit);
createKeyboard($('osk'));
installKeyNav({
  onFocus: (target) => { if (target.closest('.screen, .tools, .modal')) guide.say(guide.keyFor(target)); },
  onBack: () => {
    if (state.warned) { moreTime(); return; }
    const back = document.querySelector('.screen.active .back');
    if (back) back.click();
  },
});
state.say = (key) => guide.say(key);
window.kioskState = state; // for the idle-timeout test; the dossier flow reads the visit's priority and speaks through it
const loaded = load();
listen(loaded.catch(() => {}));
loaded.then(() => { tickClock(); setInterval(tickClock, 1000); });
setInterval(async () => {
  // services change rarely; refresh while idle so the tiles follow the manager's edits
  if (active() === 'home') {
    try { state.services = (await local('GET', '/local/services')).data.services; } catch (e) { /* keep */ }
    loadEntrance().catch(() => {}); // the code changes each day, and the manager may switch remote tickets on
  }
}, 60000);
