import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { openSqliteStore } from '../store/sqlite.js';
import { hasShared, repoRoot, sharedRoot, tempDir } from '../test-support.js';
import { chromiumPath, launchChromium } from './browser.js';
import { renderReport } from './report.js';
import { createApp } from '../server/app.js';

/** Screenshots are kept here as test artifacts. */
const artifacts = join(repoRoot, 'test-artifacts');
// Under CI a missing browser is a failure, not a skip: .ci/run installs it.
const noBrowser = !chromiumPath() && !process.env.CI && 'no Chromium on this machine';
let browser: Browser;

before(async () => {
  if (noBrowser) return;
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
});
after(async () => browser?.close());

async function reportOf(paths: string[]): Promise<string> {
  const store = openSqliteStore(':memory:');
  try {
    const { dossier } = await runAnalysis(paths, store);
    const file = join(tempDir(), 'report.html');
    writeFileSync(file, renderReport(dossier));
    return pathToFileURL(file).href;
  } finally {
    store.close();
  }
}

test('reference report: clicking the contested claim highlights the evidence of both sides', { skip: noBrowser || (!hasShared && 'no ../shared beside the repository') }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(await reportOf([join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles')]));
  await page.click('tr[data-status="contested"]');
  const marks = page.locator('#claim-detail mark');
  const texts = await marks.allTextContents();
  assert.ok(texts.some((t) => /foreign fighters/.test(t)), `supporting side: ${texts.join(' | ')}`);
  assert.ok(texts.some((t) => /no foreigners/.test(t)), `opposing side: ${texts.join(' | ')}`);
  assert.equal(await page.locator('#claim-detail mark.against').count(), 1);
  await page.screenshot({ path: join(artifacts, 'report-contested-1280.png') });
  // A quote or an entity, once selected, is shown highlighted in its documents too.
  await page.click('nav button:text-is("Quotes")');
  const quote = page.locator('li.quote').first();
  const quoteText = (await quote.textContent())!;
  await quote.click();
  const quoteMarks = await page.locator('#evidence mark').allTextContents();
  assert.ok(quoteMarks.some((m) => m.length > 10 && quoteText.includes(m)), `quote evidence: ${quoteMarks.join(' | ')}`);
  await page.click('nav button:text-is("Entities")');
  await page.locator('tr.entity', { hasText: 'Mukhtar Ablyazov' }).first().click();
  const mentions = await page.locator('#evidence mark').allTextContents();
  assert.ok(mentions.includes('Ablyazov') && mentions.includes('Mukhtar Ablyazov'), `entity evidence: ${mentions.slice(0, 5).join(' | ')}`);
  await page.screenshot({ path: join(artifacts, 'report-entities-1280.png') });
  await page.click('nav button:text-is("Timeline")');
  assert.ok((await page.locator('svg.timeline-chart circle').count()) >= 5, 'the timeline chart has its dated entries');
  await page.screenshot({ path: join(artifacts, 'report-timeline-1280.png') });
  await page.click('nav button:text-is("Sources")');
  assert.ok((await page.locator('svg.source-graph .edge[marker-end="url(#arrow-shared-text)"]').count()) >= 2, 'shared-text edges in the graph');
  assert.ok((await page.locator('svg.source-graph text').allTextContents()).includes('RIA Novosti'), 'the cited agency is a node');
  await page.screenshot({ path: join(artifacts, 'report-sources-1280.png') });
  await page.click('nav button:text-is("Claims")');
  await page.click('tr[data-status="contested"]');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join(artifacts, 'report-contested-phone.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('hostile article text runs no script in the report, and shows as text', { skip: noBrowser }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(await reportOf([join(repoRoot, 'test', 'fixtures', 'hostile')]));
  for (const tab of ['Claims', 'Timeline', 'Entities', 'Quotes', 'Documents', 'Sources', 'Problems']) {
    await page.click(`nav button:text-is("${tab}")`);
    await page.locator('main mark, main td, main p, main li').first().hover().catch(() => undefined);
  }
  await page.click('nav button:text-is("Documents")');
  assert.equal(await page.evaluate('window.__pwned ?? null'), null);
  const shown = await page.locator('main').textContent();
  assert.match(shown ?? '', /<img src=x onerror=/, 'the markup in the article is shown as text');
  assert.equal(await page.locator('main img, main script, main b').count(), 0);
  assert.deepEqual(dialogs, []);
  await page.screenshot({ path: join(artifacts, 'report-hostile.png'), fullPage: true });
  await page.close();
});

test('the web app in Chromium: home page and story page run no script from the articles', { skip: noBrowser }, async () => {
  const store = openSqliteStore(':memory:');
  const server = serve({ fetch: createApp({ store, token: null }).fetch, hostname: '127.0.0.1', port: 0 });
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  try {
    const hostile = join(repoRoot, 'test', 'fixtures', 'hostile');
    const articles = ['script-in-text.txt', 'script-in-page.html'].map((name) => ({ name, content: readFileSync(join(hostile, name), 'utf8') }));
    const ingested = await fetch(`${base}/api/articles`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
    assert.equal(ingested.status, 200);
    await page.goto(`${base}/?q=Portavela`);
    assert.ok((await page.locator('#documents tbody tr').count()) >= 1, 'search finds the articles');
    assert.match((await page.locator('#stories').textContent()) ?? '', /reopens/);
    await page.screenshot({ path: join(artifacts, 'app-home.png') });
    await page.locator('#stories a').first().click();
    for (const tab of ['Claims', 'Entities', 'Quotes', 'Documents']) await page.click(`nav button:text-is("${tab}")`);
    assert.equal(await page.evaluate('window.__pwned ?? null'), null);
    assert.equal(await page.locator('main img, main script').count(), 0);
    await page.screenshot({ path: join(artifacts, 'app-story.png') });
  } finally {
    await page.close();
    await new Promise((resolve) => server.close(resolve));
    store.close();
  }
});

test('a report of several stories shows one story at a time, chosen from a list', { skip: noBrowser }, async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(await reportOf([join(repoRoot, 'test', 'fixtures', 'two-stories', 'articles')]));
  assert.equal(await page.locator('table.matrix th.doc-col').count(), 5, 'the flood story first (five documents)');
  const strike = await page.locator('#story option', { hasText: 'Autoriva' }).getAttribute('value');
  await page.selectOption('#story', strike!);
  assert.equal(await page.locator('table.matrix th.doc-col').count(), 2);
  await page.click('tr[data-status="contested"]');
  assert.deepEqual(await page.locator('#claim-detail mark').allTextContents(), ['4.000 trabajadores secundaron la huelga', 'ninguna línea de producción se detuvo']);
  await page.close();
});
