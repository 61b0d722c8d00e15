// Phone page behind the receipt's QR: status and dates of one dossier, nothing personal.
const $ = (id) => document.getElementById(id);
const fmt = (iso, withTime) => new Intl.DateTimeFormat('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh', day: '2-digit',
  month: '2-digit', year: 'numeric', ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}) }).format(new Date(iso));

async function load() {
  const code = decodeURIComponent(location.pathname.split('/').pop());
  $('code').textContent = code;
  try {
    // k: the receipt QR's key; a code alone (they are sequential) opens nothing
    const k = new URLSearchParams(location.search).get('k') || '';
    const r = await fetch('/api/v1/dossiers/lookup/' + encodeURIComponent(code) + '?k=' + encodeURIComponent(k));
    const d = await r.json();
    if (!r.ok) throw new Error(d.error?.message || r.status);
    $('procedure').textContent = d.procedure.nameVi || d.procedure.code;
    $('status').textContent = d.statusVi;
    $('received').textContent = fmt(d.receivedAt, true);
    $('due').textContent = fmt(d.dueAt, false);
    $('collect').textContent = d.procedure.collectVi || '';
    $('history').replaceChildren(...d.history.map((h) => {
      const li = document.createElement('li');
      li.textContent = `${fmt(h.at, true)} — ${h.statusVi}`;
      return li;
    }));
  } catch (e) {
    $('error').hidden = false;
    $('error').textContent = `Không tìm thấy hồ sơ / dossier not found (${e.message})`;
  }
}
load();
setInterval(load, 60000);
