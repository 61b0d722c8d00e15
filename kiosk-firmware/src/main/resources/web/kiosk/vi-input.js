// Vietnamese typing for the on-screen keyboard: Telex and VNI, as Unikey users know them. Pure functions
// over the word being typed, kept free of the DOM so node's test runner checks them. Output is NFC.
//
// A word is held as letters {base, mark} plus one tone for the word; the tone's place is worked out
// again after every key (modern rule: "hoà", "thuỷ", "người"), so typing the tone early or late gives
// the same word.

const MARK = { HAT: '\u0302', BREVE: '\u0306', HORN: '\u031B' };
const TONE = { s: '\u0301', f: '\u0300', r: '\u0309', x: '\u0303', j: '\u0323' };
const TONE_NAMES = { '\u0301': 'sắc', '\u0300': 'huyền', '\u0309': 'hỏi', '\u0303': 'ngã', '\u0323': 'nặng' };
const VNI_TONE = { 1: TONE.s, 2: TONE.f, 3: TONE.r, 4: TONE.x, 5: TONE.j };
const VOWELS = 'aeiouy';

export const TONES = Object.entries(TONE_NAMES).map(([mark, name]) => ({ mark, name }));

/** Splits an NFC word into letters with their marks and the word's tone. */
export function parseWord(word) {
  const letters = [];
  let tone = '';
  for (const ch of word.normalize('NFC')) {
    if (ch === 'đ' || ch === 'Đ') { letters.push({ base: ch === 'đ' ? 'd' : 'D', mark: 'BAR' }); continue; }
    const [base, ...marks] = ch.normalize('NFD');
    let mark = '';
    for (const m of marks) {
      if (m === MARK.HAT) mark = 'HAT';
      else if (m === MARK.BREVE) mark = 'BREVE';
      else if (m === MARK.HORN) mark = 'HORN';
      else if (TONE_NAMES[m]) tone = m;
    }
    letters.push({ base, mark });
  }
  return { letters, tone };
}

const isVowel = (l) => VOWELS.includes(l.base.toLowerCase());

/** Index of the letter that carries the tone, or -1 when the word has no vowel. */
export function toneIndex(letters) {
  const lower = letters.map((l) => l.base.toLowerCase()).join('');
  let v = letters.map((l, i) => (isVowel(l) ? i : -1)).filter((i) => i >= 0);
  // "gi" and "qu" open a syllable: their i/u is part of the consonant when another vowel follows
  if (v.length > 1 && ((lower.startsWith('gi') && v[0] === 1) || (lower.startsWith('qu') && v[0] === 1))) v = v.slice(1);
  if (v.length === 0) return -1;
  // the vowel cluster is the first run of vowels
  const cluster = [v[0]];
  for (let k = 1; k < v.length && v[k] === v[k - 1] + 1; k++) cluster.push(v[k]);
  const marked = cluster.filter((i) => letters[i].mark);
  if (marked.length) return marked[marked.length - 1]; // ươ: the ơ
  const last = cluster[cluster.length - 1];
  const closed = last < letters.length - 1; // a final consonant follows
  if (cluster.length === 1) return cluster[0];
  if (closed) return last;
  const pair = cluster.slice(-2).map((i) => letters[i].base.toLowerCase()).join('');
  if (cluster.length === 2) return ['oa', 'oe', 'uy'].includes(pair) ? cluster[1] : cluster[0];
  return cluster[1];
}

/** Builds the NFC word back from its letters and tone. */
export function composeWord({ letters, tone }) {
  const at = tone ? toneIndex(letters) : -1;
  return letters.map((l, i) => {
    if (l.mark === 'BAR') return l.base === 'd' ? 'đ' : 'Đ';
    return (l.base + (l.mark ? MARK[l.mark] : '') + (i === at ? tone : '')).normalize('NFC');
  }).join('');
}

const MARK_FOR = { a: ['HAT', 'BREVE'], e: ['HAT'], o: ['HAT', 'HORN'], u: ['HORN'], d: ['BAR'] };

/** Puts `mark` on the nearest letter that takes it; false when none does. Same mark again undoes it. */
function putMark(word, bases, mark) {
  for (let i = word.letters.length - 1; i >= 0; i--) {
    const l = word.letters[i];
    if (!bases.includes(l.base.toLowerCase())) continue;
    if (mark === 'HORN' && l.base.toLowerCase() === 'o' && i > 0 && word.letters[i - 1].base.toLowerCase() === 'u') {
      // "uo" + w: both take the horn (ươ)
      const both = l.mark === 'HORN' && word.letters[i - 1].mark === 'HORN';
      l.mark = both ? '' : 'HORN';
      word.letters[i - 1].mark = both ? '' : 'HORN';
      return both ? 'undone' : 'done';
    }
    if (!(MARK_FOR[l.base.toLowerCase()] || []).includes(mark)) continue;
    if (l.mark === mark) { l.mark = ''; return 'undone'; }
    l.mark = mark;
    return 'done';
  }
  return 'none';
}

