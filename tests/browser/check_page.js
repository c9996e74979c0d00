// SPDX-License-Identifier: MIT
// SPDX-FileCopyrightText: 2026 The SC-WRES desktop developers
//
// Opens an HTML export in headless Chromium and reports, as one JSON document on standard output:
// axe-core's WCAG 2.1 A and AA violations, whether a 320 CSS pixel wide viewport scrolls
// sideways, the page's text and every table cell's text. The C++ test (tests/cli/test_html_report.cpp)
// judges the result against the engine.
//
// usage: node check_page.js NODE_DIR CHROMIUM FILE.html...  (one JSON array, a result per file)
'use strict';
const path = require('path');
const { createRequire } = require('module');

const [nodeDir, chromium, ...files] = process.argv.slice(2);
const local = createRequire(path.join(path.resolve(nodeDir), 'package.json'));
const puppeteer = local('puppeteer-core');
const axeSource = require('fs').readFileSync(local.resolve('axe-core/axe.min.js'), 'utf8');

(async () => {
  const browser = await puppeteer.launch({
    executablePath: chromium,
    headless: 'new',
    // CI runs as root in a container: Chromium's sandbox needs user namespaces it does not get.
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
  });
  try {
    const results = [];
    for (const file of files) {
    const page = await browser.newPage();
    const url = 'file://' + path.resolve(file);
    const result = {};
    // The narrow phone first: no horizontal scroll at 320 CSS pixels (WCAG 1.4.10 Reflow).
    await page.setViewport({ width: 320, height: 640, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    result.narrow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      bodyScrollWidth: document.body.scrollWidth,
    }));
    await page.addScriptTag({ content: axeSource });
    const axeNarrow = await page.evaluate(async () =>
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    // And on a desktop screen.
    await page.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    await page.goto(url, { waitUntil: 'load' });
    await page.addScriptTag({ content: axeSource });
    const axeWide = await page.evaluate(async () =>
      axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }));
    const brief = (v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => n.target.join(' ') + ': ' + n.failureSummary) });
    result.violations = axeNarrow.violations.map(brief).concat(axeWide.violations.map(brief));
    result.rulesPassed = axeWide.passes.length;
    result.lang = await page.evaluate(() => document.documentElement.lang);
    result.title = await page.title();
    result.text = await page.evaluate(() => document.body.innerText);
    result.cells = await page.evaluate(() => Array.from(document.querySelectorAll('td, th')).map((c) => c.innerText.trim()));
    result.dataCells = await page.evaluate(() => Array.from(document.querySelectorAll('td')).map((c) => c.innerText.trim()));
    result.headings = await page.evaluate(() => Array.from(document.querySelectorAll('h1,h2,h3,h4,h5,h6')).map((h) => Number(h.tagName[1])));
    result.images = await page.evaluate(() => Array.from(document.querySelectorAll('svg')).map((s) => ({
      role: s.getAttribute('role'),
      labelled: (s.getAttribute('aria-labelledby') || '').split(' ').every((id) => id && document.getElementById(id) && document.getElementById(id).textContent.trim().length > 0),
    })));
    results.push(result);
    await page.close();
    }
    process.stdout.write(JSON.stringify(results));
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e && e.stack || e); process.exit(1); });
