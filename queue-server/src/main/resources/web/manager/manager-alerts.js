// Alerts on the live view: repeats grouped (×N), "Đã xử lý" by whom and when, and the service-level limits
// that raise the service alerts. Every string from the server is set with textContent.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const T = {
    vi: { ack: 'Đã xử lý', acked: 'Đã xử lý bởi', at: 'lúc', times: 'lần', saved: 'Đã lưu', cleared: 'đã hết' },
    en: { ack: 'Handled', acked: 'Handled by', at: 'at', times: 'times', saved: 'Saved', cleared: 'cleared' },
  };
  let lang = 'vi';
  let services = [];
  const t = (k) => T[lang][k] || k;
  const hhmm = (iso) => (iso ? iso.substring(11, 16) : '');

  function alertItem(a) {
    const li = document.createElement('li');
    li.className = 'alert-' + a.kind + (a.ackedBy ? ' acked' : '');
    li.dataset.alert = String(a.id);
    const text = document.createElement('span');
    text.textContent = (lang === 'vi' ? a.messageVi : a.messageEn) + (a.repeats > 1 ? ' ×' + a.repeats : '')
      + (a.resolved && a.kind !== 'help' ? ' (' + t('cleared') + ')' : '');
    li.appendChild(text);
    if (a.ackedBy) {
      const who = document.createElement('small');
      who.className = 'ack-by';
      who.textContent = ' — ' + t('acked') + ' ' + a.ackedBy + ' ' + t('at') + ' ' + hhmm(a.ackedAt);
      li.appendChild(who);
    } else {
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'ack';
      b.textContent = t('ack');
      b.setAttribute('aria-label', t('ack') + ': ' + text.textContent);
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          await window.managerApi.call('/api/v1/alerts/' + a.id + '/ack', { method: 'POST' });
        } catch (e) {
          $('error').textContent = e.message;
        }
        window.managerApi.reload();
      });
      li.appendChild(b);
    }
    return li;
  }

  function input(value, placeholder, label) {
    const i = document.createElement('input');
    i.type = 'number';
    i.min = '1';
    i.value = value === null || value === undefined ? '' : String(value);
    i.placeholder = placeholder;
    i.setAttribute('aria-label', label);
    return i;
  }

  async function loadLimits() {
    const limits = await (await window.managerApi.call('/api/v1/alerts/limits')).json();
    $('limits-body').replaceChildren(...limits.map((l) => {
      const s = services.find((x) => x.code === l.service);
      const name = l.service + (s ? ' · ' + (lang === 'vi' ? s.nameVi : s.nameEn) : '');
      const tr = document.createElement('tr');
      tr.dataset.service = l.service;
      const th = document.createElement('td');
      th.textContent = name;
      const wait = document.createElement('td');
      wait.appendChild(input(l.waitIsTarget ? null : l.maxWaitMinutes, String(l.maxWaitMinutes), name + ': max wait'));
      const queue = document.createElement('td');
      queue.appendChild(input(l.maxQueue, '–', name + ': max queue'));
      tr.append(th, wait, queue);
      return tr;
    }));
  }

  $('limits').addEventListener('toggle', () => { if ($('limits').open) loadLimits().catch((e) => { $('limits-status').textContent = e.message; }); });
  $('limits-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    const value = (i) => (i.value === '' ? null : Number(i.value));
    const body = [...$('limits-body').querySelectorAll('tr')].map((tr) => {
      const [wait, queue] = tr.querySelectorAll('input');
      return { service: tr.dataset.service, maxWaitMinutes: value(wait), maxQueue: value(queue) };
    });
    try {
      await window.managerApi.call('/api/v1/alerts/limits', { method: 'PUT', body: JSON.stringify(body) });
      $('limits-status').textContent = t('saved');
      window.managerApi.reload();
    } catch (e) {
      $('limits-status').textContent = e.message;
    }
  });

  document.addEventListener('manager:live', (e) => {
    lang = e.detail.lang;
    services = e.detail.live.services;
    $('alerts').replaceChildren(...e.detail.live.alerts.map(alertItem));
  });
}());