function withKey(word, key) { word.letters.push({ base: key, mark: '' }); return word; }

function applyTone(word, tone, key) {
  if (toneIndex(word.letters) < 0) return withKey(word, key);
  if (word.tone === tone) { word.tone = ''; return withKey(word, key); } // "ss" gives a plain s
  word.tone = tone;
  return word;
}

/** One key typed on the end of `word` in Telex. Returns the new NFC word. */
export function telex(wordText, key) {
  const word = parseWord(wordText);
  const k = key.toLowerCase();
  if (key.length !== 1 || !/[a-z]/i.test(key)) return wordText + key;
  if (word.letters.length === 0) return k === 'w' ? (key === 'W' ? 'Ư' : 'ư') : key;
  if (TONE[k] && k !== 'z') return composeWord(applyTone(word, TONE[k], key));
  if (k === 'z' && word.tone) { word.tone = ''; return composeWord(word); }
  let r = 'none';
  if (k === 'w') {
    r = putMark(word, ['u', 'o'], 'HORN');
    if (r === 'none') r = putMark(word, ['a'], 'BREVE');
  } else if ('aeo'.includes(k) && word.letters.some((l) => l.base.toLowerCase() === k && isVowel(l))) {
    r = putMark(word, [k], 'HAT'); // a doubled vowel puts the hat on its nearest twin: can + a = cân
  } else if (k === 'd' && word.letters[0].base.toLowerCase() === 'd') {
    r = putMark(word, ['d'], 'BAR');
  }
  return composeWord(r === 'done' ? word : withKey(word, key)); // undone or no taker: the key itself
}

/** One key typed on the end of `word` in VNI (digits 1–9 mark, 0 clears the tone). */
export function vni(wordText, key) {
  const word = parseWord(wordText);
  const hasLetter = word.letters.some((l) => /[a-z]/i.test(l.base));
  if (!/^[0-9]$/.test(key) || !hasLetter) return wordText + key;
  if (VNI_TONE[key]) return composeWord(applyTone(word, VNI_TONE[key], key));
  if (key === '0') { if (!word.tone) return wordText + key; word.tone = ''; return composeWord(word); }
  const mark = { 6: ['aeo', 'HAT'], 7: ['uo', 'HORN'], 8: ['a', 'BREVE'], 9: ['d', 'BAR'] }[key];
  const r = putMark(word, mark[0].split(''), mark[1]);
  return r === 'done' ? composeWord(word) : composeWord(withKey(word, key));
}

/** Types `key` on the end of `text` in the given mode ('telex', 'vni' or 'plain'). */
export function typeKey(text, key, mode) {
  if (mode === 'plain' || key === ' ' || key.length !== 1) return text + key;
  const m = /[\p{L}\p{M}0-9]*$/u.exec(text);
  const head = text.slice(0, m.index);
  const word = m[0];
  return head + (mode === 'vni' ? vni(word, key) : telex(word, key));
}

/** Puts a tone straight on the last word (the marks picker's tone keys). */
export function setTone(text, tone) {
  const m = /[\p{L}\p{M}]*$/u.exec(text);
  const word = parseWord(m[0]);
  if (toneIndex(word.letters) < 0) return text;
  word.tone = word.tone === tone ? '' : tone;
  return text.slice(0, m.index) + composeWord(word);
}

/** Every marked form of a base letter, for the picker: a → a à á ả ã ạ ă ằ … ậ. */
export function variants(letter) {
  const base = letter.normalize('NFD')[0];
  const lower = base.toLowerCase();
  if (lower === 'd') return [base, base === 'd' ? 'đ' : 'Đ'];
  if (!VOWELS.includes(lower)) return [letter];
  const marks = ['', ...(MARK_FOR[lower] || [])];
  const out = [];
  for (const mark of marks) {
    for (const tone of ['', TONE.f, TONE.s, TONE.r, TONE.x, TONE.j]) {
      out.push((base + (mark ? MARK[mark] : '') + tone).normalize('NFC'));
    }
  }
  return out;
}
