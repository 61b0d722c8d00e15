// Hall board (/board) and counter screen (/board?counter=N). Every string from the server goes in
// with textContent: service names and notices are set by people, so they are never parsed as HTML.
import { startLive } from './live.js';
import { createAnnouncer, callAudioUrl, htmlAudioPlayer } from './announcer.js';
import { emptyState, fromSnapshot, applyEvent, waitLabel } from './board-state.js';

const params = new URLSearchParams(location.search);
const counterParam = params.get('counter');
const counterNo = counterParam && /^\d{1,3}$/.test(counterParam) ? Number(counterParam) : null;
const token = params.get('token');
const $ = (id) => document.getElementById(id);
const ZONE = 'Asia/Ho_Chi_Minh';
/** Calls older than this when they reach the board (after an outage) are shown but not spoken. */
const ANNOUNCE_WITHIN_MS = 90_000;

let state = emptyState();
let settings = { notices: [], bilingual: false };
let recent = [];
let refreshTimer = null;
let highlightTimer = null;

const soundParam = params.get('sound');
const soundOn = soundParam === null ? counterNo === null : soundParam === '1';
const langParam = params.get('lang');
const audio = new Audio();
audio.preload = 'auto';
const announcer = createAnnouncer({
  play: htmlAudioPlayer(audio, { onBlocked: () => { $('sound').hidden = false; } }),
  onLog: (entry) => { (window.__boardAudioLog ||= []).push({ ...entry, t: performance.now() }); },
});

function headers() {
  return token ? { authorization: 'Bearer ' + token, accept: 'application/json' } : { accept: 'application/json' };
}

async function getJson(path) {
  const r = await fetch(path, { headers: headers(), cache: 'no-store' });
  if (!r.ok) throw new Error(path + ' → ' + r.status);
  return r.json();
}

/** Snapshot plus board settings; then the events that arrived meanwhile are laid on top again. */
async function reload() {
  const [snapshot, s] = await Promise.all([getJson('/api/v1/queue'), getJson('/api/v1/board/settings').catch(() => settings)]);
  settings = s;
  const next = fromSnapshot(snapshot);
  for (const e of recent) if (e.id > next.lastEventId) applyEvent(next, e);
  state = next;
  render();
  return state.lastEventId;
}

function bilingual() {
  if (langParam === 'vi') return false;
  if (langParam === 'bi' || langParam === 'en') return true;
  return !!settings.bilingual;
}

function onEvent(e) {
  recent.push(e);
  if (recent.length > 300) recent = recent.slice(-200);
  const call = applyEvent(state, e);
  if (call) {
    render(call);
    speak(call, e);
  } else {
    render();
  }
  scheduleRefresh();
}

function speak(call, e) {
  if (!soundOn) return;
  if (counterNo !== null && call.counter !== counterNo) return;
  const at = Date.parse(e.at);
  if (Number.isFinite(at) && Date.now() + state.serverOffsetMs - at > ANNOUNCE_WITHIN_MS) return;
  const lang = langParam === 'en' ? 'en' : bilingual() ? 'bi' : 'vi';
  announcer.announce({ key: e.id, url: callAudioUrl(call.number, call.counter, lang) });
}

/** Waiting counts and estimates are the server's to compute: fetch them shortly after a burst of events. */
function scheduleRefresh() {
  if (refreshTimer) return;
  // Jitter spreads fifty boards' requests instead of landing them in the same millisecond.
  refreshTimer = setTimeout(async () => {
    try { await reload(); } catch { /* the stream's own failure handling reconnects */ } finally { refreshTimer = null; }
  }, 1500 + Math.random() * 1000);
}

function serviceName(code) {
  const s = state.services.find((x) => x.code === code);
  return s ? s.nameVi : code || '';
}

function text(el, value) {
  if (el.textContent !== value) el.textContent = value;
}

function render(newCall) {
  document.body.classList.toggle('bilingual', bilingual());
  if (counterNo === null) renderHall(newCall); else renderCounter(newCall);
}

// Keys of what was last drawn: fifty boards on one host (or one slow TV) should not rebuild and
// re-measure tables that did not change.
const drawn = { recent: '', services: '' };
let noticeIndex = 0;

