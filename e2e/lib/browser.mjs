// Launches Debian's Chromium (never a downloaded browser) headless, with the flags this closed
// network needs: without the background-networking switches Chromium keeps dialling out and stalls.
// Every page it opens records what it shows (visible text and field values) under e2e/out/screens, so
// checks/screens.test.mjs can prove no screen of the run showed a full personal number.
import { chromium } from 'playwright-core';
import { mkdirSync, appendFileSync } from 'node:fs';
import { join, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const SCREENS = join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'out', 'screens');

function recordScreens(page) {
  mkdirSync(SCREENS, { recursive: true });
  const file = join(SCREENS, `screens-${process.pid}.tsv`);
  return Promise.all([
    page.exposeBinding('__recordScreen', (_source, path, text) => {
      appendFileSync(file, `${path}\t${text.replace(/\s+/g, ' ')}\n`);
    }),
    page.addInitScript(() => {
      let timer = null;
      const snap = () => {
        timer = null;
        if (!document.body) return;
        const values = [...document.querySelectorAll('input:not([type=password])')].map((i) => i.value).join(' ');
        window.__recordScreen?.(location.pathname, `${document.body.innerText} ${values}`).catch?.(() => {});
      };
      const soon = () => { if (!timer) timer = setTimeout(snap, 40); };
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver(soon).observe(document.body, { subtree: true, childList: true, characterData: true,
          attributes: true, attributeFilter: ['class', 'hidden'] });
        document.addEventListener('input', soon, true);
        soon();
      });
    }),
  ]);
}

export async function launchBrowser() {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--autoplay-policy=no-user-gesture-required'],
  });
  // a page of its own context, as axe-core's builder wants; the context goes with the page
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => context.close().catch(() => {}));
    await recordScreens(page);
    return page;
  };
  return browser;
}

// Where a test saves the screenshots the documentation shows. A plain run writes them under e2e/out so
// that running the tests does not rewrite docs/img (binary churn in every diff); DOC_IMAGES=1 refreshes
// the documentation's copies on purpose.
export const DOC_IMAGES = process.env.DOC_IMAGES === '1'
  ? join(resolve(dirname(fileURLToPath(import.meta.url)), '..', '..'), 'docs', 'img')
  : join(resolve(dirname(fileURLToPath(import.meta.url)), '..'), 'out', 'doc-images');
mkdirSync(DOC_IMAGES, { recursive: true });
