// Audio guidance: a spoken prompt for each screen and for the control that has the focus, read by the
// kiosk's own espeak-ng (offline). Only prompt keys go to the kiosk process; it turns a key into a
// sentence from its fixed list, so nothing a citizen typed or a card carried can ever be spoken.
import { local, voiceUrl } from './net.js';

const VOLUMES = [0.4, 0.6, 0.8, 1.0];

export function createGuide({ lang, caption }) {
  const audio = new Audio();
  const g = { on: false, volume: 2, last: null, texts: {}, spoken: [] };
  window.__spoken = g.spoken; // what was said, for the browser tests

  async function loadTexts() {
    try {
      const r = await local('GET', '/local/voice/prompts');
      if (r.ok) g.texts = r.data.prompts;
    } catch { /* captions are a nicety */ }
  }

  function say(key, { force = false } = {}) {
    if (!key || (!g.on && !force)) return;
    g.last = key;
    g.spoken.push(key);
    const text = g.texts[key]?.[lang()] ?? g.texts[key]?.vi;
    caption.textContent = text || '';
    caption.classList.toggle('hidden', !text);
    audio.pause();
    audio.src = voiceUrl(key, lang());
    audio.volume = VOLUMES[g.volume];
    audio.play().catch(() => { /* no speaker or autoplay refused: the caption still shows */ });
  }

  return {
    get on() { return g.on; },
    get volume() { return VOLUMES[g.volume]; },
    loadTexts,
    say,
    toggle(on = !g.on) {
      g.on = on;
      if (!on) { audio.pause(); caption.classList.add('hidden'); }
      return g.on;
    },
    repeat() { if (g.last) say(g.last, { force: true }); },
    louder() { g.volume = Math.min(VOLUMES.length - 1, g.volume + 1); audio.volume = VOLUMES[g.volume]; },
    quieter() { g.volume = Math.max(0, g.volume - 1); audio.volume = VOLUMES[g.volume]; },
    /** The prompt of a control: its data-say key, or one from its kind. */
    keyFor(el) {
      if (!el) return null;
      if (el.dataset.say) return el.dataset.say;
      if (el.dataset.service) return 'service:' + el.dataset.service;
      if (el.dataset.category) return 'category.' + el.dataset.category;
      if (el.dataset.procedure) return 'dossier.procedure';
      if (el.classList.contains('back')) return 'back';
      if (el.matches('input, textarea')) return 'field';
      if (el.classList.contains('key')) return null; // on-screen keys: the letter is on the key
      return 'choice';
    },
  };
}
