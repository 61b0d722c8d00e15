// Booking on a citizen's behalf, at the counter or over the phone: service → open day → free slot → phone and/or
// personal number → code and QR to read out or show; look up, move or cancel by code. The API does the limits
// (capacity, walk-in share, per-phone/number per day, the calendar); this page only shows its answers. The
// personal number is typed into a masked field, sent once and cleared; the server answers it masked.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const T = {
    vi: { free: 'còn', places: 'chỗ', full: 'hết chỗ', none: 'Không còn ngày nhận đặt lịch', noSlot: 'Ngày này không còn giờ trống',
      weekdays: ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'], booked: 'Đã đặt lịch', at: 'lúc', on: 'ngày',
      window: 'lấy số tại ki-ốt', contact: 'Cần số điện thoại hoặc số định danh cá nhân',
      states: { BOOKED: 'Đã đặt', CHECKED_IN: 'Đã lấy số', CANCELLED: 'Đã huỷ' }, missed: 'Quá giờ, không đến',
      moved: 'Đã đổi giờ', cancelled: 'Đã huỷ lịch hẹn', phone: 'ĐT', number: 'số định danh', qr: 'Mã QR của lịch hẹn', byStaff: 'cán bộ đặt' },
    en: { free: '', places: 'free', full: 'full', none: 'No day open for booking', noSlot: 'No free time left on this day',
      weekdays: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'], booked: 'Booked', at: 'at', on: 'on',
      window: 'ticket at the kiosk', contact: 'A phone or a personal number is needed',
      states: { BOOKED: 'Booked', CHECKED_IN: 'Checked in', CANCELLED: 'Cancelled' }, missed: 'Missed',
      moved: 'Moved', cancelled: 'Booking cancelled', phone: 'phone', number: 'personal number', qr: 'QR code of the booking', byStaff: 'booked by staff' },
  };
  let lang = 'vi';
  let services = [];
  const t = (k) => T[lang][k];
  const api = () => window.officerApi;
  // times come with the centre's +07:00 offset: read them as written, whatever this PC's zone
  const hm = (iso) => iso.substring(11, 16);
  const dmy = (iso) => `${iso.substring(8, 10)}/${iso.substring(5, 7)}/${iso.substring(0, 4)}`;
  const placesText = (n) => (n > 0 ? `${t('free')} ${n} ${t('places')}`.trim() : t('full'));

  function status(text, isError) {
    $('bk-status').textContent = text || '';
    $('bk-status').className = isError ? 'message error' : 'message';
  }

  function option(value, text, disabled) {
    const o = document.createElement('option');
    o.value = value;
    o.textContent = text;
    o.disabled = !!disabled;
    return o;
  }

  async function loadDays() {
    const service = $('bk-service').value;
    $('bk-day').replaceChildren();
    $('bk-slot').replaceChildren();
    if (!service) return;
    const days = (await api().call('GET', '/api/v1/bookings/days?service=' + encodeURIComponent(service))).data;
    if (!days.length) { status(t('none'), true); return; }
    $('bk-day').replaceChildren(...days.map((d) => {
      const wd = new Date(d.date + 'T00:00:00Z').getUTCDay();
      return option(d.date, `${t('weekdays')[wd]} ${dmy(d.date)} · ${placesText(d.free)}`, d.free <= 0);
    }));
    const first = days.find((d) => d.free > 0);
    if (first) $('bk-day').value = first.date;
    await loadSlots();
  }

  async function loadSlots() {
    const service = $('bk-service').value;
    const day = $('bk-day').value;
    const chosen = $('bk-slot').value; // read again after a booking or a refusal: the officer's choice stays while free
    $('bk-slot').replaceChildren();
    if (!service || !day) return;
    const slots = (await api().call('GET', `/api/v1/bookings/slots?service=${encodeURIComponent(service)}&date=${day}`)).data;
    $('bk-slot').replaceChildren(...slots.map((s) => option(s.start, `${hm(s.start)}–${hm(s.end)} · ${placesText(s.free)}`, s.free <= 0)));
    const keep = slots.find((s) => s.start === chosen && s.free > 0) || slots.find((s) => s.free > 0);
    if (keep) $('bk-slot').value = keep.start; else status(t('noSlot'), true);
    $('booking').dataset.ready = day + '|' + slots.length; // a state the browser tests wait on
  }

  const guard = (fn) => (e) => { if (e) e.preventDefault(); status(''); fn().catch((err) => status(err.message, true)); };

  async function book() {
    const phone = $('bk-phone').value.trim();
    const person = $('bk-person').value.trim();
    if (!phone && !person) throw new Error(t('contact'));
    const body = { service: $('bk-service').value, start: $('bk-slot').value };
    if (phone) body.phone = phone;
    if (person) body.personalNumber = person;
    try {
      const r = (await api().call('POST', '/api/v1/bookings', body)).data;
      $('bk-person').value = ''; // taken by the server; not kept on this screen
      $('bk-phone').value = '';
      $('bk-code').textContent = r.code;
      const name = services.find((s) => s.code === r.service);
      $('bk-when').textContent = `${t('booked')}: ${name ? (lang === 'vi' ? name.nameVi : name.nameEn) : r.service}, `
        + `${t('at')} ${hm(r.start)} ${t('on')} ${dmy(r.start)}`;
      $('bk-qr').src = r.qrUrl;
      $('bk-qr').alt = t('qr') + ' ' + r.code;
      $('bk-done').hidden = false;
      $('bk-find-code').value = r.code;
      status(t('booked') + ' ' + r.code);
    } finally {
      loadSlots().catch(() => {}); // the free places moved either way
    }
  }

  function showFound(b) {
    const state = b.noShow ? t('missed') : t('states')[b.state];
    const who = [b.phone ? t('phone') + ' ' + b.phone : null, b.personalNumber ? t('number') + ' ' + b.personalNumber : null,
      b.byStaff ? t('byStaff') : null].filter(Boolean).join(' · ');
    $('bk-found-text').textContent = `${b.code}: ${lang === 'vi' ? b.serviceNameVi : b.serviceNameEn}, ${hm(b.start)} `
      + `${t('on')} ${dmy(b.start)} (${t('window')} ${hm(b.checkInFrom)}–${hm(b.checkInUntil)}). ${state}. ${who}`;
    const open = b.state === 'BOOKED' && !b.noShow;
    $('bk-move').hidden = !open;
    $('bk-cancel').hidden = !open;
    $('bk-found').hidden = false;
    $('bk-found').dataset.state = b.noShow ? 'MISSED' : b.state;
  }

  const code = () => encodeURIComponent($('bk-find-code').value.trim());
  async function lookup() { showFound((await api().call('GET', '/api/v1/bookings/' + code())).data); }
  async function move() {
    const b = (await api().call('POST', `/api/v1/bookings/${code()}/move`, { service: $('bk-service').value, start: $('bk-slot').value })).data;
    showFound(b);
    status(t('moved') + ' ' + b.code + ' → ' + hm(b.start) + ' ' + dmy(b.start));
    loadSlots().catch(() => {});
  }
  async function cancel() {
    const b = (await api().call('DELETE', '/api/v1/bookings/' + code())).data;
    showFound(b);
    status(t('cancelled') + ' ' + b.code);
    loadSlots().catch(() => {});
  }

  function fillServices() {
    const keep = $('bk-service').value;
    $('bk-service').replaceChildren(...services.map((s) => option(s.code, s.prefix + ' – ' + (lang === 'vi' ? s.nameVi : s.nameEn))));
    if (keep) $('bk-service').value = keep;
  }

  $('bk-service').addEventListener('change', guard(loadDays));
  $('bk-day').addEventListener('change', guard(loadSlots));
  $('bk-form').addEventListener('submit', guard(book));
  $('bk-find').addEventListener('submit', guard(lookup));
  $('bk-move').addEventListener('click', guard(move));
  $('bk-cancel').addEventListener('click', guard(cancel));
  // the days and slots are read when the officer opens the form, not at every queue event
  $('booking').addEventListener('toggle', () => { if ($('booking').open) guard(loadDays)(); });
  document.addEventListener('officer:queue', (e) => {
    const langChanged = lang !== e.detail.lang;
    lang = e.detail.lang;
    if (services.length !== e.detail.services.length || langChanged) {
      services = e.detail.services;
      fillServices();
    }
  });
}());
