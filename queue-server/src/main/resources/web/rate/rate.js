// Counter tablet: /rate?counter=N. Wakes when the officer at counter N finishes a ticket and records one
// rating for that ticket. The device token comes once in the URL fragment (#token=…) or the setup form and
// is kept in localStorage; the fragment never reaches the server's logs.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  // Faces drawn as SVG: a tablet's fonts may have no emoji. The number bends the mouth (smile > 0 > frown).
  const FACES = { VERY_SATISFIED: ['#1b6e20', 14], SATISFIED: ['#4c9a2a', 7], NEUTRAL: ['#a06000', 0], DISSATISFIED: ['#b00020', -8] };
  const SVG = 'http://www.w3.org/2000/svg';
  function face(code) {
    const [colour, bend] = FACES[code] || ['#445', 0];
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 64 64');
    svg.setAttribute('class', 'face');
    svg.setAttribute('aria-hidden', 'true');
    const part = (tag, attrs) => {
      const e = document.createElementNS(SVG, tag);
      Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, String(v)));
      svg.append(e);
    };
    part('circle', { cx: 32, cy: 32, r: 29, fill: 'none', stroke: colour, 'stroke-width': 4 });
    part('circle', { cx: 22, cy: 25, r: 4, fill: colour });
    part('circle', { cx: 42, cy: 25, r: 4, fill: colour });
    part('path', { d: `M18 ${42 - bend / 3} Q32 ${42 + bend} 46 ${42 - bend / 3}`, fill: 'none', stroke: colour,
      'stroke-width': 4, 'stroke-linecap': 'round' });
    return svg;
  }
  const TEXT = {
    vi: { title: 'Đánh giá mức độ hài lòng', counter: 'Quầy', idle: 'Xin cảm ơn quý khách!',
      idleSub: 'Sau khi được phục vụ, quý khách vui lòng đánh giá tại đây.',
      ask: 'Quý khách đánh giá thế nào về lượt phục vụ số', reasons: 'Chọn lý do (không bắt buộc), rồi chạm vào mức đánh giá.',
      thanks: 'Cảm ơn quý khách đã đánh giá!', lang: 'English', setup: 'Nhập mã thiết bị của máy tính bảng này (do quản trị cấp bằng lệnh device add).',
      token: 'Mã thiết bị', save: 'Lưu', noCounter: 'Thiếu số quầy: mở trang với ?counter=N' },
    en: { title: 'Rate our service', counter: 'Counter', idle: 'Thank you!', idleSub: 'After your visit, please rate our service here.',
      ask: 'How satisfied are you with the service for ticket', reasons: 'Pick reasons if you like, then tap your rating.',
      thanks: 'Thank you for your rating!', lang: 'Tiếng Việt', setup: 'Enter this tablet\'s device token (made with device add).',
      token: 'Device token', save: 'Save', noCounter: 'Missing counter: open the page with ?counter=N' },
  };
  const counter = Number(new URLSearchParams(location.search).get('counter'));
  let lang = 'vi';
  let options = null;
  let pending = null;
  let selected = new Set();
  let backToIdle = null;

  const hash = new URLSearchParams(location.hash.substring(1));
  if (hash.get('token')) {
    localStorage.setItem('rate.token', hash.get('token'));
    history.replaceState(null, '', location.pathname + location.search);
  }
  let token = localStorage.getItem('rate.token');

  function show(id) {
    ['setup', 'idle', 'ask', 'thanks'].forEach((s) => { $(s).hidden = s !== id; });
  }

  function translate() {
    const t = TEXT[lang];
    document.documentElement.lang = lang;
    $('title').textContent = t.title;
    $('counter-label').textContent = t.counter + ' ' + counter;
    $('idle-text').textContent = t.idle;
    $('idle-sub').textContent = t.idleSub;
    $('ask-text').textContent = t.ask;
    $('reasons-label').textContent = t.reasons;
    $('thanks-text').textContent = t.thanks;
    $('lang').textContent = t.lang;
    $('setup-text').textContent = t.setup;
    $('token-label').textContent = t.token;
    $('setup-save').textContent = t.save;
    renderButtons();
  }

  function renderButtons() {
    if (!options) return;
    $('scores').replaceChildren(...options.scores.map((s) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.code = s.code;
      const label = document.createElement('span');
      label.textContent = lang === 'vi' ? s.vi : s.en;
      b.append(face(s.code), label);
      b.addEventListener('click', () => send(s.code));
      return b;
    }));
    $('reasons').replaceChildren(...options.reasons.map((r) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.dataset.code = r.code;
      b.setAttribute('aria-pressed', String(selected.has(r.code)));
      b.textContent = lang === 'vi' ? r.vi : r.en;
      b.addEventListener('click', () => {
        if (selected.has(r.code)) selected.delete(r.code); else selected.add(r.code);
        b.setAttribute('aria-pressed', String(selected.has(r.code)));
      });
      return b;
    }));
  }

  async function api(method, path, body) {
    const r = await fetch(path, { method, headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token },
      body: body === undefined ? undefined : JSON.stringify(body) });
    if (r.status === 401 || r.status === 403) {
      if (r.status === 401) { localStorage.removeItem('rate.token'); token = null; show('setup'); }
    }
    const text = await r.text();
    return { status: r.status, body: text ? JSON.parse(text) : null };
  }

  async function check() {
    if (!token || $('thanks').hidden === false) return;
    const r = await api('GET', '/api/v1/ratings/pending?counter=' + counter);
    if (r.status === 200) {
      if (!pending || pending.ticketId !== r.body.ticketId) {
        pending = r.body;
        selected = new Set();
        renderButtons();
        $('ticket-number').textContent = pending.number;
        show('ask');
      }
    } else if (r.status === 204 && pending) {
      pending = null;
      show('idle');
    }
  }

  async function send(score) {
    if (!pending) return;
    const r = await api('POST', '/api/v1/ratings', { counter, ticketId: pending.ticketId, score, reasons: [...selected] });
    pending = null;
    if (r.status === 201 || r.status === 409) {
      $('error').textContent = '';
      show('thanks');
      clearTimeout(backToIdle);
      backToIdle = setTimeout(() => { show('idle'); check(); }, 5000);
    } else {
      $('error').textContent = r.body && r.body.error ? r.body.error.message : 'HTTP ' + r.status;
      show('idle');
    }
  }

  $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; translate(); });
  $('setup-form').addEventListener('submit', (ev) => {
    ev.preventDefault();
    token = $('token').value.trim();
    localStorage.setItem('rate.token', token);
    show('idle');
    check();
  });

  async function start() {
    if (!(counter > 0)) { $('error').textContent = TEXT.vi.noCounter + ' / ' + TEXT.en.noCounter; return; }
    options = await (await fetch('/api/v1/ratings/options')).json();
    translate();
    if (!token) { show('setup'); return; }
    show('idle');
    check();
    const events = new EventSource('/api/v1/events');
    // a finish that happened while the stream was (re)connecting is found by looking once more
    events.onopen = check;
    events.addEventListener('ticket.finished', (e) => {
      const data = JSON.parse(e.data);
      if (data.counter === counter) check();
    });
    setInterval(check, 15000);
  }
  translate();
  start();
}());
