// The dossier behind the ticket being served: what the citizen declared and handed in at the kiosk, so
// the officer verifies instead of typing. Shown only for tickets that came from a kiosk submission.
(function () {
  const $ = (id) => document.getElementById(id);
  const SOURCES = { REUSE: 'Đã có trong kho dữ liệu, không cần nộp lại', UPLOAD: 'Chụp tại ki-ốt',
    PAPER: 'Nộp bản giấy tại quầy', DECLARATION: 'Tờ khai điền tại ki-ốt' };
  // where the applicant's identity came from: the officer knows how far to trust the pre-filled fields, and
  // anything but a verified chip or the card's QR is to be checked against the card at the counter
  const IDENTITY = { CHIP_VERIFIED: ['Chip (đã xác thực)', 'chip (verified)'],
    CHIP_UNVERIFIED: ['Chip (chưa xác thực)', 'chip (not verified)'], QR: ['Mã QR', 'QR code'],
    OCR: ['OCR (ảnh mặt trước thẻ)', 'OCR (photo of the card)'], TYPED: ['Nhập tay', 'typed'] };
  const TO_CHECK = new Set(['CHIP_UNVERIFIED', 'OCR', 'TYPED']);
  let shownTicket = null;

  function identitySource(source) {
    const [vi, en] = IDENTITY[source] || ['Không rõ (ki-ốt cũ)', 'unknown (older kiosk)'];
    const check = !IDENTITY[source] || TO_CHECK.has(source);
    const p = $('dossier-identity');
    p.textContent = `Nguồn danh tính: ${vi} / Identity source: ${en}`
      + (check ? ' · Đối chiếu với thẻ tại quầy / check against the card' : '');
    p.classList.toggle('check', check);
    p.dataset.source = source || '';
  }

  function mask(value) {
    return /^\d{12}$/.test(value) ? '********' + value.slice(8) : value;
  }

  function row(label, value) {
    const tr = document.createElement('tr');
    const th = document.createElement('th');
    th.textContent = label;
    const td = document.createElement('td');
    td.textContent = value;
    tr.append(th, td);
    return tr;
  }

  async function showFile(li, code, position) {
    const r = await fetch(`/api/v1/dossiers/${encodeURIComponent(code)}/documents/${position}`,
      { headers: { authorization: 'Bearer ' + window.officerApi.token() } });
    if (!r.ok) return;
    const blob = await r.blob();
    const reader = new FileReader();
    reader.onload = () => {
      const img = document.createElement('img');
      img.src = reader.result; // a data: URL, which the page's CSP allows
      img.alt = 'Ảnh giấy tờ ' + position;
      li.append(img);
    };
    reader.readAsDataURL(blob);
  }

  /** The procedure's form labels, so the declaration reads as the paper form does. */
  async function labels(code) {
    try {
      const p = (await window.officerApi.call('GET', '/api/v1/procedures/' + encodeURIComponent(code))).data;
      return Object.fromEntries((p.fields || []).map((f) => [f.key, f.labelVi]));
    } catch (err) {
      return {};
    }
  }

  function render(d, fieldLabels) {
    $('dossier-code').textContent = d.code;
    $('dossier-status').textContent = d.statusVi || d.status;
    $('dossier-procedure').textContent = (d.procedure.code || '') + ' · ' + (d.procedure.nameVi || '');
    identitySource(d.identitySource);
    $('dossier-due').textContent = 'Hẹn trả: ' + new Date(d.dueAt).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
    const declaration = $('dossier-declaration');
    declaration.replaceChildren(row('Người nộp', (d.applicantName || '') + ' (' + (d.applicantMasked || '') + ')'));
    for (const [code, value] of Object.entries(d.declaration || {})) {
      declaration.append(row(fieldLabels[code] || code, mask(String(value))));
    }
    const docs = $('dossier-documents');
    docs.replaceChildren();
    for (const doc of d.documents || []) {
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.textContent = doc.nameVi;
      const source = document.createElement('span');
      source.textContent = SOURCES[doc.source] || doc.source;
      if (doc.source === 'REUSE') source.className = 'held';
      li.append(name, source);
      docs.append(li);
      if (doc.hasFile) showFile(li, d.code, doc.position);
    }
    $('dossier-panel').hidden = false;
  }

  document.addEventListener('officer:current', async (e) => {
    const ticket = e.detail.ticket;
    if (!ticket) {
      shownTicket = null;
      $('dossier-panel').hidden = true;
      return;
    }
    if (shownTicket === ticket.id) return;
    shownTicket = ticket.id;
    try {
      const d = (await window.officerApi.call('GET', '/api/v1/dossiers/by-ticket/' + ticket.id)).data;
      render(d, await labels(d.procedure.code));
    } catch (err) {
      $('dossier-panel').hidden = true; // a ticket taken without a dossier
    }
  });

  document.querySelectorAll('#dossier-panel [data-status]').forEach((button) => {
    button.addEventListener('click', async () => {
      const code = $('dossier-code').textContent;
      try {
        const d = (await window.officerApi.call('POST', `/api/v1/dossiers/${encodeURIComponent(code)}/status`,
          { status: button.dataset.status })).data;
        render(d, await labels(d.procedure.code));
      } catch (err) {
        $('message').textContent = err.message;
      }
    });
  });
})();
