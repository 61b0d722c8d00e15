// The on-screen keyboard: opens under any text field that gets the focus, types Vietnamese in Telex or
// VNI or with a picker of the letter's marked forms, and shows large digit keys for number and date
// fields. It edits the end of the field and fires 'input' like typing does.
import { typeKey, variants, setTone, TONES } from './vi-input.js';

const ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const MODES = [['telex', 'Telex'], ['vni', 'VNI'], ['pick', 'Chọn dấu']];

export function createKeyboard(panel) {
  let field = null;
  let mode = 'telex';
  let shift = true;
  let picking = null; // the base letter whose marked forms are shown

  function key(label, action, cls = '', aria) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'key ' + cls;
    b.textContent = label;
    b.tabIndex = -1;
    if (aria) b.setAttribute('aria-label', aria);
    // the field keeps the focus (and its caret) while keys are pressed
    b.addEventListener('mousedown', (e) => e.preventDefault());
    b.addEventListener('click', () => { action(); field?.focus(); });
    return b;
  }

  function put(value) {
    if (!field) return;
    const max = field.maxLength > 0 ? field.maxLength : 200;
    field.value = value.normalize('NFC').slice(0, max);
    field.dispatchEvent(new Event('input', { bubbles: true }));
  }

  function letter(ch) {
    const c = shift ? ch.toUpperCase() : ch;
    if (mode === 'pick') {
      put(field.value + c);
      picking = variants(c).length > 1 ? c : null;
    } else {
      put(typeKey(field.value, c, mode));
    }
    if (shift && /\p{L}/u.test(c)) shift = false;
    render();
  }

  function digitsOnly() { return field && (field.dataset.kind === 'number' || field.dataset.kind === 'date'); }

  function render() {
    panel.replaceChildren();
    if (!field) return;
    const rows = [];
    if (digitsOnly()) {
      for (const r of ['123', '456', '789']) rows.push([...r].map((d) => key(d, () => put(field.value + d))));
      const tail = [key('⌫', () => put(field.value.slice(0, -1)), 'wide', 'Xoá / Delete'), key('0', () => put(field.value + '0'))];
      if (field.dataset.kind === 'date') tail.splice(1, 0, key('/', () => put(field.value + '/')));
      tail.push(key('Xong', () => field.blur(), 'wide done', 'Xong / Done'));
      rows.push(tail);
    } else {
      rows.push(MODES.map(([m, label]) => {
        const b = key(label, () => { mode = m; picking = null; render(); }, 'mode' + (mode === m ? ' on' : ''));
        b.setAttribute('aria-pressed', String(mode === m));
        return b;
      }));
      if (mode === 'pick' && picking) {
        rows.push(variants(picking).map((v) => key(v, () => { put(field.value.slice(0, -1) + v); picking = null; render(); }, 'pick')));
      } else if (mode === 'pick') {
        rows.push(TONES.map((t) => key(t.name, () => put(setTone(field.value, t.mark)), 'tone')));
      }
      // digits on their own row: house numbers, and VNI's marks
      rows.push([...'1234567890'].map((d) => key(d, () => put(typeKey(field.value, d, mode === 'pick' ? 'plain' : mode)))));
      for (const r of ROWS) rows.push([...r].map((ch) => key(shift ? ch.toUpperCase() : ch, () => letter(ch))));
      rows[rows.length - 1].unshift(key('⇧', () => { shift = !shift; render(); }, 'wide', 'Chữ hoa / Shift'));
      rows[rows.length - 1].push(key('⌫', () => { put(field.value.slice(0, -1)); picking = null; render(); }, 'wide', 'Xoá / Delete'));
      rows.push([key('-', () => put(field.value + '-')), key(',', () => put(field.value + ',')),
        key('Dấu cách', () => put(field.value + ' '), 'space', 'Dấu cách / Space'), key('.', () => put(field.value + '.')),
        key('Xong', () => field.blur(), 'wide done', 'Xong / Done')]);
    }
    for (const r of rows) {
      const row = document.createElement('div');
      row.className = 'osk-row';
      row.append(...r);
      panel.append(row);
    }
  }

  document.addEventListener('focusin', (e) => {
    if (e.target.matches('input:not([type=checkbox]):not([readonly])') && !panel.contains(e.target)) {
      field = e.target;
      shift = field.value.length === 0 && !!field.closest('form'); // a name or address starts with a capital
      picking = null;
      panel.classList.remove('hidden');
      document.body.classList.add('osk-open');
      render();
      field.scrollIntoView({ block: 'center' });
    }
  });
  function close() {
    const a = document.activeElement;
    if (a && a.matches('input:not([type=checkbox]):not([readonly])')) return;
    field = null;
    panel.classList.add('hidden');
    document.body.classList.remove('osk-open');
  }
  // A touch on a button while the keyboard is open moves the focus on pointer-down; closing the keyboard
  // right then would shift the page under the finger and the button would never get its click. So a
  // close that a touch starts waits for the touch to end.
  let pressing = false;
  let closeAfterPress = false;
  document.addEventListener('pointerdown', () => { pressing = true; }, true);
  const released = () => {
    pressing = false;
    if (closeAfterPress) { closeAfterPress = false; setTimeout(close, 0); }
  };
  // the click follows pointer-up in the same task; the close runs after it
  document.addEventListener('pointerup', () => setTimeout(released, 0), true);
  document.addEventListener('pointercancel', released, true);
  document.addEventListener('focusout', () => {
    if (pressing) closeAfterPress = true;
    else setTimeout(close, 0);
  });
  return { get field() { return field; } };
}
