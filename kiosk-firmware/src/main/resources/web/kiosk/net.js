// Every call from the touch UI to the kiosk process goes through here, so the header the local API
// requires is added in one place. The kiosk answers only its own page: every /local/ request carries
// this boot's key, which the kiosk wrote into this page's <meta name="kiosk-key"> (another page cannot
// read it), and every body is JSON.
const KEY = document.querySelector('meta[name="kiosk-key"]')?.content || '';

/** Calls /local/...; resolves to { ok, status, data } and never throws on an HTTP error status. */
export async function local(method, path, body) {
  const init = { method, headers: { 'X-Kiosk-Key': KEY } };
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

const streams = [];
/** The streams the kiosk has registered: it says so with a "listening" event, sent after it keeps the stream. */
const registered = new Set();

/**
 * `data-listening` on <html> says whether every event stream is registered with the kiosk: a scan sent before that
 * is lost. Not the stream's open: its headers arrive before the kiosk keeps it.
 */
function markListening() {
  document.documentElement.dataset.listening =
    streams.every((s) => s.readyState === EventSource.OPEN && registered.has(s)) ? 'yes' : 'no';
}

/** EventSource cannot send headers: the stream takes the kiosk key in its URL. */
export function localEvents(path) {
  const source = new EventSource(`${path}?key=${encodeURIComponent(KEY)}`);
  streams.push(source);
  source.addEventListener('listening', () => { registered.add(source); markListening(); });
  source.addEventListener('error', () => { registered.delete(source); markListening(); });
  markListening();
  return source;
}

/** The URL the audio element plays for one prompt key (an audio element cannot send headers either). */
export function voiceUrl(key, lang) {
  return '/local/voice/say.wav?' + new URLSearchParams({ key, lang, kioskKey: KEY }).toString();
}
