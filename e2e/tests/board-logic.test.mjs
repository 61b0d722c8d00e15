// The board's page logic under node, without a browser: the announcement queue, the state rules and
// the reconnect cycle. These are the modules the page itself loads from /board/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createAnnouncer, callAudioUrl } from '../../display-board/src/main/resources/web/board/announcer.js';
import { fromSnapshot, applyEvent, waitLabel } from '../../display-board/src/main/resources/web/board/board-state.js';
import { startLive } from '../../display-board/src/main/resources/web/board/live.js';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A player whose clips last `ms`, recording overlaps. */
function fakePlayer(ms = 30) {
  const played = [];
  let playing = 0;
  let maxPlaying = 0;
  const play = async (url) => {
    playing += 1;
    maxPlaying = Math.max(maxPlaying, playing);
    played.push(url);
    await sleep(ms);
    playing -= 1;
  };
  return { play, played, get maxPlaying() { return maxPlaying; } };
}

async function idle(announcer) {
  while (announcer.playing || announcer.pending) await sleep(5);
}

test('announcements play one at a time, in call order, and a recall repeats', async () => {
  const p = fakePlayer();
  const a = createAnnouncer({ play: p.play });
  a.announce({ key: 1, url: callAudioUrl('A0012', 5) });
  a.announce({ key: 2, url: callAudioUrl('B0003', 2) });
  a.announce({ key: 3, url: callAudioUrl('A0012', 5) }); // the recall of A0012: a new event
  assert.equal(a.playing, true);
  assert.equal(a.pending, 2);
  await idle(a);
  assert.equal(p.maxPlaying, 1);
  assert.deepEqual(p.played, [
    '/api/v1/voice/call.wav?number=A0012&counter=5&lang=vi',
    '/api/v1/voice/call.wav?number=B0003&counter=2&lang=vi',
    '/api/v1/voice/call.wav?number=A0012&counter=5&lang=vi',
  ]);
});

test('the same event replayed after a reconnect is announced once', async () => {
  const p = fakePlayer(5);
  const a = createAnnouncer({ play: p.play });
  assert.equal(a.announce({ key: 41, url: 'x' }), true);
  assert.equal(a.announce({ key: 41, url: 'x' }), false);
  await idle(a);
  assert.equal(p.played.length, 1);
});

test('a failing or silent clip never blocks the queue', async () => {
  const played = [];
  const a = createAnnouncer({
    timeoutMs: 50,
    play: async (url) => {
      played.push(url);
      if (url === 'broken') throw new Error('decode error');
      if (url === 'hangs') return new Promise(() => {});
      await sleep(5);
    },
  });
  a.announce({ key: 1, url: 'broken' });
  a.announce({ key: 2, url: 'hangs' });
  a.announce({ key: 3, url: 'fine' });
  const started = Date.now();
  await idle(a);
  assert.deepEqual(played, ['broken', 'hangs', 'fine']);
  assert.ok(Date.now() - started < 1000);
});

test('a backlog after an outage keeps only the newest calls', async () => {
  const p = fakePlayer(5);
  const log = [];
  const a = createAnnouncer({ play: p.play, maxQueue: 2, onLog: (e) => log.push(e) });
  for (let i = 1; i <= 5; i++) a.announce({ key: i, url: 'u' + i });
  await idle(a);
  assert.deepEqual(p.played, ['u1', 'u4', 'u5']);
  assert.deepEqual(log.filter((e) => e.type === 'drop').map((e) => e.url), ['u2', 'u3']);
});

const snapshot = {
  centreName: 'Trung tâm', generatedAt: '2026-11-23T08:00:00.000+07:00', lastEventId: 10,
  services: [{ code: 'A', nameVi: 'Hộ tịch', nameEn: 'Civil status', waiting: 3, estimatedWaitMinutes: 12 }],
  counters: [{ number: 5, state: 'OPEN', services: ['A'], currentNumber: null, currentTicketId: null, currentState: null }],
  lastCalls: [{ ticketId: 1, number: 'A0001', counter: 5, service: 'A', calledAt: '2026-11-23T07:59:00+07:00', recall: false }],
};

