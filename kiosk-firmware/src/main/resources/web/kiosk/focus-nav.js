// Operating the kiosk from a keypad or keyboard, as on a bank ATM: arrows move a visible focus through
// the controls of what is on screen, Enter presses, Escape or Backspace goes back, a number key picks
// that item of the list. Each move reports the focused control so the spoken prompt can follow it.

const CONTROLS = 'button:not([disabled]), input:not([disabled]), [tabindex="0"]';

function visible(el) {
  const r = el.getBoundingClientRect();
  return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** The controls a key may reach now: an open dialog's only, else the screen's, the keyboard's and the tools'. */
export function reachable() {
  const dialog = document.querySelector('.modal:not(.hidden)');
  const scopes = dialog ? [dialog] : [document.querySelector('.screen.active'), document.querySelector('.osk:not(.hidden)'),
    document.querySelector('.tools')];
  return scopes.filter(Boolean).flatMap((s) => [...s.querySelectorAll(CONTROLS)]).filter((e) => e.tabIndex >= 0 && visible(e));
}

export function installKeyNav({ onFocus, onBack }) {
  document.addEventListener('focusin', (e) => onFocus(e.target));
  document.addEventListener('keydown', (e) => {
    const list = reachable();
    if (list.length === 0) return;
    const at = list.indexOf(document.activeElement);
    const typing = document.activeElement?.matches('input:not([type=checkbox])');
    const move = (step) => {
      e.preventDefault();
      const next = list[(at + step + list.length) % list.length] || list[0];
      next.focus();
      next.scrollIntoView({ block: 'nearest' });
    };
    if (e.key === 'ArrowDown' || (e.key === 'ArrowRight' && !typing) || (e.key === 'Tab' && !e.shiftKey)) move(at < 0 ? 0 : 1);
    else if (e.key === 'ArrowUp' || (e.key === 'ArrowLeft' && !typing) || (e.key === 'Tab' && e.shiftKey)) move(at < 0 ? 0 : -1);
    else if (e.key === 'Escape' || (e.key === 'Backspace' && !typing)) { e.preventDefault(); onBack(); }
    else if (e.key === 'Enter' && typing) { e.preventDefault(); move(1); }
    else if (e.key === 'Enter' && document.activeElement?.type === 'checkbox') { e.preventDefault(); document.activeElement.click(); }
    else if (!typing && /^[1-9]$/.test(e.key)) {
      // number keys pick from the screen's list (services, priority groups, procedures)
      const items = list.filter((el) => el.matches('.tile, .big'));
      const item = items[Number(e.key) - 1];
      if (item) { e.preventDefault(); item.focus(); item.click(); }
    }
  });
}
