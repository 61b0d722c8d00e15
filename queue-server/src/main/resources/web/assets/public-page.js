// What the citizen's phone pages (/dat-lich, /tu-xa) share: element look-up and building, the error line, and
// the JSON call that turns the server's error body into the message shown. Text is always set with textContent.
export const $ = (id) => document.getElementById(id);

export function el(tag, text, attrs = {}) {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  Object.entries(attrs).forEach(([k, v]) => e.setAttribute(k, v));
  return e;
}

export function showError(message) {
  $('error').textContent = message || '';
  $('error').hidden = !message;
}

// The error's code rides along (e.code) for a page that acts on it, such as a slot taken meanwhile.
export async function api(method, path, body) {
  const r = await fetch(path, { method, headers: body ? { 'Content-Type': 'application/json' } : {},
    body: body ? JSON.stringify(body) : undefined });
  const data = r.status === 204 ? null : await r.json();
  if (!r.ok) {
    const e = new Error(data && data.error ? data.error.message : 'Lỗi ' + r.status);
    e.code = data && data.error ? data.error.code : null;
    throw e;
  }
  return data;
}