test('calls go to the top, a recall moves up instead of doubling, an end clears the counter', () => {
  const s = fromSnapshot(snapshot, Date.parse('2026-11-23T08:00:02.000+07:00'));
  assert.equal(s.serverOffsetMs, -2000);
  const call = applyEvent(s, { id: 11, type: 'ticket.called', ticketId: 2, number: 'A0002', counter: 5, service: 'A', at: 'x' });
  assert.equal(call.number, 'A0002');
  assert.deepEqual(s.calls.map((c) => c.number), ['A0002', 'A0001']);
  assert.equal(s.counters.get(5).currentNumber, 'A0002');
  assert.equal(s.services[0].waiting, 2);
  applyEvent(s, { id: 12, type: 'ticket.recalled', ticketId: 1, number: 'A0001', counter: 5, service: 'A', at: 'x' });
  assert.deepEqual(s.calls.map((c) => c.number), ['A0001', 'A0002']);
  applyEvent(s, { id: 13, type: 'ticket.finished', ticketId: 1, number: 'A0001', counter: 5, service: 'A' });
  assert.equal(s.counters.get(5).currentNumber, null);
  applyEvent(s, { id: 14, type: 'ticket.issued', ticketId: 3, number: 'A0003', service: 'A' });
  assert.equal(s.services[0].waiting, 3);
  applyEvent(s, { id: 15, type: 'counter.changed', counter: 5, counterState: 'PAUSED' });
  assert.equal(s.counters.get(5).state, 'PAUSED');
  assert.equal(s.lastEventId, 15);
});

test('wait labels', () => {
  assert.equal(waitLabel(12, 0), '—');
  assert.equal(waitLabel(0, 2), '~1 phút');
  assert.equal(waitLabel(12, 2), '~12 phút');
  assert.equal(waitLabel(17, 9), '~20 phút');
  assert.equal(waitLabel(12, 3, { low: 8, high: 19 }), '~12 phút (8–20)');
  assert.equal(waitLabel(4, 1, { low: 0, high: 9 }), '~4 phút (0–9)');
  assert.equal(waitLabel(4, 1, { low: 4, high: 4 }), '~4 phút');
});

class FakeSource {
  static all = [];
  constructor(url) { this.url = url; this.listeners = {}; this.closed = false; FakeSource.all.push(this); }
  addEventListener(type, fn) { (this.listeners[type] ||= []).push(fn); }
  emit(type, data) { (this.listeners[type] || []).forEach((fn) => fn({ data: JSON.stringify(data) })); }
  close() { this.closed = true; }
}

test('reconnect reloads the snapshot, resumes after its lastEventId and shows the marker only after the delay', async () => {
  FakeSource.all = [];
  let reloads = 0;
  let serverUp = true;
  let snapshotId = 10;
  const events = [];
  const marks = [];
  const live = startLive({
    reload: async () => { reloads += 1; if (!serverUp) throw new Error('down'); return snapshotId; },
    onEvent: (e) => events.push(e.id),
    onConnection: (down) => marks.push(down),
    open: (u) => new FakeSource(u),
    retryMs: 40, downAfterMs: 300,
  });
  try {
    await sleep(20);
    const first = FakeSource.all[0];
    assert.equal(first.url, '/api/v1/events?lastEventId=10');
    first.onopen();
    first.emit('ticket.called', { id: 11, type: 'ticket.called' });
    first.emit('ticket.called', { id: 11, type: 'ticket.called' }); // duplicate delivery
    assert.deepEqual(events, [11]);

    // A short blip: reconnects without ever showing the marker.
    first.onerror();
    assert.equal(first.closed, true);
    await sleep(100);
    const second = FakeSource.all.at(-1);
    assert.notEqual(second, first);
    assert.equal(second.url, '/api/v1/events?lastEventId=11');
    second.onopen();
    assert.deepEqual(marks, []);

    // A real outage: the marker appears after the delay and goes when the stream is back.
    serverUp = false;
    second.onerror();
    await sleep(600);
    assert.deepEqual(marks, [true]);
    const reloadsWhileDown = reloads;
    assert.ok(reloadsWhileDown >= 4, 'keeps retrying while down: ' + reloadsWhileDown);
    serverUp = true;
    snapshotId = 20; // events happened meanwhile; the snapshot covers them
    await sleep(100);
    const third = FakeSource.all.at(-1);
    assert.equal(third.url, '/api/v1/events?lastEventId=20');
    third.onopen();
    assert.deepEqual(marks, [true, false]);
    third.emit('ticket.called', { id: 15, type: 'ticket.called' }); // older than the snapshot: ignored
    third.emit('ticket.called', { id: 21, type: 'ticket.called' });
    assert.deepEqual(events, [11, 21]);
  } finally {
    live.stop();
  }
});
