// Officer console: one counter, keyboard first (N R S F K T P), Vietnamese with an English toggle.
// Text from the server is always set with textContent.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const T = {
    vi: { title: 'Bàn làm việc cán bộ một cửa', logout: 'Đăng xuất', username: 'Tên đăng nhập', password: 'Mật khẩu',
      counter: 'Quầy số', openCounter: 'Đăng nhập và mở quầy', current: 'Đang phục vụ', next: 'Gọi số tiếp',
      recall: 'Gọi lại', start: 'Bắt đầu', outcome: 'Kết quả', RECEIVED: 'Tiếp nhận hồ sơ',
      SUPPLEMENT_REQUESTED: 'Yêu cầu bổ sung', REFUSED: 'Từ chối', INFO_ONLY: 'Chỉ hướng dẫn', finish: 'Kết thúc',
      noshow: 'Vắng mặt', transferTo: 'Chuyển sang', transfer: 'Chuyển', pause: 'Tạm dừng / Mở lại',
      waiting: 'Đang chờ theo dịch vụ', service: 'Dịch vụ', waitingCount: 'Số người chờ', estimate: 'Chờ dự kiến',
      offline: 'Mất kết nối máy chủ, đang thử lại…', nobody: 'Không còn ai chờ', waited: 'Đã chờ', minutes: 'phút',
      lang: 'English', paused: 'Quầy đang tạm dừng', opened: 'Quầy đang mở', called: 'Đã gọi',
      dossier: 'Hồ sơ', documents: 'Thành phần hồ sơ', aside: 'Chờ bổ sung',
      remembered: 'Máy này ghi nhớ quầy', queueList: 'Danh sách chờ của quầy', number: 'Số', category: 'Loại',
      slot: 'Giờ hẹn', waitedCol: 'Đã chờ', asideList: 'Chờ bổ sung', asideFor: 'Chờ bổ sung từ', action: 'Thao tác',
      queueNote: 'Màu theo thời gian đã chờ so với mục tiêu: xanh dưới 2/3, vàng từ 2/3, đỏ quá mục tiêu.',
      bookTitle: 'Đặt lịch hẹn cho công dân', bkDay: 'Ngày', bkSlot: 'Giờ hẹn', bkPhone: 'Số điện thoại di động',
      bookNote: 'Cho công dân ở quầy hoặc gọi điện: chọn dịch vụ, ngày, giờ; cần số điện thoại hoặc số định danh cá nhân.',
      bkPerson: 'Số định danh cá nhân (12 số, không bắt buộc)', bkSubmit: 'Đặt lịch', bkCode: 'Mã đặt lịch',
      bkFind: 'Tra cứu, đổi giờ hoặc huỷ theo mã', bkLookup: 'Tra cứu', bkMove: 'Đổi sang giờ đang chọn ở trên',
      bkCancel: 'Huỷ lịch hẹn' },
    en: { title: 'One-stop officer desk', logout: 'Log out', username: 'Username', password: 'Password',
      counter: 'Counter', openCounter: 'Log in and open counter', current: 'Serving', next: 'Call next',
      recall: 'Recall', start: 'Start', outcome: 'Outcome', RECEIVED: 'Dossier received',
      SUPPLEMENT_REQUESTED: 'Supplement requested', REFUSED: 'Refused', INFO_ONLY: 'Information only', finish: 'Finish',
      noshow: 'No-show', transferTo: 'Transfer to', transfer: 'Transfer', pause: 'Pause / Resume',
      waiting: 'Waiting per service', service: 'Service', waitingCount: 'Waiting', estimate: 'Est. wait',
      offline: 'Server connection lost, retrying…', nobody: 'Nobody is waiting', waited: 'Waited', minutes: 'min',
      lang: 'Tiếng Việt', paused: 'Counter paused', opened: 'Counter open', called: 'Called',
      dossier: 'Dossier', documents: 'Documents', aside: 'Set aside',
      remembered: 'This device remembers counter', queueList: 'Queue of this counter', number: 'Number', category: 'Category',
      slot: 'Booked slot', waitedCol: 'Waited', asideList: 'Set aside', asideFor: 'Aside since', action: 'Action',
      queueNote: 'Colour by time waited against the target: green under 2/3, amber from 2/3, red past the target.',
      bookTitle: 'Book an appointment for a citizen', bkDay: 'Day', bkSlot: 'Time', bkPhone: 'Mobile phone number',
      bookNote: 'For a citizen at the counter or on the phone: pick the service, day and time; a phone or a personal number is needed.',
      bkPerson: 'Personal number (12 digits, optional)', bkSubmit: 'Book', bkCode: 'Booking code',
      bkFind: 'Look up, move or cancel by code', bkLookup: 'Look up', bkMove: 'Move to the time chosen above',
      bkCancel: 'Cancel the booking' },
  };
  let lang = localStorage.getItem('officer.lang') || 'vi';
  let token = sessionStorage.getItem('officer.token');
  // shared with dossier-panel.js, which calls the API with the same session
  window.officerApi = { call: (method, path, body) => call(method, path, body), token: () => token,
    label: (k) => label(k), lang: () => lang, say: (text, isError) => say(text, isError), refresh: () => refreshQueue() };
  let counter = Number(sessionStorage.getItem('officer.counter')) || null;
  // The counter is a property of the desk, not of the person: remembered on this device after the first login.
  const deviceCounter = Number(localStorage.getItem('officer.deviceCounter')) || null;
  let current = null;
  let counterState = 'OPEN';
  let services = [];
  const LABELS = {
    vi: { NORMAL: 'Thường', ELDERLY: 'Người cao tuổi', DISABLED: 'Người khuyết tật', PREGNANT: 'Phụ nữ mang thai',
      MERIT: 'Người có công', CHILD: 'Đi cùng trẻ nhỏ', APPOINTMENT: 'Đặt lịch hẹn', WAITING: 'Đang chờ',
      CALLED: 'Đã gọi', SERVING: 'Đang phục vụ', DONE: 'Xong' },
    en: { NORMAL: 'Normal', ELDERLY: 'Elderly', DISABLED: 'Disabled', PREGNANT: 'Pregnant', MERIT: 'Person with merit',
      CHILD: 'With a small child', APPOINTMENT: 'Appointment', WAITING: 'Waiting', CALLED: 'Called',
      SERVING: 'Serving', DONE: 'Done' },
  };
  const t = (k) => T[lang][k] || k;
  const label = (k) => LABELS[lang][k] || k;

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n); });
    $('lang').textContent = t('lang');
    if (deviceCounter) {
      $('counter-remembered').hidden = false;
      $('counter-remembered').textContent = t('remembered') + ' ' + deviceCounter;
    }
    renderCurrent();
  }

  async function call(method, path, body) {
    const r = await fetch(path, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: 'Bearer ' + token } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await r.text();
    const data = text ? JSON.parse(text) : null;
    if (r.status === 401 && token) { logout(); }
    if (!r.ok) throw new Error(data && data.error ? data.error.message : 'HTTP ' + r.status);
    return { status: r.status, data };
  }

  function say(text, isError) {
    $('message').textContent = text;
    $('message').className = isError ? 'message error' : 'message';
  }

  function serviceName(code) {
    const s = services.find((x) => x.code === code);
    return s ? (lang === 'vi' ? s.nameVi : s.nameEn) : code;
  }

  function renderCurrent() {
    // the dossier panel (dossier-panel.js) follows the current ticket
    document.dispatchEvent(new CustomEvent('officer:current', { detail: { ticket: current, lang } }));
    if (!$('current-number')) return;
    if (!current) {
      $('current-number').textContent = '—';
      $('current-info').textContent = '';
      $('current-wait').textContent = '';
      return;
    }
    $('current-number').textContent = current.number;
    $('current-info').textContent = serviceName(current.service) + ' · ' + label(current.category) + ' · ' + label(current.state);
    const waited = Math.max(0, Math.round((Date.now() - Date.parse(current.issuedAt)) / 60000));
    $('current-wait').textContent = t('waited') + ' ' + waited + ' ' + t('minutes');
  }

  async function refreshQueue() {
    try {
      const q = (await call('GET', '/api/v1/queue')).data;
      const me = q.counters.find((c) => c.number === counter);
      const tbody = $('waiting');
      tbody.replaceChildren();
      q.services.filter((s) => !me || me.services.includes(s.code)).forEach((s) => {
        const tr = document.createElement('tr');
        [lang === 'vi' ? s.nameVi : s.nameEn, String(s.waiting), '≈ ' + s.estimatedWaitMinutes + ' ' + t('minutes')]
          .forEach((v) => { const td = document.createElement('td'); td.textContent = v; tr.appendChild(td); });
        tbody.appendChild(tr);
      });
      if (me) {
        counterState = me.state;
        if (me.currentTicketId && (!current || current.id !== me.currentTicketId)) {
          current = (await call('GET', '/api/v1/tickets/' + me.currentTicketId)).data;
        } else if (!me.currentTicketId) {
          current = null;
        }
      }
      renderCurrent();
      document.dispatchEvent(new CustomEvent('officer:queue', { detail: { counter, lang, services, busy: !!current } }));
      $('offline').hidden = true;
    } catch (e) {
      $('offline').hidden = false;
    }
  }

  async function act(fn) {
    try { await fn(); } catch (e) { say(e.message, true); }
    refreshQueue();
  }

  const actions = {
    next: () => act(async () => {
      const r = await call('POST', '/api/v1/counters/' + counter + '/next');
      if (r.status === 204) { current = null; say(t('nobody')); } else { current = r.data; say(t('called') + ' ' + current.number); }
    }),
    recall: () => act(async () => { current = (await call('POST', '/api/v1/tickets/' + current.id + '/recall')).data; say(t('recall') + ' ' + current.number); }),
    start: () => act(async () => { current = (await call('POST', '/api/v1/tickets/' + current.id + '/start')).data; say(t('start') + ' ' + current.number); }),
    finish: () => act(async () => { const r = await call('POST', '/api/v1/tickets/' + current.id + '/finish', { outcome: $('outcome').value }); say(t('finish') + ' ' + r.data.number); current = null; }),
    noshow: () => act(async () => { const r = await call('POST', '/api/v1/tickets/' + current.id + '/no-show'); say(t('noshow') + ' ' + r.data.number); current = null; }),
    aside: () => act(async () => { const r = await call('POST', '/api/v1/tickets/' + current.id + '/set-aside'); say(t('aside') + ' ' + r.data.number); current = null; }),
    transfer: () => act(async () => { const r = await call('POST', '/api/v1/tickets/' + current.id + '/transfer', { service: $('transfer-service').value }); say(t('transfer') + ' → ' + r.data.number); current = null; }),
    pause: () => act(async () => {
      const target = counterState === 'PAUSED' ? 'open' : 'pause';
      const r = await call('POST', '/api/v1/counters/' + counter + '/' + target);
      counterState = r.data.state;
      say(counterState === 'PAUSED' ? t('paused') : t('opened'));
    }),
  };
  const guarded = (name) => () => {
    if (name !== 'next' && name !== 'pause' && !current) { say(t('nobody'), true); return; }
    actions[name]();
  };
  Object.keys(actions).forEach((name) => { $(name).addEventListener('click', guarded(name)); });
  const keys = { n: 'next', F1: 'next', r: 'recall', s: 'start', f: 'finish', k: 'noshow', t: 'transfer', p: 'pause', b: 'aside' };
  document.addEventListener('keydown', (e) => {
    if (!token || ['INPUT', 'SELECT', 'TEXTAREA'].includes(e.target.tagName) || e.ctrlKey || e.altKey || e.metaKey) return;
    const name = keys[e.key] || keys[e.key.toLowerCase()];
    if (name) { e.preventDefault(); guarded(name)(); }
  });

  async function enterDesk() {
    $('login-view').hidden = true;
    $('desk-view').hidden = false;
    $('logout').hidden = false;
    $('who').textContent = t('counter') + ' ' + counter;
    services = (await call('GET', '/api/v1/services')).data;
    const select = $('transfer-service');
    select.replaceChildren();
    services.forEach((s) => { const o = document.createElement('option'); o.value = s.code; o.textContent = s.prefix + ' – ' + s.nameVi; select.appendChild(o); });
    await refreshQueue();
    const events = new EventSource('/api/v1/events');
    let pending = null;
    const later = () => { if (!pending) pending = setTimeout(() => { pending = null; refreshQueue(); }, 200); };
    events.onmessage = later;
    ['ticket.issued', 'ticket.called', 'ticket.finished', 'ticket.transferred', 'ticket.cancelled', 'ticket.no_show',
      'ticket.reinstated', 'ticket.set_aside', 'counter.changed'].forEach((type) => events.addEventListener(type, later));
    events.onerror = () => { $('offline').hidden = false; };
    events.onopen = () => refreshQueue();
    setInterval(renderCurrent, 15000);
    setInterval(refreshQueue, 30000); // the minutes waited move on without any event
  }

  function logout() {
    if (token) fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: 'Bearer ' + token } });
    sessionStorage.clear();
    location.reload();
  }

  $('login-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    $('login-error').textContent = '';
    try {
      const r = await call('POST', '/api/v1/auth/login', { username: $('username').value, password: $('password').value });
      if (r.data.role !== 'officer') throw new Error('officer role required');
      token = r.data.token;
      counter = Number($('counter').value);
      await call('POST', '/api/v1/counters/' + counter + '/open');
      sessionStorage.setItem('officer.token', token);
      sessionStorage.setItem('officer.counter', String(counter));
      localStorage.setItem('officer.deviceCounter', String(counter));
      enterDesk();
    } catch (err) {
      token = null;
      $('login-error').textContent = err.message;
    }
  });
  $('logout').addEventListener('click', logout);
  $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('officer.lang', lang); translate(); });
  if (deviceCounter) $('counter').value = String(deviceCounter);
  translate();
  if (token && counter) enterDesk();
})();
