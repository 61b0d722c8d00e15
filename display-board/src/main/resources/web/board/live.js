// The board's live connection: snapshot first, then the event stream from the snapshot's lastEventId;
// on any failure close, wait, and start again with a fresh snapshot. EventSource's own reconnect is
// not used: it would not reload the snapshot, and its retry delay is the browser's choice.

export const EVENT_TYPES = ['ticket.issued', 'ticket.called', 'ticket.recalled', 'ticket.started',
  'ticket.finished', 'ticket.no_show', 'ticket.reinstated', 'ticket.cancelled', 'ticket.transferred',
  'ticket.expired', 'ticket.carried_over', 'counter.changed'];

/**
 * @param {object} o
 * @param {() => Promise<number>} o.reload          loads and renders the snapshot; answers the id to resume after
 * @param {(event: object) => void} o.onEvent       one parsed QueueEvent
 * @param {(down: boolean) => void} o.onConnection  true once the stream has been down for `downAfterMs`
 * @param {(url: string) => EventSource} [o.open]
 */
export function startLive({ reload, onEvent, onConnection, open = (u) => new EventSource(u),
  retryMs = 1000, downAfterMs = 3000, now = () => Date.now() }) {
  let source = null;
  let lastId = 0;
  let downSince = now();
  let shownDown = false;
  let retryTimer = null;
  let stopped = false;

  const markTimer = setInterval(() => {
    const down = downSince !== null && now() - downSince > downAfterMs;
    if (down !== shownDown) {
      shownDown = down;
      onConnection(down);
    }
  }, 250);

  function disconnected() {
    if (downSince === null) downSince = now();
    if (source) { source.close(); source = null; }
    if (!stopped && retryTimer === null) {
      retryTimer = setTimeout(() => { retryTimer = null; cycle(); }, retryMs);
    }
  }

  async function cycle() {
    if (stopped) return;
    let resumeAfter;
    try {
      resumeAfter = await reload();
    } catch {
      disconnected();
      return;
    }
    lastId = Math.max(lastId, Number(resumeAfter) || 0);
    const es = open('/api/v1/events?lastEventId=' + encodeURIComponent(lastId));
    source = es;
    es.onopen = () => {
      downSince = null;
      if (shownDown) { shownDown = false; onConnection(false); }
    };
    es.onerror = () => { if (source === es) disconnected(); };
    const handler = (m) => {
      let event;
      try { event = JSON.parse(m.data); } catch { return; }
      if (typeof event.id === 'number') {
        if (event.id <= lastId) return;
        lastId = event.id;
      }
      onEvent(event);
    };
    for (const type of EVENT_TYPES) es.addEventListener(type, handler);
  }

  cycle();
  return {
    get lastEventId() { return lastId; },
    stop() {
      stopped = true;
      clearInterval(markTimer);
      clearTimeout(retryTimer);
      if (source) source.close();
    },
  };
}
