// The centre's calendar on the manager's settings: closed days (public holidays, Tết, closures) and make-up
// working days, saved whole with PUT /api/v1/calendar; the server refuses a day listed both ways.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  let calendar = { closed: [], makeUpDays: [] };
  const WEEKDAYS = ['CN', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7'];
  const label = (iso) => { const d = new Date(iso + 'T00:00:00'); return WEEKDAYS[d.getDay()] + ' ' + iso; };

  function cell(text) {
    const td = document.createElement('td');
    td.textContent = text;
    td.className = 'text';
    return td;
  }

  function render() {
    const rows = [
      ...calendar.closed.map((d) => ({ date: d.date, kind: 'Ngày nghỉ / Closed', reason: [d.reasonVi, d.reasonEn].filter(Boolean).join(' / '),
        remove: () => { calendar.closed = calendar.closed.filter((x) => x.date !== d.date); } })),
      ...calendar.makeUpDays.map((d) => ({ date: d, kind: 'Làm bù / Make-up day', reason: '',
        remove: () => { calendar.makeUpDays = calendar.makeUpDays.filter((x) => x !== d); } })),
    ].sort((a, b) => a.date.localeCompare(b.date));
    $('cal-body').replaceChildren(...rows.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.date = r.date;
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = 'Xoá / Remove';
      b.setAttribute('aria-label', 'Xoá / Remove ' + r.date);
      b.addEventListener('click', async () => { r.remove(); await save(); });
      const td = document.createElement('td');
      td.appendChild(b);
      tr.append(cell(label(r.date)), cell(r.kind), cell(r.reason), td);
      return tr;
    }));
  }

  async function load() {
    calendar = await (await fetch('/api/v1/calendar')).json();
    render();
  }

  async function save() {
    try {
      calendar = await (await window.managerApi.call('/api/v1/calendar', { method: 'PUT', body: JSON.stringify(calendar) })).json();
      $('cal-status').textContent = 'Đã lưu / Saved';
    } catch (e) {
      $('cal-status').textContent = e.message;
      await load(); // what the server holds, not the refused edit
    }
    render();
  }

  $('cal-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const date = $('cal-date').value;
    if ($('cal-kind').value === 'makeup') {
      calendar.makeUpDays = [...calendar.makeUpDays.filter((d) => d !== date), date];
    } else {
      calendar.closed = [...calendar.closed.filter((d) => d.date !== date),
        { date, reasonVi: $('cal-reason-vi').value.trim() || null, reasonEn: $('cal-reason-en').value.trim() || null }];
    }
    await save();
  });
  document.addEventListener('manager:live', function once() {
    document.removeEventListener('manager:live', once);
    load().catch((e) => { $('cal-status').textContent = e.message; });
  });
}());
