// The kiosk's Vietnamese typing (Telex, VNI, marks picker) as pure functions: every word typed key by key
// must come out as the NFC string a citizen expects.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT } from '../lib/server.mjs';

const vi = await import(pathToFileURL(join(ROOT, 'kiosk-firmware/src/main/resources/web/kiosk/vi-input.js')).href);
const type = (keys, mode) => [...keys].reduce((text, k) => vi.typeKey(text, k, mode), '');

test('Telex: marks, tones and their places', () => {
  const cases = {
    'Nguyeenx Vawn Aan': 'Nguyễn Văn Ân', 'nguwowif': 'người', 'khai sinh': 'khai sinh', 'hoaf': 'hoà',
    'thuyr': 'thuỷ', 'ddaast ddai': 'đất đai', 'giaas': 'giấ', 'gias': 'giá', 'quaf': 'quà', 'tieengs Vieetj': 'tiếng Việt',
    'muaf': 'mùa', 'hoanf': 'hoàn', 'toasn': 'toán', 'Leex': 'Lễ', 'ddieeuf': 'điều', 'truwowngf': 'trường',
    'Phuwowngf Suoois Hoa': 'Phường Suối Hoa', 'ngoaif': 'ngoài', 'w': 'ư', 'Bawcs Ninh': 'Bắc Ninh',
    'ss': 'ss', 'ass': 'as', 'aa': 'â', 'aaa': 'aa', 'chuwx kys': 'chữ ký', 'lys lichj tuw phaps': 'lý lịch tư pháp',
    'hoaz': 'hoaz', 'hoafz': 'hoa', 'Hafnh': 'Hành',
  };
  for (const [keys, want] of Object.entries(cases)) {
    const got = type(keys, 'telex');
    assert.equal(got, want, `${keys} → ${got}`);
    assert.equal(got, got.normalize('NFC'), `${keys} is NFC`);
  }
});

test('VNI: digits mark the word, digits alone stay digits', () => {
  const cases = { 'Nguye64n Va8n A6n': 'Nguyễn Văn Ân', 'nguo7i2': 'người', 'd9a6t1': 'đất', 'Vie6t5': 'Việt',
    'hoa2': 'hoà', '2003': '2003', 'so61 5': 'số 5', 'hoa20': 'hoa' };
  for (const [keys, want] of Object.entries(cases)) assert.equal(type(keys, 'vni'), want, keys);
});

test('the marks picker lists every form of a letter and puts a tone on the last word', () => {
  const a = vi.variants('a');
  assert.equal(a.length, 18);
  assert.ok(['à', 'ắ', 'ẫ', 'ậ'].every((x) => a.includes(x)));
  assert.deepEqual(vi.variants('d'), ['d', 'đ']);
  assert.equal(vi.variants('u').length, 12);
  assert.ok(vi.variants('u').includes('ữ'));
  assert.equal(vi.setTone('Nguyên', '\u0303'), 'Nguyễn');
  assert.equal(vi.setTone('hoa', '\u0300'), 'hoà');
  assert.equal(vi.setTone('123', '\u0300'), '123', 'no vowel, no tone');
  assert.equal(vi.setTone('Nguyễn', '\u0303'), 'Nguyên', 'the same tone again takes it off');
});
