// Manager dashboard: live view, reports with charts, exports. Vietnamese first with an English toggle.
// Every string from the server is inserted with textContent; Chart.js is served by this app (no CDN).
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const T = {
    vi: { title: 'Bảng điều hành trung tâm', logout: 'Đăng xuất', username: 'Tên đăng nhập', password: 'Mật khẩu',
      login: 'Đăng nhập', live: 'Trực tiếp', counter: 'Quầy', state: 'Trạng thái', officer: 'Cán bộ',
      currentTicket: 'Số đang phục vụ', services: 'Dịch vụ', priorityRule: 'Quy tắc gọi ưu tiên đang áp dụng',
      reports: 'Báo cáo', from: 'Từ ngày', to: 'Đến ngày', service: 'Dịch vụ', all: 'Tất cả', show: 'Xem',
      today: 'Hôm nay', week7: '7 ngày', month: 'Tháng này', export: 'Xuất báo cáo:',
      distribution: 'Phân bố thời gian chờ (phút)', trend: 'Xu hướng thời gian chờ so với mục tiêu',
      heatmap: 'Lượt khách theo giờ trong ngày (màu: thời gian chờ TB)', byService: 'Theo dịch vụ',
      byCounter: 'Theo quầy', byOfficer: 'Theo cán bộ', productivity: 'Năng suất (hồ sơ tiếp nhận)',
      level: 'Cấp trung tâm', save: 'Lưu', saved: 'Đã lưu', lang: 'English', waiting: 'đang chờ',
      longest: 'chờ lâu nhất', target: 'mục tiêu', min: 'phút', visits: 'Lượt khách', meanWait: 'Chờ TB',
      waitWithin: 'Chờ đạt mục tiêu', meanProc: 'Xử lý TB', procWithin: 'Xử lý đạt mục tiêu',
      satisfaction: 'Hài lòng', noShow: 'Vắng mặt', apptNoShow: 'Lịch hẹn vắng mặt',
      apptNote: (a) => `${a.noShows}/${a.checkedIn + a.noShows} lịch hẹn · đã đến ${a.checkedIn} · huỷ ${a.cancelled} · chưa đến giờ ${a.pending}`,
      apptOnTime: 'Lịch hẹn gọi đúng giờ',
      apptWaitNote: (a) => `trong ${a.onTimeMinutes} phút sau giờ hẹn · ${a.wait.count} lượt · chờ TB ${num(a.wait.mean)} phút`,
      received: 'Hồ sơ tiếp nhận', ratings: 'lượt đánh giá',
      setAside: 'Chờ bổ sung', meanAside: 'TB', several: 'Lượt nhiều thủ tục', totalWait: 'tổng chờ TB',
      median: 'Trung vị', p90: 'P90', max: 'Lâu nhất', name: 'Tên', workingDays: 'Ngày làm việc',
      perDay: 'Hồ sơ/ngày', annual: 'Quy đổi năm', normShare: 'Đạt định mức', norm: 'Định mức',
      perYear: 'hồ sơ/cán bộ/năm', targetLine: 'Mục tiêu', p90Line: 'P90 chờ', meanLine: 'Chờ TB',
      weekdays: ['T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'CN'], downloading: 'Đang tải…', downloaded: 'Đã tải',
      indicators: 'Chỉ số phục vụ (QĐ 766)', OPEN: 'Đang mở', PAUSED: 'Tạm dừng', CLOSED: 'Đóng', CALLED: 'Đã gọi', SERVING: 'Đang phục vụ', offline: 'Mất kết nối',
      hubFeed: 'Liên thông hệ thống tỉnh', hubUrl: 'Địa chỉ hệ thống tỉnh', hubCentre: 'Mã trung tâm',
      hubToken: 'Mã truy cập (để trống: giữ nguyên)', hubOff: 'Liên thông tỉnh: chưa cấu hình',
      hubOk: 'Liên thông tỉnh: đã gửi lúc', hubNever: 'Liên thông tỉnh: chưa gửi được lần nào', hubBacklog: 'bản ghi chờ gửi',
      hubStale: 'CHẬM', hubCli: 'đặt bằng dòng lệnh, có hiệu lực đến khi khởi động lại' },
    en: { title: 'Centre dashboard', logout: 'Log out', username: 'Username', password: 'Password', login: 'Log in',
      live: 'Live', counter: 'Counter', state: 'State', officer: 'Officer', currentTicket: 'Current ticket',
      services: 'Services', priorityRule: 'Priority rule in force', reports: 'Reports', from: 'From', to: 'To',
      service: 'Service', all: 'All', show: 'Show', today: 'Today', week7: '7 days', month: 'This month',
      export: 'Export:', distribution: 'Wait distribution (minutes)', trend: 'Wait trend against target',
      heatmap: 'Visits by hour of day (colour: mean wait)', byService: 'By service', byCounter: 'By counter',
      byOfficer: 'By officer', productivity: 'Productivity (dossiers received)', level: 'Centre level', save: 'Save',
      saved: 'Saved', lang: 'Tiếng Việt', waiting: 'waiting', longest: 'longest wait', target: 'target', min: 'min',
      visits: 'Visits', meanWait: 'Mean wait', waitWithin: 'Wait within target', meanProc: 'Mean processing',
      procWithin: 'Processing within target', satisfaction: 'Satisfaction', noShow: 'No-shows', apptNoShow: 'Appointment no-shows',
      apptNote: (a) => `${a.noShows}/${a.checkedIn + a.noShows} appointments · came ${a.checkedIn} · cancelled ${a.cancelled} · still to come ${a.pending}`,
      apptOnTime: 'Appointments called on time',
      apptWaitNote: (a) => `within ${a.onTimeMinutes} min of the slot · ${a.wait.count} visits · mean wait ${num(a.wait.mean)} min`,
      received: 'Received',
      setAside: 'Set aside', meanAside: 'mean', several: 'Visits with several services', totalWait: 'mean total wait',
      ratings: 'ratings', median: 'Median', p90: 'P90', max: 'Max', name: 'Name', workingDays: 'Working days',
      perDay: 'Per day', annual: 'Annualised', normShare: 'Share of norm', norm: 'Norm', perYear: 'dossiers/officer/year',
      targetLine: 'Target', p90Line: 'P90 wait', meanLine: 'Mean wait',
      weekdays: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'], downloading: 'Downloading…', downloaded: 'Downloaded',
      indicators: 'National indicators (766)', OPEN: 'Open', PAUSED: 'Paused', CLOSED: 'Closed', CALLED: 'Called', SERVING: 'Serving', offline: 'Connection lost',
      hubFeed: 'Province hub feed', hubUrl: 'Province hub URL', hubCentre: 'Centre code',
      hubToken: 'Access token (blank: keep)', hubOff: 'Province hub: not configured', hubOk: 'Province hub: last sent',
      hubNever: 'Province hub: nothing sent yet', hubBacklog: 'records waiting', hubStale: 'BEHIND',
      hubCli: 'set on the command line until restart' },
  };
  let lang = localStorage.getItem('manager.lang') || 'vi';
  // shared with manager-alerts.js, which calls the API with the same session
  window.managerApi = { call: (path, options) => call(path, options), reload: () => loadLive() };
  let token = sessionStorage.getItem('manager.token');
  let summary = null;
  let live = null;
  let levels = [];
  const charts = {};
  const t = (k) => T[lang][k] || k;
  const name = (o) => (lang === 'vi' ? o.nameVi : o.nameEn) || o.key;
  const num = (v, d = 1) => (v === null || v === undefined ? '–' : Number(v).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB',
    { minimumFractionDigits: d, maximumFractionDigits: d }));
  const pct = (v) => (v === null || v === undefined ? '–' : num(v * 100, 1) + ' %');

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  async function call(path, options = {}) {
    const r = await fetch(path, { ...options, headers: { 'content-type': 'application/json', authorization: 'Bearer ' + token, ...(options.headers || {}) } });
    if (r.status === 401) { logout(); throw new Error('401'); }
    if (!r.ok) {
      const body = await r.json().catch(() => null);
      throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
    }
    return r;
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
    $('lang').textContent = t('lang');
    if (live) renderLive();
    if (summary) renderSummary();
  }

  // ---------- login ----------
  $('login-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    $('login-error').textContent = '';
    const r = await fetch('/api/v1/auth/login', { method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: $('username').value, password: $('password').value }) });
    const body = await r.json().catch(() => null);
    if (!r.ok) { $('login-error').textContent = body && body.error ? body.error.message : 'HTTP ' + r.status; return; }
    if (body.role !== 'manager' && body.role !== 'admin' && body.role !== 'MANAGER' && body.role !== 'ADMIN') {
      $('login-error').textContent = 'Tài khoản không có quyền quản lý / this account is not a manager';
      return;
    }
    token = body.token;
    sessionStorage.setItem('manager.token', token);
    enter();
  });

  function logout() {
    if (token) fetch('/api/v1/auth/logout', { method: 'POST', headers: { authorization: 'Bearer ' + token } }).catch(() => {});
    token = null;
    sessionStorage.removeItem('manager.token');
    $('dashboard').hidden = true;
    $('login-view').hidden = false;
    $('logout').hidden = true;
    $('indicators-link').hidden = true;
  }
  $('logout').addEventListener('click', logout);
  $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('manager.lang', lang); translate(); });

  // ---------- live ----------
  async function loadLive() {
    try {
      live = await (await call('/api/v1/reports/live')).json();
      renderLive();
      renderUpstream(await (await call('/api/v1/upstream')).json());
      $('error').textContent = '';
    } catch (e) {
      if (e.message !== '401') $('error').textContent = t('offline') + ': ' + e.message;
    }
  }

  function renderLive() {
    $('clock').textContent = live.at.substring(11, 16);
    // alerts and the service limits: manager-alerts.js
    document.dispatchEvent(new CustomEvent('manager:live', { detail: { live, lang } }));
    $('live-services').replaceChildren(...live.services.map((s) => {
      const c = el('div', null, 'card' + (s.alert ? ' alert' : ''));
      c.dataset.service = s.code;
      c.append(el('div', s.code + ' · ' + (lang === 'vi' ? s.nameVi : s.nameEn), 'l'), el('div', String(s.waiting), 'v'),
        el('div', t('waiting') + ' · ' + t('longest') + ' ' + num(s.longestWaitMinutes, 0) + ' ' + t('min')
          + ' (' + t('target') + ' ' + s.targetWaitMinutes + ')', 't'));
      return c;
    }));
    $('live-counters').replaceChildren(...live.counters.map((k) => {
      const tr = el('tr');
      tr.append(el('td', k.number + (k.name ? ' · ' + k.name : '')), el('td', t(k.state), 'text state-' + k.state),
        el('td', k.officerName ? k.officerName + ' (' + k.officer + ')' : '–', 'text'),
        el('td', k.currentNumber ? k.currentNumber + ' · ' + t(k.currentState) : '–', 'text'),
        el('td', (counterServices[k.number] || []).join(', '), 'text'));
      return tr;
    }));
    $('rule').replaceChildren(...live.priorityRule.filter((_, i) => (lang === 'vi' ? i < live.priorityRule.length / 2
      : i >= live.priorityRule.length / 2)).map((r) => el('li', r)));
    fillSelect($('f-counter'), live.counters.map((k) => [String(k.number), String(k.number) + (k.name ? ' · ' + k.name : '')]));
  }
  const counterServices = {};

  function fillSelect(select, options) {
    const keep = select.value;
    const first = select.options[0];
    select.replaceChildren(first, ...options.map(([v, label]) => { const o = el('option', label); o.value = v; return o; }));
    select.value = keep;
  }

  // ---------- reports ----------
  const iso = (d) => d.toISOString().substring(0, 10);
  function localToday() {
    const now = live ? new Date(live.at.substring(0, 10) + 'T00:00:00Z') : new Date(Date.now() + 7 * 3600e3);
    return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  }
  function setRange(days, month) {
    const today = localToday();
    const from = month ? new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 1)) : new Date(today.getTime() - (days - 1) * 864e5);
    $('from').value = iso(from);
    $('to').value = iso(today);
    loadSummary();
  }
  $('r-today').addEventListener('click', () => setRange(1));
  $('r-week').addEventListener('click', () => setRange(7));
  $('r-month').addEventListener('click', () => setRange(0, true));
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); loadSummary(); });

  function query() {
    const p = new URLSearchParams({ from: $('from').value, to: $('to').value });
    if ($('f-service').value) p.set('service', $('f-service').value);
    if ($('f-counter').value) p.set('counter', $('f-counter').value);
    if ($('f-officer').value) p.set('officer', $('f-officer').value);
    return p;
  }

  async function loadSummary() {
    try {
      summary = await (await call('/api/v1/reports/summary?' + query())).json();
      renderSummary();
      document.dispatchEvent(new CustomEvent('summary-loaded', { detail: { from: $('from').value, to: $('to').value } }));
      $('error').textContent = '';
    } catch (e) {
      if (e.message !== '401') $('error').textContent = e.message;
    }
  }

  function kpi(label, value, note, good) {
    const c = el('div', null, 'card' + (good === true ? ' good' : good === false ? ' bad' : ''));
    c.append(el('div', label, 'l'), el('div', value, 'v'), el('div', note || '', 't'));
    return c;
  }

  function renderSummary() {
    const s = summary;
    $('centre-name').textContent = s.centreName;
    const sat = s.satisfaction;
    $('kpis').replaceChildren(
      kpi(t('visits'), num(s.visits, 0), s.from === s.to ? s.from : s.from + ' → ' + s.to),
      kpi(t('meanWait'), num(s.wait.mean) + ' ' + t('min'), t('median') + ' ' + num(s.wait.median) + ' · P90 ' + num(s.wait.p90)),
      kpi(t('waitWithin'), pct(s.wait.withinTargetShare), '≤ ' + s.targets.waitMinutes + ' ' + t('min')),
      kpi(t('meanProc'), num(s.processing.mean) + ' ' + t('min'), t('median') + ' ' + num(s.processing.median) + ' · P90 ' + num(s.processing.p90)),
      kpi(t('procWithin'), pct(s.processing.withinTargetShare), '≤ ' + s.targets.processingMinutes + ' ' + t('min')),
      kpi(t('satisfaction'), pct(sat.rate), sat.ratings + ' ' + t('ratings') + ' · ' + t('target') + ' ≥ ' + pct(s.targets.satisfaction),
        sat.rate === null ? undefined : sat.rate >= s.targets.satisfaction),
      kpi(t('noShow'), pct(s.noShowRate), String(s.noShows)),
      ...(s.appointments && s.appointments.booked > 0
        ? [kpi(t('apptNoShow'), pct(s.appointments.noShowRate), T[lang].apptNote(s.appointments))] : []),
      ...(s.appointmentWait && s.appointmentWait.wait.count > 0
        ? [kpi(t('apptOnTime'), pct(s.appointmentWait.onTimeShare), T[lang].apptWaitNote(s.appointmentWait))] : []),
      kpi(t('received'), num(s.received, 0), ''),
      kpi(t('setAside'), num(s.setAside, 0), t('meanAside') + ' ' + num(s.aside.mean) + ' ' + t('min')),
      kpi(t('several'), num(s.severalServices.visits, 0), t('totalWait') + ' ' + num(s.severalServices.totalWait.mean) + ' ' + t('min')));
    groupTable('svc', s.byService, true);
    groupTable('ctr', s.byCounter, false);
    groupTable('off', s.byOfficer, false);
    productivity(s.productivity);
    drawDistribution(s.waitDistribution);
    drawTrend(s);
    heatmap(s.heatmap);
    fillSelect($('f-service'), s.targets.services.map((x) => [x.code, x.code + ' · ' + (lang === 'vi' ? x.nameVi : x.nameEn)]));
    fillSelect($('f-officer'), s.productivity.officers.map((o) => [o.username, o.displayName || o.username]));
  }

  function groupTable(prefix, groups, withTargets) {
    const head = el('tr');
    [t('name'), t('visits'), t('meanWait'), t('median'), t('p90'), t('max'), t('waitWithin'), t('meanProc'), t('procWithin'),
      t('noShow'), t('received'), t('satisfaction')].forEach((h) => head.append(el('th', h)));
    $(prefix + '-head').replaceChildren(head);
    const target = summary.targets.satisfaction;
    $(prefix + '-body').replaceChildren(...groups.filter((g) => !withTargets || g.visits > 0).map((g) => {
      const tr = el('tr');
      tr.append(el('td', prefix === 'off' ? name(g) + ' (' + g.nameEn + ')' : (prefix === 'svc' ? g.key + ' · ' : '') + name(g)),
        el('td', num(g.visits, 0)), el('td', num(g.wait.mean)), el('td', num(g.wait.median)), el('td', num(g.wait.p90)),
        el('td', num(g.wait.max)), el('td', pct(g.wait.withinTargetShare)), el('td', num(g.processing.mean)),
        el('td', pct(g.processing.withinTargetShare)), el('td', pct(g.noShowRate)), el('td', num(g.received, 0)),
        el('td', pct(g.satisfaction.rate), g.satisfaction.rate === null ? '' : g.satisfaction.rate >= target ? 'met' : 'miss'));
      return tr;
    }));
  }

  function productivity(p) {
    $('norm').textContent = '— ' + t('norm') + ' ' + num(p.normPerYear, 0) + ' ' + t('perYear') + ' ('
      + (lang === 'vi' ? p.centreLevelVi : p.centreLevelEn) + ')';
    const head = el('tr');
    [t('officer'), t('received'), t('workingDays'), t('perDay'), t('annual'), t('normShare')].forEach((h) => head.append(el('th', h)));
    $('prod-head').replaceChildren(head);
    $('prod-body').replaceChildren(...p.officers.map((o) => {
      const tr = el('tr');
      tr.append(el('td', (o.displayName || o.username) + ' (' + o.username + ')'), el('td', num(o.received, 0)),
        el('td', num(o.workingDays, 0)), el('td', num(o.perWorkingDay, 2)), el('td', num(o.annualised, 0)),
        el('td', pct(o.normShare), o.normShare === null ? '' : o.normShare >= 1 ? 'met' : 'miss'));
      return tr;
    }));
    if (levels.length) $('level').value = p.centreLevel;
  }

  function chart(id, config) {
    if (charts[id]) charts[id].destroy();
    charts[id] = new Chart($(id), config);
  }

  function drawDistribution(bins) {
    chart('chart-dist', { type: 'bar',
      data: { labels: bins.map((b) => (b.toMinutes === null ? '≥ ' + b.fromMinutes : b.fromMinutes + '–' + b.toMinutes)),
        datasets: [{ label: t('visits'), data: bins.map((b) => b.visits),
          backgroundColor: bins.map((b) => (b.toMinutes !== null && b.toMinutes <= summary.targets.waitMinutes ? '#2e7d32' : '#c62828')) }] },
      options: { animation: false, plugins: { legend: { display: false } }, scales: { y: { beginAtZero: true } } } });
  }

  function drawTrend(s) {
    const series = s.byDay.length > 1 ? s.byDay : s.byHour;
    chart('chart-trend', { type: 'line',
      data: { labels: series.map((g) => g.key), datasets: [
        { label: t('meanLine'), data: series.map((g) => g.wait.mean), borderColor: '#0b3d91', backgroundColor: '#0b3d91', tension: 0.2 },
        { label: t('p90Line'), data: series.map((g) => g.wait.p90), borderColor: '#f5a623', backgroundColor: '#f5a623', tension: 0.2 },
        { label: t('targetLine'), data: series.map(() => s.targets.waitMinutes), borderColor: '#c62828', borderDash: [6, 4], pointRadius: 0 },
        { label: t('waitWithin') + ' (%)', data: series.map((g) => (g.wait.withinTargetShare === null ? null : g.wait.withinTargetShare * 100)),
          borderColor: '#2e7d32', backgroundColor: '#2e7d32', yAxisID: 'share' }] },
      options: { animation: false, scales: { y: { beginAtZero: true, title: { display: true, text: t('min') } },
        share: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false }, title: { display: true, text: '%' } } } } });
  }

  function heatmap(cells) {
    const table = $('heatmap');
    const hours = cells.map((c) => c.hour);
    const first = Math.min(7, ...hours);
    const last = Math.max(17, ...hours);
    const head = el('tr');
    head.append(el('th', ''));
    for (let h = first; h <= last; h++) head.append(el('th', String(h)));
    const rows = [head];
    const target = summary.targets.waitMinutes;
    for (let d = 1; d <= 7; d++) {
      const tr = el('tr');
      tr.append(el('th', t('weekdays')[d - 1]));
      for (let h = first; h <= last; h++) {
        const c = cells.find((x) => x.weekday === d && x.hour === h);
        const td = el('td', c ? String(c.visits) : '');
        if (c) {
          const ratio = c.meanWait === null ? 0 : Math.min(1.5, c.meanWait / target) / 1.5;
          td.style.background = 'hsl(' + Math.round(120 - 120 * ratio) + ', 65%, ' + Math.round(82 - 22 * ratio) + '%)';
          td.title = c.visits + ' · ' + num(c.meanWait) + ' ' + t('min');
        }
        tr.append(td);
      }
      rows.push(tr);
    }
    table.replaceChildren(...rows);
  }

  // ---------- exports: fetched with the token, handed to the browser as a download ----------
  document.querySelectorAll('.export').forEach((b) => b.addEventListener('click', async () => {
    $('export-status').textContent = t('downloading');
    try {
      const p = query();
      p.set('format', b.dataset.format);
      const r = await call((b.dataset.path || '/api/v1/reports/export') + '?' + p);
      $('export-status').textContent = t('downloaded') + ': ' + await window.saveDownload(r, 'bao-cao.' + b.dataset.format);
    } catch (e) {
      $('export-status').textContent = e.message;
    }
  }));

  // ---------- province hub feed ----------
  function renderUpstream(u) {
    const p = $('upstream');
    p.className = 'upstream' + (u.stale ? ' stale' : '');
    if (!u.configured) { p.textContent = t('hubOff'); return; }
    const sent = u.lastSuccessAt ? t('hubOk') + ' ' + u.lastSuccessAt.substring(11, 16) + ' ' + u.lastSuccessAt.substring(8, 10)
      + '/' + u.lastSuccessAt.substring(5, 7) : t('hubNever');
    p.textContent = (u.stale ? t('hubStale') + ' · ' : '') + sent + ' · ' + u.backlog + ' ' + t('hubBacklog')
      + (u.lastError && (!u.lastSuccessAt || u.lastErrorAt > u.lastSuccessAt) ? ' · ' + u.lastError : '');
  }
  async function loadHubSettings() {
    const s = await (await call('/api/v1/upstream/settings')).json();
    $('hub-url').value = s.url || '';
    $('hub-centre').value = s.centre || '';
    $('hub-status').textContent = s.fromCommandLine ? t('hubCli') : '';
  }
  $('hub-settings').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const body = { url: $('hub-url').value, centre: $('hub-centre').value };
    if ($('hub-token').value) body.token = $('hub-token').value;
    try {
      await call('/api/v1/upstream/settings', { method: 'PUT', body: JSON.stringify(body) });
      $('hub-token').value = '';
      await loadHubSettings();
      $('hub-status').textContent = t('saved');
      loadLive();
    } catch (e) {
      $('hub-status').textContent = e.message;
    }
  });

  // ---------- settings ----------
  async function loadSettings() {
    const s = await (await call('/api/v1/reports/settings')).json();
    levels = s.levels;
    fillSelect($('level'), []);
    $('level').replaceChildren(...levels.map((l) => { const o = el('option', l.vi + ' / ' + l.en + ' — ' + l.norm); o.value = l.code; return o; }));
    $('level').value = s.centreLevel;
  }
  $('settings').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      await call('/api/v1/reports/settings', { method: 'PUT', body: JSON.stringify({ centreLevel: $('level').value }) });
      $('settings-status').textContent = t('saved');
      loadSummary();
    } catch (e) {
      $('settings-status').textContent = e.message;
    }
  });

  // ---------- live updates: events wake the view, a timer catches anything missed ----------
  let pending = null;
  function soon() {
    if (pending) return;
    pending = setTimeout(() => { pending = null; loadLive(); }, 1000);
  }

  async function enter() {
    $('login-view').hidden = true;
    $('dashboard').hidden = false;
    $('logout').hidden = false;
    $('indicators-link').hidden = false;
    try {
      const counters = await (await call('/api/v1/counters')).json();
      counters.forEach((k) => { counterServices[k.number] = k.services; });
    } catch (e) { /* the live view still works without the service lists */ }
    await loadLive();
    await loadSettings().catch(() => {});
    await loadHubSettings().catch(() => {});
    setRange(1);
    const events = new EventSource('/api/v1/events');
    events.onmessage = soon;
    ['ticket.issued', 'ticket.called', 'ticket.finished', 'ticket.no_show', 'ticket.cancelled', 'ticket.transferred',
      'counter.changed', 'device.status', 'help.requested', 'alert.acknowledged', 'ticket.set_aside'].forEach((type) => events.addEventListener(type, soon));
    setInterval(loadLive, 10000);
    setInterval(() => { if ($('to').value >= iso(localToday())) loadSummary(); }, 30000);
  }

  translate();
  if (token) enter();
}());
