// SPDX-License-Identifier: MIT
// Opens each HTML page in Debian's Chromium (headless, through
// playwright-core) and, for page DIR/x.html, writes into OUT:
//   x.png             a screenshot of the whole page (kept as a test artefact)
//   x.pdf             the page printed, with its print rules
//   x.axe.txt         axe-core's WCAG 2.1 A and AA violations, one a line (empty: none)
//   x.requests.txt    every request the page made other than for itself (empty: none)
//   x.text.txt        the text of <main>, one block a line in reading order:
//                     headings, paragraphs, captions ("toc: " before each
//                     contents entry)
// Usage: node check_pages.mjs OUT PAGE.html...   (tests/client/test_html.cpp)
// Nothing is fetched: the browser is started with its background
// networking off, and every request is recorded.
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { basename, resolve, dirname, join } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const axeSource = readFileSync(join(here, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const [out, ...pages] = process.argv.slice(2);
if (!out || pages.length === 0) {
  console.error('usage: node check_pages.mjs OUT PAGE.html...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });

const profile = mkdtempSync(join(tmpdir(), 'papers-chromium-'));
const browser = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  viewport: { width: 1024, height: 768 },
});
let failed = 0;
try {
  for (const file of pages) {
    const url = pathToFileURL(resolve(file)).href;
    const stem = basename(file, '.html');
    const page = await browser.newPage();
    const requests = [];
    page.on('request', (r) => { if (r.url() !== url) requests.push(r.url()); });
    page.on('console', (m) => { if (m.type() === 'error') requests.push(`console: ${m.text()}`); });
    await page.goto(url, { waitUntil: 'load' });
    await page.screenshot({ path: join(out, `${stem}.png`), fullPage: true });
    await page.pdf({ path: join(out, `${stem}.pdf`), preferCSSPageSize: true });
    // axe-core, put into the page from here: the page itself runs no script.
    await page.evaluate(axeSource);
    const result = await page.evaluate(() =>
      window.axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }));
    const violations = result.violations.flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${v.help}: ${n.target.join(' ')}`));
    const text = await page.evaluate(() => {
      const squash = (s) => s.replace(/\s+/g, ' ').trim();
      const lines = [];
      for (const e of document.querySelector('main').querySelectorAll('p, h1, h2, h3, caption, nav.toc li')) {
        // A line break ends a line, as LibreOffice's text of the DOCX has it.
        const copy = e.cloneNode(true);
        for (const br of copy.querySelectorAll('br')) br.replaceWith('\n');
        const parts = copy.textContent.split('\n').map(squash).filter((t) => t);
        if (e.matches('nav.toc li')) lines.push(`toc: ${parts.join(' ')}`);
        else lines.push(...parts);
      }
      return lines;
    });
    writeFileSync(join(out, `${stem}.axe.txt`), violations.map((v) => v + '\n').join(''));
    writeFileSync(join(out, `${stem}.requests.txt`), requests.map((r) => r + '\n').join(''));
    writeFileSync(join(out, `${stem}.text.txt`), text.map((t) => t + '\n').join(''));
    console.log(`${file}: ${violations.length} axe violation(s), ${requests.length} request(s)`);
    if (violations.length || requests.length) failed++;
    await page.close();
  }
} finally {
  await browser.close();
  rmSync(profile, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
