// The phone page behind a ticket's QR code: polls the ticket and listens to the event stream so the
// citizen sees the call at once. All server text goes in with textContent.
(function () {
  'use strict';
  const id = Number(location.pathname.split('/').pop());
  const $ = (x) => document.getElementById(x);
  const STATES = {
    WAITING: 'Đang chờ / Waiting',
    SERVING: 'Đang được phục vụ / Being served',
    DONE: 'Đã phục vụ xong. Cảm ơn! / Done. Thank you!',
    NO_SHOW: 'Đã qua lượt (vắng mặt). Vui lòng liên hệ quầy. / Missed your turn; please see the counter.',
    TRANSFERRED: 'Đã chuyển sang dịch vụ khác / Transferred to another service',
    CANCELLED: 'Số đã huỷ / Cancelled',
    EXPIRED: 'Số đã hết hạn / Expired',
  };
  let services = {};
  let alerted = null; // the call already signalled: a refresh must not buzz again for the same call

  /** Tells a deaf or distracted visitor they are called: vibration, a flashing screen, a notification. */
  function signalCall(t) {
    const key = t.id + '@' + t.counter + '@' + (t.calledAt || t.recalls || '');
    if (alerted === key) return;
    alerted = key;
    if (navigator.vibrate) navigator.vibrate([400, 200, 400, 200, 400]);
    document.body.classList.remove('called-flash');
    void document.body.offsetWidth; // restart the flash for a recall
    document.body.classList.add('called-flash');
    window.__calledSignals = (window.__calledSignals || 0) + 1;
    if ('Notification' in window && Notification.permission === 'granted') {
      try {
        new Notification('Đến lượt quý khách / Your turn', { body: 'Mời số ' + t.number + ' đến quầy số ' + t.counter, tag: 'ticket-call' });
      } catch (e) { /* some phones allow notifications only from a service worker */ }
    }
  }

  function render(t) {
    $('number').textContent = t.number;
    const s = services[t.service];
    $('service').textContent = s ? s.nameVi + ' / ' + s.nameEn : t.service;
    const status = $('status');
    status.className = 'status';
    if (t.state === 'CALLED') {
      status.textContent = 'Mời số ' + t.number + ' đến quầy số ' + t.counter + ' / Please go to counter ' + t.counter;
      status.classList.add('called');
      signalCall(t);
    } else {
      status.textContent = STATES[t.state] || t.state;
      if (t.state !== 'WAITING' && t.state !== 'SERVING') status.classList.add('over');
    }
    $('ahead').textContent = t.ahead == null ? '–' : String(t.ahead);
    const r = t.estimatedWaitRange;
    $('wait').textContent = t.estimatedWaitMinutes == null ? '–'
      : t.estimatedWaitMinutes <= 0 ? 'Sắp đến lượt / Coming up'
        : '≈ ' + t.estimatedWaitMinutes + ' phút / min' + (r && r.high > r.low ? ' (' + r.low + '–' + r.high + ')' : '');
  }

  const minutes = (n) => n + ' phút / min';
  const serviceName = (code) => (services[code] ? services[code].nameVi + ' / ' + services[code].nameEn : code);

  /** Each service's wait and the visit's total; for one service, the total alone. */
  function renderVisit(v) {
    if (!v) return;
    const several = v.services.length + v.toCome.length > 1;
    $('visit-legs').replaceChildren(...(several ? v.services.map((leg) => {
      const li = document.createElement('li');
      li.textContent = serviceName(leg.service) + ': ' + minutes(leg.waitedMinutes)
        + (leg.waiting ? ' (đang chờ / waiting)' : '');
      return li;
    }) : []));
    $('visit-legs').hidden = !several;
    $('visit-next').hidden = v.toCome.length === 0;
    $('visit-next').textContent = 'Tiếp theo / Next: ' + v.toCome.map(serviceName).join(', ');
    $('visit-total').textContent = minutes(v.totalWaitMinutes);
    $('visit').hidden = false;
  }

  async function refresh() {
    try {
      const r = await fetch('/api/v1/tickets/' + id);
      if (r.status === 404) { $('status').textContent = 'Không tìm thấy số / Ticket not found'; return; }
      let t = await r.json();
      // the printed QR names the visit's first service; once done there, the same number waits for the next one
      if (t.visit && t.visit.currentTicketId !== t.id) {
        const next = await fetch('/api/v1/tickets/' + t.visit.currentTicketId);
        if (next.ok) t = await next.json();
      }
      render(t);
      renderVisit(t.visit);
      $('offline').hidden = true;
    } catch (e) {
      $('offline').hidden = false;
    }
  }

  /** Notifications need a tap to ask for (browsers refuse a request made without one). */
  function offerNotifications() {
    const b = $('notify');
    if (!('Notification' in window) || Notification.permission !== 'default') return;
    b.hidden = false;
    b.addEventListener('click', async () => {
      try { await Notification.requestPermission(); } catch (e) { /* refused */ }
      b.hidden = true;
    });
  }

  async function start() {
    offerNotifications();
    if (!Number.isInteger(id) || id <= 0) { $('status').textContent = 'Mã số không hợp lệ / Invalid ticket'; return; }
    try {
      const list = await (await fetch('/api/v1/services')).json();
      list.forEach((s) => { services[s.code] = s; });
    } catch (e) { /* names are a nicety; the number matters */ }
    await refresh();
    const events = new EventSource('/api/v1/events');
    events.onmessage = refresh;
    ['ticket.called', 'ticket.recalled', 'ticket.started', 'ticket.finished', 'ticket.no_show',
      'ticket.transferred', 'ticket.cancelled', 'ticket.reinstated'].forEach((type) =>
      events.addEventListener(type, refresh));
    events.onerror = () => { $('offline').hidden = false; };
    events.onopen = () => { $('offline').hidden = true; refresh(); };
    setInterval(refresh, 30000);
  }
  start();
})();
