// /dat-lich: service → day → slot → phone and/or ID card number → code + QR; look up and cancel by code. Vietnamese first.
import { $, api, el, showError } from './public-page.js';

const WEEKDAYS = ['Chủ nhật', 'Thứ hai', 'Thứ ba', 'Thứ tư', 'Thứ năm', 'Thứ sáu', 'Thứ bảy'];
const STATES = { BOOKED: 'Đã đặt / Booked', CHECKED_IN: 'Đã lấy số / Checked in', CANCELLED: 'Đã huỷ / Cancelled' };
const choice = { service: null, serviceName: '', day: null, start: null };

// Times arrive with the centre's +07:00 offset: read them as written, whatever the phone's zone.
const hm = (iso) => iso.substring(11, 16);
const dmy = (iso) => `${iso.substring(8, 10)}/${iso.substring(5, 7)}/${iso.substring(0, 4)}`;

function press(container, button) {
  container.querySelectorAll('button').forEach((b) => b.setAttribute('aria-pressed', String(b === button)));
}

async function loadServices() {
  const services = await api('GET', '/api/v1/services');
  $('services').replaceChildren(...services.map((s) => {
    const b = el('button', s.nameVi, { type: 'button', 'aria-pressed': 'false', 'data-service': s.code });
    b.append(el('span', s.nameEn, { class: 'en', lang: 'en' }));
    b.addEventListener('click', () => { press($('services'), b); choice.service = s.code; choice.serviceName = s.nameVi; showDays().catch((e) => showError(e.message)); });
    return b;
  }));
}

async function showDays() {
  showError('');
  $('day-title').hidden = false;
  // the centre's own calendar and clock decide which days are open, not the phone's
  const days = await api('GET', `/api/v1/bookings/days?service=${encodeURIComponent(choice.service)}`);
  $('days').replaceChildren(...days.map((d) => {
    const wd = new Date(d.date + 'T00:00:00Z').getUTCDay();
    const b = el('button', `${WEEKDAYS[wd]} ${dmy(d.date).substring(0, 5)}`, { type: 'button', 'aria-pressed': 'false', 'data-day': d.date });
    b.append(el('span', d.free > 0 ? `còn ${d.free} chỗ / ${d.free} free` : 'hết chỗ / full', { class: 'en' }));
    b.disabled = d.free <= 0;
    b.addEventListener('click', () => { press($('days'), b); choice.day = d.date; showSlots().catch((e) => showError(e.message)); });
    return b;
  }));
  if (days.length === 0) showError('Chưa có ngày nào nhận đặt lịch cho dịch vụ này / no bookable day for this service');
  $('slots').replaceChildren();
  $('slot-title').hidden = true;
  $('phone-form').hidden = true;
}

async function showSlots() {
  showError('');
  $('phone-form').hidden = true;
  const slots = await api('GET', `/api/v1/bookings/slots?service=${encodeURIComponent(choice.service)}&date=${choice.day}`);
  $('slot-title').hidden = false;
  $('no-slots').hidden = slots.some((s) => s.free > 0);
  $('slots').replaceChildren(...slots.map((s) => {
    const b = el('button', `${hm(s.start)}–${hm(s.end)}`, { type: 'button', 'aria-pressed': 'false', 'data-start': s.start });
    b.append(el('span', s.free > 0 ? `còn ${s.free} chỗ / ${s.free} free` : 'hết chỗ / full', { class: 'en' }));
    b.disabled = s.free <= 0;
    b.addEventListener('click', () => { press($('slots'), b); choice.start = s.start; $('phone-form').hidden = false; $('phone').focus(); });
    return b;
  }));
}

async function book(event) {
  event.preventDefault();
  showError('');
  try {
    const phone = $('phone').value.trim();
    const number = $('cccd').value.trim();
    if (!phone && !number) throw new Error('Vui lòng nhập số điện thoại hoặc số CCCD / please give a mobile number or the ID card number');
    const body = { service: choice.service, start: choice.start };
    if (phone) body.phone = phone;
    if (number) body.personalNumber = number;
    const r = await api('POST', '/api/v1/bookings', body);
    // the server took it: the page keeps neither, and shows only the masked forms it answered
    $('phone').value = '';
    $('cccd').value = '';
    $('code').textContent = r.code;
    $('when').textContent = `Giờ hẹn: ${hm(r.start)} ngày ${dmy(r.start)} — ${choice.serviceName} / Appointment ${hm(r.start)} on ${dmy(r.start)}`;
    $('who').textContent = `Nhận diện / Identified by: ${identity(r)}`;
    $('qr').src = r.qrUrl;
    $('card-note').hidden = !r.personalNumber;
    $('book').hidden = true;
    $('done').hidden = false;
    $('lookup-code').value = r.code;
  } catch (e) {
    // a slot gone full or past: the slots again, to choose another; the reason stays on screen either way
    if (choice.day && /^slot_/.test(e.code || '')) await showSlots().catch(() => {});
    showError(e.message);
  }
}

async function lookup(event) {
  if (event) event.preventDefault();
  showError('');
  $('found').hidden = true;
  try {
    const b = await api('GET', `/api/v1/bookings/${encodeURIComponent($('lookup-code').value.trim())}`);
    showFound(b);
  } catch (e) {
    showError(e.message);
  }
}

/** The masked phone and ID card number the server answered (it never answers them whole). */
function identity(b) {
  return [b.phone ? 'ĐT ' + b.phone : '', b.personalNumber ? 'CCCD ' + b.personalNumber : ''].filter(Boolean).join(', ');
}

function showFound(b) {
  const state = b.noShow ? 'Quá giờ, không đến / Missed' : STATES[b.state];
  $('found-text').textContent = `${b.code}: ${b.serviceNameVi}, ${hm(b.start)} ngày ${dmy(b.start)}, `
    + `lấy số tại ki-ốt ${hm(b.checkInFrom)}–${hm(b.checkInUntil)}. ${state}. ${identity(b)}`;
  $('cancel').hidden = b.state !== 'BOOKED' || b.noShow;
  $('found').hidden = false;
}

async function cancel() {
  showError('');
  try {
    showFound(await api('DELETE', `/api/v1/bookings/${encodeURIComponent($('lookup-code').value.trim())}`));
  } catch (e) {
    showError(e.message);
  }
}

$('phone-form').addEventListener('submit', book);
$('lookup-form').addEventListener('submit', lookup);
$('cancel').addEventListener('click', cancel);
const given = new URLSearchParams(location.search).get('ma');
if (given) {
  $('lookup-code').value = given;
  lookup();
}
loadServices().catch((e) => showError(e.message));
