// The counter's waiting list (numbers, categories, booked slots, minutes waited coloured against the target)
// and the visits set aside ("chờ bổ sung") with a call-back button. Numbers only: no personal data here.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const T = {
    vi: { min: 'phút', ok: 'trong mục tiêu', near: 'sắp quá mục tiêu', over: 'quá mục tiêu', next: 'gọi tiếp theo',
      callBack: 'Gọi lại', calledBack: 'Đã gọi lại', nobody: 'Không có ai chờ', none: 'Không có', then: 'sau đó' },
    en: { min: 'min', ok: 'within target', near: 'near the target', over: 'past the target', next: 'called next',
      callBack: 'Call back', calledBack: 'Called back', nobody: 'Nobody is waiting', none: 'None', then: 'then' },
  };
  let lang = 'vi';
  let counter = null;
  let busy = false;
  const t = (k) => T[lang][k] || k;
  const hhmm = (iso) => (iso ? iso.substring(11, 16) : '–');

  function cell(text, cls) {
    const td = document.createElement('td');
    td.textContent = text;
    if (cls) td.className = cls;
    return td;
  }

  function empty(tbody, text, columns) {
    const tr = document.createElement('tr');
    const td = cell(text);
    td.colSpan = columns;
    tr.appendChild(td);
    tbody.replaceChildren(tr);
  }

  function waitingRow(w) {
    const tr = document.createElement('tr');
    tr.dataset.ticket = String(w.id);
    tr.className = 'wait-' + w.level + (w.next ? ' next' : '');
    const number = cell(w.number + (w.next ? ' ▶' : ''), 'num');
    if (w.next) number.title = t('next');
    const later = w.laterServices && w.laterServices.length ? ' (' + t('then') + ' ' + w.laterServices.join(', ') + ')' : '';
    tr.append(number, cell(w.service + later), cell(window.officerApi.label(w.category)), cell(w.slot ? hhmm(w.slot) : '–'),
      cell(Math.floor(w.waitedMinutes) + ' ' + t('min') + ' · ' + t(w.level), 'waited'));
    return tr;
  }

  function asideRow(w) {
    const tr = document.createElement('tr');
    tr.dataset.ticket = String(w.id);
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'call-back';
    button.textContent = t('callBack') + ' ' + w.number;
    button.disabled = busy;
    button.addEventListener('click', async () => {
      try {
        const r = await window.officerApi.call('POST', '/api/v1/tickets/' + w.id + '/call-back');
        window.officerApi.say(t('calledBack') + ' ' + r.data.number);
      } catch (e) {
        window.officerApi.say(e.message, true);
      }
      window.officerApi.refresh();
    });
    const action = document.createElement('td');
    action.appendChild(button);
    tr.append(cell(w.number, 'num'), cell(w.service), cell(hhmm(w.asideSince)), action);
    return tr;
  }

  async function load() {
    if (!counter) return;
    try {
      const desk = (await window.officerApi.call('GET', '/api/v1/counters/' + counter + '/waiting')).data;
      const list = $('queue-list');
      if (desk.waiting.length) list.replaceChildren(...desk.waiting.map(waitingRow)); else empty(list, t('nobody'), 5);
      const aside = $('aside-list');
      if (desk.aside.length) aside.replaceChildren(...desk.aside.map(asideRow)); else empty(aside, t('none'), 4);
    } catch (e) {
      $('offline').hidden = false;
    }
  }

  document.addEventListener('officer:queue', (e) => {
    counter = e.detail.counter;
    lang = e.detail.lang;
    busy = e.detail.busy;
    load();
  });
}());
