// Every call from the touch UI to the kiosk process goes through here, so a header the local API
// requires (a per-boot secret, say) is added in one place.

/** Calls /local/...; resolves to { ok, status, data } and never throws on an HTTP error status. */
export async function local(method, path, body) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.headers['Content-Type'] = 'application/json';
    init.body = JSON.stringify(body);
  }
  const r = await fetch(path, init);
  const text = await r.text();
  let data = null;
  try { data = text ? JSON.parse(text) : null; } catch { data = { error: { message: text } }; }
  return { ok: r.ok, status: r.status, data };
}

/** Like local(), but an error status throws with the server's message. */
export async function localJson(method, path, body) {
  const r = await local(method, path, body);
  if (!r.ok) throw new Error(r.data?.error?.message || `HTTP ${r.status}`);
  return r.data;
}

/** The URL the audio element plays for one prompt key. */
export function voiceUrl(key, lang) {
  return '/local/voice/say.wav?' + new URLSearchParams({ key, lang }).toString();
}