function renderHall(newCall) {
  text($('centre-name'), state.centreName);
  const [latest, ...older] = state.calls;
  text($('latest-number'), latest ? latest.number : '—');
  text($('latest-counter'), latest ? String(latest.counter) : '—');
  text($('latest-service'), latest ? serviceName(latest.service) : 'Chưa có số nào được gọi');
  $('latest').classList.toggle('empty', !latest);
  if (newCall) flash($('latest'));

  const recent = older.slice(0, 8);
  const recentKey = recent.map((c) => c.number + '@' + c.counter).join(',');
  if (recentKey !== drawn.recent) {
    drawn.recent = recentKey;
    const list = $('recent');
    list.replaceChildren(...recent.map((c) => {
      const li = document.createElement('li');
      const n = document.createElement('span');
      n.className = 'num';
      n.textContent = c.number;
      const arrow = document.createElement('span');
      arrow.className = 'arrow';
      arrow.textContent = '→';
      const k = document.createElement('span');
      k.className = 'ctr';
      k.textContent = 'Quầy ' + c.counter;
      li.append(n, arrow, k);
      return li;
    }));
    // Drop the oldest rows rather than let them run under the footer.
    while (list.lastElementChild && list.parentElement.scrollHeight > list.parentElement.clientHeight) list.lastElementChild.remove();
  }

  const servicesKey = JSON.stringify([bilingual(), state.services.map((s) => [s.code, s.nameVi, s.nameEn, s.waiting, s.estimatedWaitMinutes, s.estimatedWaitRange])]);
  if (servicesKey !== drawn.services) {
    drawn.services = servicesKey;
    $('services').tBodies[0].replaceChildren(...state.services.map(serviceRow));
    fitServices();
  }
  showNotice();
}

function serviceRow(s) {
  const tr = document.createElement('tr');
  const name = document.createElement('td');
  name.className = 'svc';
  name.append(span('alt-vi', s.nameVi), span('alt-en', s.nameEn || s.nameVi));
  const waiting = document.createElement('td');
  waiting.className = 'waiting';
  waiting.textContent = String(s.waiting);
  const est = document.createElement('td');
  est.className = 'est';
  const label = waitLabel(s.estimatedWaitMinutes, s.waiting, s.estimatedWaitRange);
  est.append(span('alt-vi', label), span('alt-en', label.replace('phút', 'min')));
  tr.append(name, waiting, est);
  return tr;
}

function span(className, value) {
  const el = document.createElement('span');
  el.className = className;
  el.textContent = value;
  return el;
}

/**
 * One notice at a time, changed every 10 s: still text is easier to read from across the hall than a
 * ticker, and costs nothing between changes. Only a notice too long for the line scrolls.
 */
function showNotice(advance = false) {
  const notices = settings.notices || [];
  if (advance) noticeIndex += 1;
  const line = notices.length ? notices[noticeIndex % notices.length] : '';
  const track = $('notices');
  if (track.textContent === line) return;
  track.classList.remove('scroll');
  track.textContent = line;
  if (track.scrollWidth > track.parentElement.clientWidth) track.classList.add('scroll');
}

/** A centre with many services gets smaller rows instead of a table cut off at the footer. */
function fitServices() {
  const table = $('services');
  const box = table.parentElement;
  let vw = 2.5;
  table.style.fontSize = vw + 'vw';
  while (box.scrollHeight > box.clientHeight && vw > 1.4) {
    vw = Math.round((vw - 0.1) * 10) / 10;
    table.style.fontSize = vw + 'vw';
  }
}

function renderCounter(newCall) {
  text($('counter-no'), String(counterNo));
  const c = state.counters.get(counterNo);
  const number = c && c.currentNumber && (c.currentState === 'CALLED' || c.currentState === 'SERVING') ? c.currentNumber : null;
  text($('counter-number'), number || '—');
  let invite;
  if (!c) invite = 'Không có quầy số ' + counterNo;
  else if (number) invite = 'Mời số ' + number;
  else if (c.state === 'CLOSED') invite = 'Quầy đang đóng';
  else if (c.state === 'PAUSED') invite = 'Quầy tạm dừng';
  else invite = 'Xin chờ gọi số';
  text($('counter-invite'), invite);
  text($('counter-invite-en'), !c ? '' : number ? 'Number ' + number + ' · Counter ' + counterNo
    : c.state === 'CLOSED' ? 'Counter closed' : c.state === 'PAUSED' ? 'Counter paused' : 'Please wait');
  if (newCall && newCall.counter === counterNo) flash($('counter-screen'));
}

