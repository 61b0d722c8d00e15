// Runs after the browser tests (scripts/test.sh): every line the server and kiosk processes wrote during
// the run, including the ID-card scans and dossier submissions, is searched for 12-digit personal numbers.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/server.mjs';

const DIR = join(ROOT, 'e2e', 'out', 'logs');

test('no log line of the run carries a personal number', () => {
  assert.ok(existsSync(DIR), 'no process logs were kept: run the browser tests first');
  const files = readdirSync(DIR).filter((f) => f.endsWith('.log'));
  assert.ok(files.some((f) => f.startsWith('kiosk-')) && files.some((f) => f.startsWith('server-')),
    `expected server and kiosk logs, found ${files.join(', ')}`);
  const offending = [];
  let lines = 0;
  for (const f of files) {
    for (const line of readFileSync(join(DIR, f), 'utf8').split('\n')) {
      lines += 1;
      if (/(?<!\d)\d{12}(?!\d)/.test(line)) offending.push(`${f}: ${line.slice(0, 160)}`);
    }
  }
  console.log(`checked ${lines} log lines in ${files.length} files`);
  assert.deepEqual(offending, []);
});
