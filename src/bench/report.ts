/**
 * Size and load time of report.html in Chromium, for the reference corpus (when
 * ../shared is beside the repository) and for a generated corpus.
 * Usage: npm run bench:report [-- <count>]
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { launchChromium } from '../report/browser.js';
import { renderReport } from '../report/report.js';
import { openSqliteStore } from '../store/sqlite.js';
import { generateStoryArticle } from './generate-stories.js';

const count = Number(process.argv[2] ?? 1000);
const folder = join(tmpdir(), `triangulate-report-${process.pid}`);
mkdirSync(join(folder, 'generated'), { recursive: true });
for (let i = 0; i < count; i++) writeFileSync(join(folder, 'generated', `${String(i).padStart(5, '0')}.txt`), generateStoryArticle(i).text);
const corpora: Array<[string, string]> = [[`${count} generated documents`, join(folder, 'generated')]];
const reference = join(process.cwd(), '..', 'shared', 'corpus', 'kazakhstan-2022', 'articles');
if (existsSync(reference)) corpora.unshift(['reference corpus (5 documents)', reference]);

const browser = await launchChromium();
for (const [label, path] of corpora) {
  const store = openSqliteStore(':memory:');
  const { dossier } = await runAnalysis([path], store);
  store.close();
  const file = join(folder, 'report.html');
  const html = renderReport(dossier);
  writeFileSync(file, html);
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const started = performance.now();
  await page.goto(pathToFileURL(file).href);
  await page.waitForSelector('#view table, #view .split');
  const loaded = performance.now() - started;
  const click = performance.now();
  await page.locator('tr.claim').first().click();
  await page.waitForSelector('#claim-detail article');
  console.log(`${label}: report.html ${(Buffer.byteLength(html) / 1024).toFixed(0)} KB, ${dossier.claims.length} claims; loaded and drawn in ${loaded.toFixed(0)} ms; first claim's evidence in ${(performance.now() - click).toFixed(0)} ms`);
  await page.close();
}
await browser.close();
rmSync(folder, { recursive: true, force: true });
