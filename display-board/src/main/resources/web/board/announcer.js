// Announcement queue of the board: one announcement at a time, in call order, never cut off.
// Kept free of the DOM so node's test runner can drive it with a fake player.

/**
 * @param {object} options
 * @param {(url: string) => Promise<void>} options.play  resolves when the clip has finished (or failed)
 * @param {number} [options.maxQueue]   older announcements are dropped beyond this: after an outage a
 *                                      backlog would otherwise keep the hall listening for minutes
 * @param {number} [options.timeoutMs]  a clip that never reports its end must not block the queue
 * @param {(event: object) => void} [options.onLog]  start/end/drop records, for tests and diagnostics
 */
export function createAnnouncer({ play, maxQueue = 6, timeoutMs = 20000, onLog = () => {} }) {
  const queue = [];
  const seen = new Set();
  const seenOrder = [];
  let current = null;

  function remember(key) {
    seen.add(key);
    seenOrder.push(key);
    if (seenOrder.length > 500) seen.delete(seenOrder.shift());
  }

  /**
   * Queues one announcement. `key` identifies the call event: the same event delivered twice (a
   * replay after a reconnect) is announced once, while a recall is a new event and so repeats.
   * Returns false when it was a duplicate.
   */
  function announce({ key, url }) {
    if (key !== undefined && key !== null) {
      if (seen.has(key)) return false;
      remember(key);
    }
    queue.push({ key, url });
    while (queue.length > maxQueue) onLog({ type: 'drop', ...queue.shift() });
    pump();
    return true;
  }

  function pump() {
    if (current || queue.length === 0) return;
    current = queue.shift();
    const item = current;
    onLog({ type: 'start', ...item });
    let timer;
    const timeout = new Promise((resolve) => { timer = setTimeout(resolve, timeoutMs); });
    Promise.race([Promise.resolve().then(() => play(item.url)), timeout])
      .catch((err) => onLog({ type: 'error', ...item, error: String(err && err.message || err) }))
      .finally(() => {
        clearTimeout(timer);
        onLog({ type: 'end', ...item });
        current = null;
        pump();
      });
  }

  return {
    announce,
    get playing() { return current !== null; },
    get pending() { return queue.length; },
  };
}

/** The server's URL for the audio of one call (chime + sentence). */
export function callAudioUrl(number, counter, lang = 'vi') {
  const q = new URLSearchParams({ number: String(number), counter: String(counter), lang });
  return '/api/v1/voice/call.wav?' + q.toString();
}

/**
 * A `play` for the browser: one reused <audio> element, resolved on `ended` or on any failure, so the
 * queue moves on. `onBlocked` is told when autoplay is refused (a TV browser started without
 * --autoplay-policy=no-user-gesture-required).
 */
export function htmlAudioPlayer(audio, { onBlocked = () => {} } = {}) {
  return (url) => new Promise((resolve) => {
    const done = () => {
      audio.removeEventListener('ended', done);
      audio.removeEventListener('error', done);
      resolve();
    };
    audio.addEventListener('ended', done);
    audio.addEventListener('error', done);
    audio.src = url;
    const started = audio.play();
    if (started && typeof started.catch === 'function') {
      started.catch((err) => {
        if (err && err.name === 'NotAllowedError') onBlocked();
        done();
      });
    }
  });
}
