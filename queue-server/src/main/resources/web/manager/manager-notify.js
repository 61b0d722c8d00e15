// The notifier's settings on the manager page: the SMS gateway and webhook for citizens' call-backs and the
// manager's phone for the live view's alerts, saved whole with PUT /api/v1/notify/settings. The server never
// sends a password or token back: it shows "********", and a form saved with that placeholder keeps the secret.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const value = (id) => $(id).value.trim() || null;
  const kinds = () => [...document.querySelectorAll('input[name=ntf-kind]')];

  function fill(s) {
    $('ntf-sms-url').value = s.sms?.url || '';
    $('ntf-sms-user').value = s.sms?.username || '';
    $('ntf-sms-pass').value = s.sms?.password || '';
    $('ntf-sms-soon').value = s.sms?.soonTemplate || '';
    $('ntf-sms-called').value = s.sms?.calledTemplate || '';
    $('ntf-hook-url').value = s.webhook?.url || '';
    $('ntf-hook-token').value = s.webhook?.token || '';
    $('ntf-ahead').value = s.aheadThreshold;
    $('ntf-attempts').value = s.maxAttempts;
    $('ntf-backoff').value = s.backoffSeconds;
    $('ntf-mgr-phone').value = s.manager?.phone || '';
    const chosen = s.manager?.kinds || ['wait', 'queue', 'device'];
    kinds().forEach((k) => { k.checked = chosen.includes(k.value); });
    $('ntf-interval').value = s.manager?.intervalMinutes || 10;
  }

  /** A channel left without its address is off: the whole part is sent as null. */
  function body() {
    return {
      sms: value('ntf-sms-url') ? { url: value('ntf-sms-url'), username: value('ntf-sms-user'), password: value('ntf-sms-pass'),
        soonTemplate: value('ntf-sms-soon'), calledTemplate: value('ntf-sms-called') } : null,
      webhook: value('ntf-hook-url') ? { url: value('ntf-hook-url'), token: value('ntf-hook-token') } : null,
      aheadThreshold: Number($('ntf-ahead').value),
      maxAttempts: Number($('ntf-attempts').value),
      backoffSeconds: Number($('ntf-backoff').value),
      manager: value('ntf-mgr-phone') ? { phone: value('ntf-mgr-phone'),
        kinds: kinds().filter((k) => k.checked).map((k) => k.value), intervalMinutes: Number($('ntf-interval').value) || null } : null,
    };
  }

  async function load() {
    fill(await (await window.managerApi.call('/api/v1/notify/settings')).json());
  }

  $('ntf-form').addEventListener('submit', async (ev) => {
    ev.preventDefault();
    try {
      fill(await (await window.managerApi.call('/api/v1/notify/settings', { method: 'PUT', body: JSON.stringify(body()) })).json());
      $('ntf-status').textContent = 'Đã lưu / Saved';
    } catch (e) {
      $('ntf-status').textContent = e.message;
      await load(); // what the server holds, not the refused edit
    }
  });
  document.addEventListener('manager:live', function once() {
    document.removeEventListener('manager:live', once);
    load().catch((e) => { $('ntf-status').textContent = e.message; });
  });
}());
