// /tu-xa: join a service's queue from the phone; the ticket stays "remote" until the entrance QR is scanned,
// which opens /xac-nhan?ma=CODE on this phone: the page confirms with the token it kept. Vietnamese first.
import { $, api, el, showError } from './public-page.js';

const KEY = 'motcua.remoteTicket';
const REMOTE = { UNCONFIRMED: 'Chưa xác nhận có mặt / Not yet confirmed', CONFIRMED: 'Đã xác nhận có mặt / Confirmed',
  SKIPPED: 'Đã bị bỏ qua / Skipped' };
const STATE = { WAITING: 'Đang chờ / Waiting', CALLED: 'Đã được gọi / Called', SERVING: 'Đang phục vụ / Being served',
  DONE: 'Đã xong / Done', CANCELLED: 'Đã huỷ / Cancelled', NO_SHOW: 'Vắng mặt / No-show', EXPIRED: 'Hết hạn / Expired' };
let chosen = null;

function show(t) {
  $('join').hidden = true;
  $('ticket').hidden = false;
  $('number').textContent = t.number;
  $('state').textContent = `${STATE[t.state] || t.state} · ${REMOTE[t.remote]}`
    + (t.state === 'CALLED' && t.counter ? ` · Mời đến quầy ${t.counter} / Counter ${t.counter}` : '');
  $('ahead').textContent = t.ahead == null ? '' : `Số người phía trước / People ahead: ${t.ahead}`;
  $('advice').textContent = `${t.messageVi} ${t.messageEn}`;
}

async function refresh() {
  const token = localStorage.getItem(KEY);
  if (!token) return false;
  try {
    show(await api('GET', `/api/v1/remote/tickets/${encodeURIComponent(token)}`));
    return true;
  } catch (e) {
    localStorage.removeItem(KEY); // another day's ticket, or gone
    return false;
  }
}

async function confirmArrival(code) {
  const token = localStorage.getItem(KEY);
  if (!token) { showError('Điện thoại này chưa lấy số từ xa hôm nay. / This phone has no remote ticket today.'); return; }
  try {
    show(await api('POST', `/api/v1/remote/tickets/${encodeURIComponent(token)}/confirm`, { code }));
    showError('');
  } catch (e) {
    showError(e.message);
  }
}

async function start() {
  const code = new URLSearchParams(location.search).get('ma');
  if (location.pathname === '/xac-nhan' && code) { await confirmArrival(code); }
  if (await refresh()) { setInterval(refresh, 10000); return; }
  const settings = await api('GET', '/api/v1/remote/settings');
  if (!settings.enabled) { $('closed').hidden = false; return; }
  const services = (await api('GET', '/api/v1/services'));
  const list = Array.isArray(services) ? services : services.services;
  $('services').replaceChildren(...list.filter((s) => settings.services.length === 0 || settings.services.includes(s.code))
    .map((s) => {
      const b = el('button', `${s.nameVi}`, { type: 'button', 'data-service': s.code, 'aria-pressed': 'false' });
      b.append(el('span', s.nameEn, { class: 'en', lang: 'en' }));
      b.addEventListener('click', () => {
        chosen = s.code;
        document.querySelectorAll('#services button').forEach((x) => x.setAttribute('aria-pressed', String(x === b)));
      });
      return b;
    }));
  $('join').hidden = false;
  $('join').addEventListener('submit', async (e) => {
    e.preventDefault();
    if (!chosen) { showError('Xin chọn dịch vụ. / Please choose a service.'); return; }
    try {
      const t = await api('POST', '/api/v1/remote/join', { service: chosen, phone: $('phone').value });
      localStorage.setItem(KEY, t.token);
      showError('');
      show(t);
      setInterval(refresh, 10000);
    } catch (err) {
      showError(err.message);
    }
  });
}

start().catch((e) => showError(e.message));
