// What the accessibility tests measure on a page: axe-core's serious and critical violations, the size of
// every control a finger or keypad reaches, the contrast of every piece of text, and where controls sit.
import AxeBuilder from '@axe-core/playwright';

/** Runs axe-core (WCAG 2.0–2.2 A and AA rules); returns the serious and critical violations, one line each. */
export async function axe(page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  return {
    passes: r.passes.length,
    bad: r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`),
  };
}

/** Controls smaller than `min` CSS px in either direction, among those a citizen can reach now. */
export function smallControls(page, min = 60) {
  return page.evaluate((min) => {
    const scopes = ['.screen.active', '.tools', '.osk:not(.hidden)', '.modal:not(.hidden)'];
    const out = [];
    for (const s of scopes) {
      for (const e of document.querySelectorAll(`${s} button, ${s} input, ${s} [tabindex="0"], ${s} a[href]`)) {
        const r = e.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.width < min || r.height < min) out.push(`${e.dataset.testid || e.id || e.textContent.trim().slice(0, 20)} ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  }, min);
}

/** Text whose contrast with what is behind it is below `min`: WCAG's relative luminance ratio. */
export function lowContrast(page, min) {
  return page.evaluate((min) => {
    const parse = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const lum = ([r, g, b]) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (e) => {
      for (let x = e; x; x = x.parentElement) {
        const c = parse(getComputedStyle(x).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0.5)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out = [];
    let checked = 0;
    for (const e of document.body.querySelectorAll('*')) {
      const own = [...e.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || e.closest('[disabled], .hidden, [hidden]') || !e.checkVisibility?.()) continue;
      const r = e.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      checked++;
      const fg = parse(getComputedStyle(e).color).slice(0, 3);
      const [a, b] = [lum(fg), lum(background(e))];
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      if (ratio < min) out.push(`"${e.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}:1`);
    }
    return { checked, out };
  }, min);
}

/** Controls of the active screen whose top edge is in the top third of the viewport (the portrait reach rule). */
export function controlsInTopThird(page) {
  return page.evaluate(() => {
    const limit = window.innerHeight / 3;
    return [...document.querySelectorAll('.screen.active button, .screen.active input, .tools button')]
      .filter((e) => e.getBoundingClientRect().height > 0 && e.getBoundingClientRect().top + window.scrollY < limit)
      .map((e) => e.dataset.testid || e.textContent.trim().slice(0, 20));
  });
}

/**
 * axe-core on a page in the state it is in: no serious or critical violation, Vietnamese as the page's
 * language. Each result is kept in e2e/out/axe.tsv for the run's summary.
 */
export async function assertAccessible(page, label, { lang = 'vi' } = {}) {
  const { passes, bad } = await axe(page);
  const { mkdirSync, appendFileSync } = await import('node:fs');
  const { join } = await import('node:path');
  const { ROOT } = await import('./server.mjs');
  mkdirSync(join(ROOT, 'e2e', 'out'), { recursive: true });
  appendFileSync(join(ROOT, 'e2e', 'out', 'axe.tsv'), `${label}\t${passes} rules passed\t${bad.length} serious/critical\n`);
  if (bad.length) throw new Error(`axe-core on ${label}:\n  ${bad.join('\n  ')}`);
  const htmlLang = await page.getAttribute('html', 'lang');
  if (!htmlLang || !htmlLang.startsWith(lang)) throw new Error(`${label}: <html lang="${htmlLang}">, expected ${lang}`);
}
