// Runs after the browser tests (scripts/test.sh): every screen state that a page showed during the run
// (visible text and field values, recorded by lib/browser.mjs) is searched for a 12-digit personal number.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/server.mjs';

const DIR = join(ROOT, 'e2e', 'out', 'screens');
const PERSONAL_NUMBER = /(?<!\d)\d{12}(?!\d)/;

test('no screen of the run showed a full personal number', () => {
  assert.ok(existsSync(DIR), 'no screens were recorded: run the browser tests first');
  // what the document step used to show, and must be caught if it ever comes back
  assert.ok(PERSONAL_NUMBER.test('Đã có, không cần nộp lại (001203012345.KQ0003)'));
  assert.ok(!PERSONAL_NUMBER.test('Đã có (KQ0003, chủ sở hữu ********2345) · H27.99-261201-0001'));
  const offending = [];
  const pages = new Map();
  for (const f of readdirSync(DIR).filter((x) => x.endsWith('.tsv'))) {
    for (const line of readFileSync(join(DIR, f), 'utf8').split('\n')) {
      if (!line) continue;
      const [path, text] = line.split('\t');
      const kind = path === '/' ? 'kiosk' : path.split('/')[1];
      pages.set(kind, (pages.get(kind) || 0) + 1);
      if (PERSONAL_NUMBER.test(text)) offending.push(`${path}: ${text.match(/.{0,60}(?<!\d)\d{12}(?!\d).{0,20}/)[0]}`);
    }
  }
  console.log(`screen states checked per page: ${JSON.stringify(Object.fromEntries(pages))}`);
  assert.ok(pages.get('kiosk') > 20, 'the kiosk screens were recorded');
  assert.deepEqual(offending, []);
});