function flash(el) {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation for a second call in a row
  el.classList.add('flash');
  clearTimeout(highlightTimer);
  highlightTimer = setTimeout(() => el.classList.remove('flash'), 10_000);
}

const timeFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, hour: '2-digit', minute: '2-digit', hour12: false });
const dateFormat = new Intl.DateTimeFormat('vi-VN', { timeZone: ZONE, day: '2-digit', month: '2-digit', year: 'numeric' });
// The weekday as the rest of the product writes it ("Thứ Hai" … "Chủ nhật", the reports' and the booking page's),
// not as the browser's locale data does ("Chủ Nhật" in Chromium's): the zone's day, by its English short name.
const weekdayInZone = new Intl.DateTimeFormat('en-US', { timeZone: ZONE, weekday: 'short' });
const WEEKDAYS_VI = { Mon: 'Thứ Hai', Tue: 'Thứ Ba', Wed: 'Thứ Tư', Thu: 'Thứ Năm', Fri: 'Thứ Sáu', Sat: 'Thứ Bảy', Sun: 'Chủ nhật' };

function tick() {
  // The server's clock, not the TV's: a board host without NTP would otherwise show the wrong time.
  const now = new Date(Date.now() + state.serverOffsetMs);
  const t = $('clock-time');
  if (t) {
    text(t, timeFormat.format(now));
    text($('clock-date'), WEEKDAYS_VI[weekdayInZone.format(now)] + ', ' + dateFormat.format(now));
  }
}

/** A PNG fetched with the board's token, as a data: address (the CSP allows data: images, not blob:). */
async function pngData(path) {
  const r = await fetch(path, { headers: token ? { authorization: 'Bearer ' + token } : {}, cache: 'no-store' });
  if (!r.ok) throw new Error(path + ' → ' + r.status);
  const blob = await r.blob();
  return new Promise((ok, fail) => {
    const f = new FileReader();
    f.onload = () => ok(f.result);
    f.onerror = () => fail(f.error);
    f.readAsDataURL(blob);
  });
}

async function showQr(id, path) {
  try {
    $(id + '-img').src = await pngData(path);
    $(id).hidden = false;
  } catch {
    $(id).hidden = true;
  }
}

/**
 * The hall's QRs: the booking page, and where the centre takes remote tickets the entrance code a citizen who
 * joined from the phone scans on arrival (for device tokens only: without the board's token it is not shown).
 * Reloaded every few minutes, since the entrance code is the day's.
 */
async function loadQrs() {
  await showQr('qr-booking', '/dat-lich/qr.png');
  const remote = await getJson('/api/v1/remote/settings').catch(() => ({ enabled: false }));
  if (remote.enabled && token) await showQr('qr-entrance', '/api/v1/remote/entrance.png');
  else $('qr-entrance').hidden = true;
}

function setDown(down) {
  $('offline').hidden = !down;
  document.body.classList.toggle('is-offline', down);
}

function init() {
  const hall = counterNo === null;
  document.body.classList.add(hall ? 'hall' : 'counter');
  $(hall ? 'hall' : 'counter-screen').hidden = false;
  document.title = hall ? 'Bảng gọi số' : 'Quầy ' + counterNo;
  $('sound').addEventListener('click', () => { $('sound').hidden = true; audio.play().catch(() => {}); });
  tick();
  setInterval(tick, 1000);
  if (hall) setInterval(() => showNotice(true), 10_000);
  if (hall) {
    loadQrs();
    setInterval(loadQrs, 5 * 60_000);
  }
  if (hall) setInterval(() => document.body.classList.toggle('show-en', bilingual() && !document.body.classList.contains('show-en')), 6_000);
  // A slow full refresh keeps estimated waits moving when no event arrives for a while.
  setInterval(() => scheduleRefresh(), 30_000);
  window.__board = startLive({ reload, onEvent, onConnection: setDown });
}

init();
