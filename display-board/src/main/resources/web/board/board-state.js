// What a board knows, built from the snapshot and kept current by events. No DOM here, so the rules
// (which call is newest, when a counter's number clears) are testable under node.

const CALL_TYPES = new Set(['ticket.called', 'ticket.recalled']);
const ENDS_AT_COUNTER = new Set(['ticket.finished', 'ticket.no_show', 'ticket.cancelled',
  'ticket.transferred', 'ticket.expired']);
export const MAX_CALLS = 9;

export function emptyState() {
  return { centreName: '', lastEventId: 0, services: [], counters: new Map(), calls: [], serverOffsetMs: 0 };
}

/** Replaces everything the snapshot covers; events newer than it are applied again by the caller. */
export function fromSnapshot(snapshot, receivedAtMs = Date.now()) {
  const s = emptyState();
  s.centreName = snapshot.centreName || '';
  s.lastEventId = snapshot.lastEventId || 0;
  s.services = (snapshot.services || []).map((x) => ({ ...x }));
  for (const c of snapshot.counters || []) s.counters.set(c.number, { ...c });
  s.calls = uniqueByTicket((snapshot.lastCalls || []).map((c) => ({
    ticketId: c.ticketId, number: c.number, counter: c.counter, service: c.service,
    at: c.calledAt, recall: !!c.recall, eventId: null,
  })));
  const generated = Date.parse(snapshot.generatedAt);
  s.serverOffsetMs = Number.isFinite(generated) ? generated - receivedAtMs : 0;
  return s;
}

/**
 * Applies one event in place. Answers the call it made (for the announcer and the highlight), or null.
 * The waiting counts and estimates are the server's arithmetic: callers refresh the snapshot for those.
 */
export function applyEvent(s, e) {
  if (typeof e.id === 'number') s.lastEventId = Math.max(s.lastEventId, e.id);
  const counter = e.counter != null ? s.counters.get(e.counter) : undefined;
  if (CALL_TYPES.has(e.type) && e.number && e.counter != null) {
    const call = { ticketId: e.ticketId, number: e.number, counter: e.counter, service: e.service, at: e.at,
      recall: e.type === 'ticket.recalled', eventId: e.id };
    s.calls = uniqueByTicket([call, ...s.calls]);
    if (counter) Object.assign(counter, { currentNumber: e.number, currentTicketId: e.ticketId, currentState: 'CALLED' });
    if (e.type === 'ticket.called') adjustWaiting(s, e.service, -1);
    return call;
  }
  if (e.type === 'ticket.issued' || e.type === 'ticket.reinstated') adjustWaiting(s, e.service, +1);
  if (e.type === 'ticket.started' && counter && counter.currentTicketId === e.ticketId) counter.currentState = 'SERVING';
  if (ENDS_AT_COUNTER.has(e.type)) {
    for (const c of s.counters.values()) {
      if (c.currentTicketId != null && c.currentTicketId === e.ticketId) {
        Object.assign(c, { currentNumber: null, currentTicketId: null, currentState: null });
      }
    }
  }
  if (e.type === 'counter.changed' && counter && e.counterState) counter.state = e.counterState;
  return null;
}

function adjustWaiting(s, code, delta) {
  const svc = s.services.find((x) => x.code === code);
  if (svc) svc.waiting = Math.max(0, (svc.waiting || 0) + delta);
}

/** Newest first; a recalled number moves to the top instead of appearing twice. */
function uniqueByTicket(calls) {
  const seen = new Set();
  const out = [];
  for (const c of calls) {
    const key = c.ticketId != null ? 't' + c.ticketId : 'n' + c.number;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(c);
    if (out.length >= MAX_CALLS) break;
  }
  return out;
}

/** "12 phút", rounded up to 5 minutes past 15 so the board does not promise a precision it lacks. */
export function waitLabel(minutes, waiting, range) {
  if (!waiting) return '—';
  const m = Math.max(1, Math.round(minutes || 0));
  const shown = m > 15 ? Math.ceil(m / 5) * 5 : m;
  if (!range || range.high <= range.low) return '~' + shown + ' phút';
  // The likely range (8 in 10 visitors): the low end rounded down, the high end up, to the same 5-minute steps.
  const low = range.low > 15 ? Math.floor(range.low / 5) * 5 : Math.max(0, range.low);
  const high = range.high > 15 ? Math.ceil(range.high / 5) * 5 : Math.max(1, range.high);
  return '~' + shown + ' phút (' + Math.min(low, shown) + '–' + Math.max(high, shown) + ')';
}
