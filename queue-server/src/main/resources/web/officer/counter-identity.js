// The citizen's identity typed by the officer at the counter, for the ticket being served, when no card
// can be read: the server checks it with the kiosk's typed-identity rules and keeps it as "typed by
// officer"; the page shows it back with the number masked and clears the form, so the whole number does
// not stay in the page.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const FIELDS = { number: 'số định danh / number', sex: 'giới tính / sex' };
  let ticketId = null;

  const fromDay = (text) => {
    const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
    return m ? `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}` : text.trim();
  };
  const toDay = (iso) => (/^\d{4}-\d{2}-\d{2}$/.test(iso || '') ? iso.split('-').reverse().join('/') : iso || '');

  function show(identity) {
    const p = $('identity-shown');
    if (!identity) {
      p.textContent = 'Chưa có danh tính nhập tại quầy / No identity typed at the counter';
      p.classList.remove('check');
      return;
    }
    const check = identity.toCheck.map((f) => FIELDS[f] || f);
    p.textContent = `${identity.name} (${identity.numberMasked}) · ${toDay(identity.dateOfBirth)} · ${identity.sex}`
      + ' · Nguồn danh tính: Nhập tay bởi cán bộ / Identity source: typed by officer'
      + ' · Đối chiếu với giấy tờ / check against the papers'
      + (check.length ? ` · Cần kiểm tra / to check: ${check.join(', ')}` : '');
    p.classList.add('check');
  }

  function closeForm() {
    $('identity-form').reset();
    $('identity-form').hidden = true;
    $('identity-msg').textContent = '';
    $('identity-open').hidden = false;
  }

  document.addEventListener('officer:current', async (e) => {
    const ticket = e.detail.ticket;
    if (!ticket) {
      ticketId = null;
      closeForm();
      $('identity-panel').hidden = true;
      return;
    }
    if (ticketId === ticket.id) return;
    ticketId = ticket.id;
    closeForm();
    $('identity-panel').hidden = false;
    try {
      show((await window.officerApi.call('GET', `/api/v1/tickets/${ticket.id}/identity`)).data);
    } catch (err) {
      show(null); // nothing typed for this ticket yet
    }
  });

  $('identity-open').addEventListener('click', () => {
    $('identity-form').hidden = false;
    $('identity-open').hidden = true;
    $('identity-form').elements.number.focus();
  });
  $('identity-cancel').addEventListener('click', closeForm);
  $('identity-form').addEventListener('submit', async (e) => {
    e.preventDefault();
    const form = $('identity-form');
    const value = (name) => form.elements[name].value.trim();
    try {
      const r = await window.officerApi.call('POST', `/api/v1/tickets/${ticketId}/identity`, {
        number: value('number'), name: value('name'), dateOfBirth: fromDay(value('dateOfBirth')),
        sex: form.querySelector('input[name=sex]:checked')?.value || '', address: value('address') || null });
      closeForm(); // accepted: the typed number leaves the page
      show(r.data);
    } catch (err) {
      $('identity-msg').textContent = err.message;
    }
  });
})();
