// Province page: every centre's live state and period figures, sortable and filterable, drill-down to one
// centre's report, Excel export. Vietnamese first with an English toggle; server text goes in via textContent.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const T = {
    vi: { title: 'Toàn tỉnh: các trung tâm phục vụ hành chính công', logout: 'Đăng xuất', username: 'Tên đăng nhập',
      password: 'Mật khẩu', login: 'Đăng nhập', live: 'Trực tiếp', filter: 'Lọc theo tên hoặc mã',
      onlyAlerts: 'Chỉ trung tâm có cảnh báo', code: 'Mã', centre: 'Trung tâm', waitingNow: 'Đang chờ',
      longest: 'Chờ lâu nhất (phút)', countersOpen: 'Quầy đang mở', visitsToday: 'Lượt hôm nay',
      freshness: 'Dữ liệu cập nhật', alerts: 'Cảnh báo', period: 'Kết quả theo kỳ', from: 'Từ ngày', to: 'Đến ngày',
      show: 'Xem', month: 'Tháng này', year: 'Năm nay', visits: 'Lượt khách', waitWithin: 'Chờ ≤ 15 phút',
      procWithin: 'Xử lý ≤ 30 phút', satisfaction: 'Hài lòng', normShare: 'Năng suất / định mức',
      onTime: 'Hồ sơ đúng hạn', close: 'Đóng', byService: 'Theo dịch vụ', byDay: 'Theo ngày', lang: 'English',
      centres: 'Trung tâm', waitingAll: 'Đang chờ (toàn tỉnh)', staleCentres: 'Mất kết nối dữ liệu',
      withAlerts: 'Có cảnh báo', province: 'Toàn tỉnh', secondsAgo: 'giây trước', minutesAgo: 'phút trước',
      never: 'chưa nhận', service: 'Dịch vụ', meanWait: 'Chờ TB (phút)', meanProc: 'Xử lý TB (phút)', day: 'Ngày',
      downloading: 'Đang tải…', downloaded: 'Đã tải', received: 'Hồ sơ tiếp nhận', dossiers: 'hồ sơ có kết quả' },
    en: { title: 'Province: every one-stop centre', logout: 'Log out', username: 'Username', password: 'Password',
      login: 'Log in', live: 'Live', filter: 'Filter by name or code', onlyAlerts: 'Only centres with alerts', code: 'Code',
      centre: 'Centre', waitingNow: 'Waiting', longest: 'Longest wait (min)', countersOpen: 'Counters open',
      visitsToday: 'Visits today', freshness: 'Data received', alerts: 'Alerts', period: 'Figures for a period',
      from: 'From', to: 'To', show: 'Show', month: 'This month', year: 'This year', visits: 'Visits',
      waitWithin: 'Waited ≤ 15 min', procWithin: 'Processed ≤ 30 min', satisfaction: 'Satisfied',
      normShare: 'Productivity / norm', onTime: 'Dossiers on time', close: 'Close', byService: 'By service',
      byDay: 'By day', lang: 'Tiếng Việt', centres: 'Centres', waitingAll: 'Waiting (province)',
      staleCentres: 'Feed stale', withAlerts: 'With alerts', province: 'Province', secondsAgo: 's ago',
      minutesAgo: 'min ago', never: 'never', service: 'Service', meanWait: 'Mean wait (min)',
      meanProc: 'Mean processing (min)', day: 'Day', downloading: 'Downloading…', downloaded: 'Downloaded',
      received: 'Dossiers received', dossiers: 'dossiers finished' },
  };
  let lang = localStorage.getItem('hub.lang') || 'vi';
  let token = sessionStorage.getItem('hub.token');
  let centres = [];
  let table = null;
  let drill = null;
  const sort = { live: { key: 'longestWaitMinutes', dir: -1 }, period: { key: 'waitWithinShare', dir: 1 } };
  const t = (k) => T[lang][k] || k;
  const num = (v, d = 1) => (v === null || v === undefined ? '–' : Number(v).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB',
    { minimumFractionDigits: d, maximumFractionDigits: d }));
  const pct = (v) => (v === null || v === undefined ? '–' : num(v * 100, 1) + ' %');

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  async function call(path) {
    const r = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
    if (r.status === 401) { logout(); throw new Error('401'); }
    if (!r.ok) {
      const body = await r.json().catch(() => null);
      throw new Error(body && body.error ? (body.error.message || body.error) : 'HTTP ' + r.status);
    }
    return r;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
    $('lang').textContent = t('lang');
    renderLive();
    renderPeriod();
    renderDrill();
  }

  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('login-error').textContent = '';
    const r = await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: $('username').value, password: $('password').value }) });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) { $('login-error').textContent = body.error ? body.error.message : 'HTTP ' + r.status; return; }
    token = body.token;
    sessionStorage.setItem('hub.token', token);
    enter();
  });

  function logout() {
    if (token) fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: 'Bearer ' + token } });
    token = null;
    sessionStorage.removeItem('hub.token');
    $('dashboard').hidden = true;
    $('logout').hidden = true;
    $('login-view').hidden = false;
  }
  $('logout').addEventListener('click', logout);
  $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('hub.lang', lang); translate(); });

  function sorted(rows, s) {
    return rows.slice().sort((a, b) => {
      const x = a[s.key];
      const y = b[s.key];
      if (x === y) return 0;
      if (x === null || x === undefined) return 1;
      if (y === null || y === undefined) return -1;
      return (typeof x === 'string' ? x.localeCompare(y, 'vi') : x - y) * s.dir;
    });
  }

  function sortable(tableId, which, render) {
    document.querySelectorAll('#' + tableId + ' th.sortable').forEach((th) => {
      th.addEventListener('click', () => {
        const s = sort[which];
        s.dir = s.key === th.dataset.key ? -s.dir : 1;
        s.key = th.dataset.key;
        render();
      });
    });
  }

  function markSort(tableId, s) {
    document.querySelectorAll('#' + tableId + ' th.sortable').forEach((th) => {
      if (th.dataset.key === s.key) th.setAttribute('aria-sort', s.dir > 0 ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }

  function freshness(c) {
    if (c.upstreamLagSeconds === null || c.upstreamLagSeconds === undefined) return t('never');
    return c.upstreamLagSeconds < 120 ? c.upstreamLagSeconds + ' ' + t('secondsAgo')
      : Math.floor(c.upstreamLagSeconds / 60) + ' ' + t('minutesAgo');
  }

  function card(label, value, cls) {
    const d = el('div', null, 'card' + (cls ? ' ' + cls : ''));
    d.append(el('div', value, 'v'), el('div', label, 'l'));
    return d;
  }

  function renderLive() {
    const body = $('live-body');
    body.replaceChildren();
    const q = $('filter').value.trim().toLowerCase();
    const only = $('only-alerts').checked;
    const rows = sorted(centres, sort.live).filter((c) => (!q || c.code.toLowerCase().includes(q) || c.name.toLowerCase().includes(q))
      && (!only || c.alerts.length > 0));
    for (const c of rows) {
      const tr = el('tr');
      const name = el('td', null, 'text');
      const a = el('a', c.name);
      a.href = '#';
      a.addEventListener('click', (ev) => { ev.preventDefault(); openDrill(c.code, c.name); });
      name.append(a);
      const wait = el('td', num(c.longestWaitMinutes));
      if (c.longestWaitMinutes > 15) wait.className = 'miss';
      const fresh = el('td', freshness(c), c.stale ? 'fresh-stale' : 'fresh-ok');
      const alerts = el('td', c.alerts.map((x) => (lang === 'vi' ? x.messageVi : x.messageEn)).join(' · '), 'text');
      tr.append(el('td', c.code, 'text'), name, el('td', c.waitingNow), wait, el('td', c.countersOpen), el('td', c.visitsToday),
        fresh, alerts);
      body.append(tr);
    }
    markSort('live-table', sort.live);
    const cards = $('live-cards');
    cards.replaceChildren(card(t('centres'), centres.length),
      card(t('waitingAll'), centres.reduce((s, c) => s + c.waitingNow, 0)),
      card(t('withAlerts'), centres.filter((c) => c.alerts.length > 0).length, centres.some((c) => c.alerts.length) ? 'alert' : ''),
      card(t('staleCentres'), centres.filter((c) => c.stale).length, centres.some((c) => c.stale) ? 'alert' : ''));
  }

  function share(td, v, target) {
    td.textContent = pct(v);
    if (v !== null && v !== undefined && target !== undefined) td.className = v >= target ? 'met' : 'miss';
    return td;
  }

  function periodRow(r, total) {
    const tr = el('tr', null, total ? 'total' : '');
    const name = el('td', null, 'text');
    if (r.code) {
      const a = el('a', r.name);
      a.href = '#';
      a.addEventListener('click', (ev) => { ev.preventDefault(); openDrill(r.code, r.name); });
      name.append(a);
    } else {
      name.textContent = t('province');
    }
    tr.append(el('td', r.code || '', 'text'), name, el('td', r.visits), share(el('td'), r.waitWithinShare, 0.9),
      share(el('td'), r.processingWithinShare, 0.9), share(el('td'), r.satisfaction, 0.95), share(el('td'), r.normShare, 1),
      share(el('td'), r.dossiersOnTimeShare, 0.95));
    return tr;
  }

  function renderPeriod() {
    const body = $('period-body');
    body.replaceChildren();
    if (!table) return;
    const q = $('filter').value.trim().toLowerCase();
    for (const r of sorted(table.centres, sort.period)) {
      if (!q || r.code.toLowerCase().includes(q) || r.name.toLowerCase().includes(q)) body.append(periodRow(r, false));
    }
    body.append(periodRow(table.province, true));
    markSort('period-table', sort.period);
    const p = table.province;
    $('province-cards').replaceChildren(card(t('visits'), p.visits), card(t('waitWithin'), pct(p.waitWithinShare)),
      card(t('procWithin'), pct(p.processingWithinShare)), card(t('satisfaction'), pct(p.satisfaction),
        p.satisfaction >= 0.95 ? 'good' : 'bad'), card(t('normShare'), pct(p.normShare)),
      card(t('onTime'), pct(p.dossiersOnTimeShare)));
  }

  async function openDrill(code, name) {
    $('drill').hidden = false;
    $('drill-h').textContent = name;
    const r = await call('/hub/v1/report?from=' + $('from').value + '&to=' + $('to').value + '&centre=' + encodeURIComponent(code));
    drill = await r.json();
    renderDrill();
    $('drill').scrollIntoView();
  }
  $('drill-close').addEventListener('click', () => { $('drill').hidden = true; drill = null; });

  function groupTable(head, body, groups, label) {
    head.replaceChildren();
    body.replaceChildren();
    const h = el('tr');
    for (const k of [label, 'visits', 'meanWait', 'waitWithin', 'meanProc', 'procWithin', 'satisfaction']) h.append(el('th', t(k)));
    head.append(h);
    for (const g of groups) {
      const tr = el('tr');
      tr.append(el('td', lang === 'vi' ? g.nameVi : g.nameEn, 'text'), el('td', g.visits), el('td', num(g.wait.mean)),
        share(el('td'), g.wait.withinTargetShare, 0.9), el('td', num(g.processing.mean)),
        share(el('td'), g.processing.withinTargetShare, 0.9), share(el('td'), g.satisfaction.rate, 0.95));
      body.append(tr);
    }
  }

  function renderDrill() {
    if (!drill) return;
    $('drill-cards').replaceChildren(card(t('visits'), drill.visits), card(t('meanWait'), num(drill.wait.mean)),
      card(t('waitWithin'), pct(drill.wait.withinTargetShare)), card(t('meanProc'), num(drill.processing.mean)),
      card(t('procWithin'), pct(drill.processing.withinTargetShare)), card(t('satisfaction'), pct(drill.satisfaction.rate)),
      card(t('received'), drill.received));
    groupTable($('drill-head'), $('drill-body'), drill.byService, 'service');
    groupTable($('day-head'), $('day-body'), drill.byDay, 'day');
  }

  async function loadLive() {
    try {
      centres = await (await call('/hub/v1/centres')).json();
      renderLive();
    } catch (e) { /* shown at the next successful poll */ }
  }

  async function loadPeriod() {
    $('status').textContent = t('downloading');
    try {
      table = await (await call('/hub/v1/province?from=' + $('from').value + '&to=' + $('to').value)).json();
      renderPeriod();
      $('status').textContent = '';
    } catch (e) { $('status').textContent = e.message; }
  }

  function iso(d) { return d.toISOString().slice(0, 10); }
  function localToday() { return new Date(Date.now() + 7 * 3600 * 1000); }
  function setMonth() { const d = localToday(); $('from').value = iso(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1))); $('to').value = iso(d); }
  $('r-month').addEventListener('click', () => { setMonth(); loadPeriod(); });
  $('r-year').addEventListener('click', () => { const d = localToday(); $('from').value = d.getUTCFullYear() + '-01-01'; $('to').value = iso(d); loadPeriod(); });
  $('range').addEventListener('submit', (ev) => { ev.preventDefault(); loadPeriod(); });
  $('filter').addEventListener('input', () => { renderLive(); renderPeriod(); });
  $('only-alerts').addEventListener('change', renderLive);
  $('xlsx').addEventListener('click', async () => {
    $('status').textContent = t('downloading');
    try {
      const r = await call('/hub/v1/province.xlsx?from=' + $('from').value + '&to=' + $('to').value);
      const url = URL.createObjectURL(await r.blob());
      const a = el('a');
      a.href = url;
      a.download = 'bao-cao-toan-tinh-' + $('from').value + '_' + $('to').value + '.xlsx';
      document.body.append(a);
      a.click();
      a.remove();
      URL.revokeObjectURL(url);
      $('status').textContent = t('downloaded');
    } catch (e) { $('status').textContent = e.message; }
  });
  sortable('live-table', 'live', renderLive);
  sortable('period-table', 'period', renderPeriod);

  function tick() { $('clock').textContent = new Date().toLocaleTimeString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' }); }

  function enter() {
    $('login-view').hidden = true;
    $('dashboard').hidden = false;
    $('logout').hidden = false;
    setMonth();
    translate();
    loadLive();
    loadPeriod();
  }
  setInterval(tick, 1000);
  setInterval(() => { if (token) loadLive(); }, 15000);
  tick();
  translate();
  if (token) enter();
}());
