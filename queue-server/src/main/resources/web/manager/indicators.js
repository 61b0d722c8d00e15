// National indicators page (Decision 766/QĐ-TTg): what the centre computes itself, against its targets, and
// what only the provincial system holds. Uses the dashboard's session; server strings go in as textContent.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const T = {
    vi: { title: 'Chỉ số phục vụ người dân, doanh nghiệp', back: 'Bảng điều hành', lang: 'English',
      needLogin: 'Hãy đăng nhập ở bảng điều hành trung tâm, rồi mở lại trang này.',
      computed: 'Chỉ số trung tâm tự tính từ dữ liệu của mình', from: 'Từ ngày', to: 'Đến ngày', show: 'Xem',
      month: 'Tháng này', lastMonth: 'Tháng trước', group: 'Nhóm', indicator: 'Chỉ số', formula: 'Công thức',
      counts: 'Tử số / mẫu số', value: 'Giá trị', target: 'Mục tiêu', met: 'Đạt', yes: 'Đạt', no: 'Chưa đạt',
      noData: 'Không có dữ liệu', provincial: 'Chỉ số cần hệ thống của tỉnh',
      why: 'Vì sao trung tâm không tự tính được', asOf: 'Hồ sơ tiếp nhận từ {from} đến {to}; số liệu đến {at}.',
      basis: 'Căn cứ: {source}. Giá trị tính từ các hồ sơ nộp tại ki-ốt, ngày hẹn trả (ngày làm việc), kho dữ liệu công dân và đánh giá tại quầy; mục tiêu do trung tâm cấu hình.',
      downloading: 'Đang tải…', downloaded: 'Đã tải' },
    en: { title: 'Service indicators for citizens and businesses', back: 'Dashboard', lang: 'Tiếng Việt',
      needLogin: 'Log in on the centre dashboard, then open this page again.',
      computed: 'Indicators the centre computes from its own data', from: 'From', to: 'To', show: 'Show',
      month: 'This month', lastMonth: 'Last month', group: 'Group', indicator: 'Indicator', formula: 'Formula',
      counts: 'Numerator / denominator', value: 'Value', target: 'Target', met: 'Met', yes: 'Met', no: 'Not met',
      noData: 'No data', provincial: 'Indicators that need the provincial system',
      why: 'Why the centre cannot compute it', asOf: 'Dossiers received from {from} to {to}; data as of {at}.',
      basis: 'Source: {source}. Computed from the dossiers submitted at the kiosk, their due dates (working days), the citizen document store and the counter ratings; targets are the centre\'s settings.',
      downloading: 'Downloading…', downloaded: 'Downloaded' },
  };
  let lang = localStorage.getItem('manager.lang') || 'vi';
  const token = sessionStorage.getItem('manager.token');
  let report = null;
  const t = (k) => T[lang][k] || k;
  const pick = (o, field) => o[field + (lang === 'vi' ? 'Vi' : 'En')];
  const pct = (v) => (v === null || v === undefined ? '–'
    : (v * 100).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 1 }) + ' %');

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  async function call(path) {
    const r = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
    if (r.status === 401 || r.status === 403) { showLogin(); throw new Error(String(r.status)); }
    if (!r.ok) {
      const body = await r.json().catch(() => null);
      throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
    }
    return r;
  }

  function showLogin() {
    $('need-login').hidden = false;
    $('report').hidden = true;
    $('provincial-panel').hidden = true;
  }

  const iso = (d) => d.getFullYear() + '-' + String(d.getMonth() + 1).padStart(2, '0') + '-' + String(d.getDate()).padStart(2, '0');
  function month(offset) {
    const now = new Date();
    const first = new Date(now.getFullYear(), now.getMonth() + offset, 1);
    const last = offset === 0 ? now : new Date(now.getFullYear(), now.getMonth() + offset + 1, 0);
    $('from').value = iso(first);
    $('to').value = iso(last);
  }
  const query = () => new URLSearchParams({ from: $('from').value, to: $('to').value });

  async function load() {
    try {
      report = await (await call('/api/v1/reports/indicators?' + query())).json();
      $('error').textContent = '';
      render();
    } catch (e) {
      if (e.message !== '401' && e.message !== '403') $('error').textContent = e.message;
    }
  }

  function render() {
    $('centre-name').textContent = report.centreName;
    $('basis').textContent = t('basis').replace('{source}', report.source);
    $('as-of').textContent = t('asOf').replace('{from}', report.from).replace('{to}', report.to)
      .replace('{at}', report.asOf.substring(0, 16).replace('T', ' '));
    $('rows').replaceChildren(...report.indicators.map((i) => {
      const tr = el('tr');
      tr.dataset.code = i.code;
      const verdict = i.met === null ? t('noData') : i.met ? t('yes') : t('no');
      tr.append(el('td', pick(i, 'group'), 'text'), el('th', pick(i, 'name'), 'text'),
        el('td', pick(i, 'formula'), 'text formula'), el('td', i.numerator + ' / ' + i.denominator),
        el('td', pct(i.value), 'value'), el('td', (i.higherIsBetter ? '≥ ' : '≤ ') + pct(i.target)),
        el('td', verdict, i.met === null ? 'nodata' : i.met ? 'met' : 'miss'));
      tr.children[1].scope = 'row';
      return tr;
    }));
    $('provincial').replaceChildren(...report.provincial.map((p) => {
      const tr = el('tr');
      tr.append(el('td', pick(p, 'group'), 'text'), el('td', pick(p, 'name'), 'text'), el('td', pick(p, 'why'), 'text'));
      return tr;
    }));
  }

  function translate() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-i18n]').forEach((e) => { e.textContent = t(e.dataset.i18n); });
    $('lang').textContent = t('lang');
    if (report) render();
  }

  $('lang').addEventListener('click', () => { lang = lang === 'vi' ? 'en' : 'vi'; localStorage.setItem('manager.lang', lang); translate(); });
  $('filters').addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
  $('r-month').addEventListener('click', () => { month(0); load(); });
  $('r-last').addEventListener('click', () => { month(-1); load(); });
  $('xlsx').addEventListener('click', async () => {
    $('status').textContent = t('downloading');
    try {
      const p = query();
      p.set('format', 'xlsx');
      const r = await call('/api/v1/reports/indicators?' + p);
      $('status').textContent = t('downloaded') + ': ' + await window.saveDownload(r, 'chi-so-766.xlsx');
    } catch (e) {
      $('status').textContent = e.message;
    }
  });

  translate();
  if (!token) {
    showLogin();
  } else {
    $('report').hidden = false;
    $('provincial-panel').hidden = false;
    month(0);
    load();
  }
}());
