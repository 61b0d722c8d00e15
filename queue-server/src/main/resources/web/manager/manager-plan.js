// Wait-estimate accuracy and staffing advice on the manager page (issue 18). Bilingual labels in place;
// every value from the server goes in with textContent.
(() => {
  const $ = (id) => document.getElementById(id);
  const DAYS = ['', 'Thứ Hai / Mon', 'Thứ Ba / Tue', 'Thứ Tư / Wed', 'Thứ Năm / Thu', 'Thứ Sáu / Fri', 'Thứ Bảy / Sat', 'Chủ nhật / Sun'];
  const dec = (v, d = 1) => (v === null || v === undefined ? '–'
    : Number(v).toLocaleString('vi-VN', { minimumFractionDigits: d, maximumFractionDigits: d }));
  const pct = (v) => (v === null || v === undefined ? '–' : dec(v * 100, 1) + ' %');

  function el(tag, text, cls) {
    const e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }

  async function get(path) {
    const token = sessionStorage.getItem('manager.token');
    if (!token) return null;
    const r = await fetch(path, { headers: { authorization: 'Bearer ' + token } });
    if (!r.ok) {
      const body = await r.json().catch(() => null);
      throw new Error(body && body.error ? body.error.message : 'HTTP ' + r.status);
    }
    return r.json();
  }

  function head(id, labels) {
    const tr = el('tr');
    labels.forEach((h) => tr.append(el('th', h)));
    $(id).replaceChildren(tr);
  }

  async function loadAccuracy(from, to) {
    const q = new URLSearchParams();
    if (from) q.set('from', from);
    if (to) q.set('to', to);
    const a = await get('/api/v1/reports/wait-accuracy?' + q);
    if (!a) return;
    head('acc-head', ['Kỳ / Period', 'Số phiếu / Tickets', 'Sai số TB (phút) / MAE (min)', 'Trong ±5 phút / Within ±5 min',
      'Trong khoảng in trên phiếu / Inside the range', 'Ước tính đơn giản: sai số TB / Naive MAE', 'Đơn giản: trong ±5 phút / Naive within ±5']);
    const row = (label, f) => {
      const tr = el('tr');
      tr.append(el('td', label + (f.from === f.to ? ' (' + f.from + ')' : ' (' + f.from + ' → ' + f.to + ')')),
        el('td', String(f.tickets)), el('td', dec(f.mae, 2)), el('td', pct(f.within5)), el('td', pct(f.insideRange)),
        el('td', dec(f.naiveMae, 2)), el('td', pct(f.naiveWithin5)));
      return tr;
    };
    $('acc-body').replaceChildren(row('Hôm qua / Yesterday', a.yesterday), row('Kỳ báo cáo / Period', a.period));
  }

  async function loadStaffing() {
    const q = new URLSearchParams({ target: $('st-target').value, level: $('st-level').value,
      arrivals: $('st-arrivals').value, service: $('st-service').value, weekday: $('st-weekday').value });
    const p = await get('/api/v1/staffing?' + q);
    if (!p) return;
    $('st-basis').textContent = 'Dữ liệu ' + p.from + ' → ' + p.to + ': thời gian tại quầy TB ' + dec(p.meanServiceMinutes, 1)
      + ' phút, vắng mặt ' + pct(p.noShowShare) + ', chờ TB thực tế ' + dec(p.observedMeanWaitMinutes, 1) + ' phút. '
      + 'Ô: số quầy · chờ TB Erlang C (phút) · Erlang A (vắng mặt = bỏ về). / Cells: counters · Erlang C mean wait · Erlang A.';
    const hours = [...new Set(p.cells.map((c) => c.hour))].sort((a, b) => a - b);
    const days = [...new Set(p.cells.map((c) => c.weekday))].sort((a, b) => a - b);
    head('st-head', ['Thứ / Day'].concat(hours.map((h) => h + 'h')));
    $('st-body').replaceChildren(...days.map((d) => {
      const tr = el('tr');
      tr.append(el('th', DAYS[d]));
      hours.forEach((h) => {
        const c = p.cells.find((x) => x.weekday === d && x.hour === h);
        const td = el('td', null, 'staff-cell');
        if (c) {
          td.append(el('strong', String(c.counters)), el('br'), el('small', dec(c.expectedWaitMinutes, 1) + "'"
            + (c.erlangAWaitMinutes === null ? '' : ' · A ' + dec(c.erlangAWaitMinutes, 1) + "'")));
          td.title = dec(c.arrivalsPerHour, 1) + ' lượt/giờ, P(chờ ≤ mục tiêu) ' + pct(c.probabilityWithinTarget)
            + ', tải ' + pct(c.utilisation);
        }
        tr.append(td);
      });
      return tr;
    }));
    $('st-check-note').textContent = DAYS[p.check.weekday] + ', ' + p.check.days + ' ngày mô phỏng / simulated days';
    head('st-check-head', ['Giờ / Hour', 'Chờ TB mô phỏng (phút) / Simulated mean wait', 'Tỷ lệ chờ ≤ mục tiêu / Within target']);
    $('st-check-body').replaceChildren(...p.check.hours.map((h) => {
      const tr = el('tr');
      tr.append(el('td', h[0] + 'h'), el('td', dec(h[1], 1)),
        el('td', pct(h[2]), h[2] >= p.serviceLevel ? 'met' : 'miss'));
      return tr;
    }));
  }

  function showError(e) {
    if ($('error')) $('error').textContent = e.message;
  }

  document.addEventListener('summary-loaded', (ev) => {
    loadAccuracy(ev.detail.from, ev.detail.to).catch(showError);
    if (!$('st-body').children.length) loadStaffing().catch(showError);
  });
  $('staff-form').addEventListener('submit', (ev) => { ev.preventDefault(); loadStaffing().catch(showError); });
})();
