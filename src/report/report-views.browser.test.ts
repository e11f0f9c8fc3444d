import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import type { Claim } from '../link/claims/compare-claims.js';
import type { Dossier } from '../dossier/schema.js';
import { analysePaths, hasShared, repoRoot, sharedRoot, tempDir } from '../test-support.js';
import { chromiumPath, launchChromium } from './browser.js';
import { renderReport } from './report.js';

/** Screenshots are kept here as test artifacts. */
const artifacts = join(repoRoot, 'test-artifacts');
const skip = (!chromiumPath() && !process.env.CI && 'no Chromium on this machine') || (!hasShared && 'no ../shared beside the repository');
const TABS = ['Claims', 'Timeline', 'Entities', 'Quotes', 'Documents', 'Sources', 'Problems'];
let browser: Browser;
let dossier: Dossier;
let url: string;

before(async () => {
  if (skip) return;
  browser = await launchChromium();
  mkdirSync(artifacts, { recursive: true });
  dossier = await analysePaths([join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles')]);
  const file = join(tempDir(), 'report.html');
  writeFileSync(file, renderReport(dossier));
  url = pathToFileURL(file).href;
});
after(async () => browser?.close());

async function open(width: number, hash = ''): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 844 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(url + hash);
  return { page, errors };
}

const kievClaim = () => (dossier.claims as Claim[]).find((c) => c.statement.includes('Kiev'))!;

test('report: the story title heads the page, sources are named by outlet, and a claim says how many origins stand behind it', { skip }, async () => {
  const { page, errors } = await open(1280);
  assert.equal(await page.locator('h1#story-title').textContent(), dossier.stories[0]!.title);
  const headers = await page.locator('table.matrix th.doc-col').allTextContents();
  assert.ok(headers.includes('UNIAN'), `outlet credit as a column label: ${headers.join(' | ')}`);
  assert.ok(!headers.some((h) => /^#\d+$/.test(h)), 'no bare numbers for sources');
  const kiev = kievClaim();
  assert.equal(await page.locator(`#claim-${kiev.id} .origins`).textContent(), '3 outlets · 1 origin (RIA Novosti)');
  for (const row of await page.locator('tr.claim').all()) {
    await row.click();
    assert.doesNotMatch((await page.locator('#claim-detail').textContent()) ?? '', /\bnull\b|undefined/, 'no stray null under a claim');
  }
  await page.click(`#claim-${kiev.id}`);
  await page.screenshot({ path: join(artifacts, 'report-origins-1280.png') });
  assert.deepEqual(errors, []);
  await page.close();
});

test('report: quotes and names from reader comments are set apart, shown only when asked for', { skip }, async () => {
  const { page } = await open(1280);
  await page.click('nav button:text-is("Quotes")');
  await page.locator('main > .split > div > section li.quote').first().waitFor();
  const articleQuotes = await page.locator('main > .split > div > section li.quote').allTextContents();
  assert.ok(articleQuotes.length > 3);
  assert.ok(!articleQuotes.some((q) => /If President Tokayev appeals/.test(q)), 'the State Duma quote is not among the article quotes');
  const section = page.locator('details.from-comments');
  // The count is the dossier's: every quote flagged inComments, whatever the quote finder reads in comments.
  const inComments = (dossier.quotes as Array<{ inComments: boolean }>).filter((q) => q.inComments).length;
  assert.ok(inComments >= 3);
  assert.match((await section.locator('summary').textContent()) ?? '', new RegExp(`From reader comments: ${inComments} quotes`));
  assert.equal(await section.locator('li.quote').count(), 0, 'closed until asked for');
  await section.locator('summary').click();
  // The list is drawn when the section opens: wait for it rather than read it in the same instant.
  await section.locator('li.quote').first().waitFor();
  assert.ok((await section.locator('li.quote').allTextContents()).some((q) => /If President Tokayev appeals/.test(q)));
  await page.screenshot({ path: join(artifacts, 'report-comments-1280.png') });
  await page.click('nav button:text-is("Entities")');
  await page.locator('main table.entities').first().locator('tr.entity strong').first().waitFor();
  const articleNames = await page.locator('main table.entities').first().locator('tr.entity strong').allTextContents();
  const commentOnly = (dossier.entities as Array<{ name: string; type: string; mentions: Array<{ doc: string; span: [number, number] }> }>).filter((e) => {
    const inComments = (m: { doc: string; span: [number, number] }) => dossier.documents.find((d) => d.id === m.doc)!.comments.some((c) => m.span[0] >= c.span[0] && m.span[0] < c.span[1]);
    return e.type !== 'other' && e.mentions.every(inComments);
  });
  assert.ok(commentOnly.length > 0, 'the reference corpus has names only in comments');
  for (const e of commentOnly) assert.ok(!articleNames.includes(e.name), `${e.name} is not an article entity`);
  await page.close();
});

test('report: claims filter by status, outlet and language, and #claim-… opens a claim', { skip }, async () => {
  const kiev = kievClaim();
  const { page, errors } = await open(1280, `#claim-${kiev.id}`);
  assert.equal(await page.locator('tr.claim.selected').getAttribute('id'), `claim-${kiev.id}`);
  assert.equal(await page.locator('#claim-detail > h3').textContent(), kiev.statement);
  const visible = () => page.locator('tr.claim:visible').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim')));
  const all = await visible();
  await page.selectOption('select[data-filter="status"]', 'contested');
  assert.deepEqual(await visible(), (dossier.claims as Claim[]).filter((c) => c.status === 'contested').map((c) => c.id));
  await page.selectOption('select[data-filter="status"]', '');
  await page.selectOption('select[data-filter="outlet"]', 'UNIAN');
  const unian = dossier.documents.find((d) => d.credit === 'UNIAN')!.id;
  assert.deepEqual(await visible(), (dossier.claims as Claim[]).filter((c) => c.documents.includes(unian)).map((c) => c.id));
  await page.selectOption('select[data-filter="outlet"]', '');
  await page.selectOption('select[data-filter="language"]', 'fr');
  const french = new Set(dossier.documents.filter((d) => d.language === 'fr').map((d) => d.id));
  assert.deepEqual(await visible(), (dossier.claims as Claim[]).filter((c) => c.documents.some((id) => french.has(id))).map((c) => c.id));
  await page.selectOption('select[data-filter="language"]', '');
  assert.deepEqual(await visible(), all);
  await page.locator(`#claim-${kiev.id} a.claim-link`).click();
  assert.equal(new URL(page.url()).hash, `#claim-${kiev.id}`);
  assert.deepEqual(errors, []);
  await page.close();
});

test('report: the timeline is centred on the story\'s days, outlying years folded to the edge', { skip }, async () => {
  const { page } = await open(1280);
  await page.click('nav button:text-is("Timeline")');
  const xs = await page.locator('svg.timeline-chart circle').evaluateAll((dots) => dots.map((c) => [c.getAttribute('data-date'), Number(c.getAttribute('cx'))] as const));
  const january = xs.filter(([date]) => date!.startsWith('2022-01'));
  assert.ok(january.length >= 5);
  const spread = Math.max(...january.map(([, x]) => x)) - Math.min(...january.map(([, x]) => x));
  assert.ok(spread > 400, `January 2022 spreads over the axis (${spread} of 680 units)`);
  assert.ok(!xs.some(([date]) => date!.startsWith('1998')), 'no dot for 1998 on the axis');
  assert.match((await page.locator('svg.timeline-chart g.folded').allTextContents()).join(' '), /\+5 « 1998/);
  await page.screenshot({ path: join(artifacts, 'report-timeline-folded-1280.png') });
  await page.close();
});

test('report: in the sources graph no edge passes over a node other than its two ends', { skip }, async () => {
  const { page } = await open(1280);
  await page.click('nav button:text-is("Sources")');
  // In the page: sample each edge every 2 units and look for a node other than its ends under it.
  const crossings = (await page.evaluate(`(() => {
    const svg = document.querySelector('svg.source-graph');
    const nodes = [...svg.querySelectorAll('.node')].map((n) => {
      const box = n.getBBox();
      return { id: n.getAttribute('data-node'), x: box.x + box.width / 2, y: box.y + box.height / 2, r: Math.max(box.width, box.height) / 2 + 2 };
    });
    const found = [];
    for (const edge of svg.querySelectorAll('.edge')) {
      const ends = new Set([edge.getAttribute('data-from'), edge.getAttribute('data-to')]);
      const length = edge.getTotalLength();
      for (let at = 0; at <= length; at += 2) {
        const point = edge.getPointAtLength(at);
        const hit = nodes.find((n) => !ends.has(n.id) && Math.hypot(point.x - n.x, point.y - n.y) < n.r);
        if (hit) { found.push([...ends].join('→') + ' over ' + hit.id); break; }
      }
    }
    return { found, edges: svg.querySelectorAll('.edge').length };
  })()`)) as { found: string[]; edges: number };
  assert.ok(crossings.edges >= 5, `edges drawn: ${crossings.edges}`);
  assert.deepEqual(crossings.found, []);
  await page.screenshot({ path: join(artifacts, 'report-sources-graph-1280.png') });
  await page.close();
});

test('report at 390 px: no element is wider than the screen on any tab; tables become lists', { skip }, async () => {
  const { page, errors } = await open(390, `#claim-${kievClaim().id}`);
  const overflowing = () =>
    page.evaluate(`[...document.querySelectorAll('body *')]
      .filter((e) => { const box = e.getBoundingClientRect(); return box.width > 0 && (box.right > window.innerWidth + 0.5 || box.left < -0.5); })
      .map((e) => e.tagName.toLowerCase() + '.' + String(e.className) + ' (' + Math.round(e.getBoundingClientRect().right) + ')')
      .slice(0, 5)`);
  for (const tab of TABS) {
    await page.click(`nav button:text-is("${tab}")`);
    if (tab === 'Quotes') await page.locator('details.from-comments summary').click();
    assert.deepEqual(await overflowing(), [], `${tab} at 390 px`);
    assert.ok(((await page.evaluate('document.documentElement.scrollWidth')) as number) <= 390, `${tab}: no sideways scrolling`);
    await page.screenshot({ path: join(artifacts, `report-${tab.toLowerCase()}-390.png`), fullPage: true });
  }
  await page.click('nav button:text-is("Claims")');
  assert.equal(await page.locator('table.matrix thead').isVisible(), false, 'the matrix header gives way to a list');
  assert.match((await page.locator(`#claim-${kievClaim().id} .sources-list`).textContent()) ?? '', /·/, 'each claim lists its sources instead of the matrix columns');
  assert.deepEqual(errors, []);
  await page.close();
});
