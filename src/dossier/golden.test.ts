import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runAnalysis } from '../pipeline/run-analysis.js';
import { openSqliteStore } from '../store/sqlite.js';
import { hasShared, referenceExpected, repoRoot, scoreParts, sharedRoot } from '../test-support.js';
import { DossierSchema } from './schema.js';
import type { Dossier } from './schema.js';

/** What a golden file pins for each document: everything cleaning and reading decided, as text. */
function summarise(dossier: Dossier) {
  return {
    documents: dossier.documents.map((d) => ({
      id: d.id,
      format: d.format,
      language: d.language,
      title: d.title,
      published: d.published,
      byline: d.byline,
      dateline: d.dateline,
      credit: d.credit,
      truncated: d.truncated,
      body: d.body.map(([s, e]) => d.text.slice(s, e)),
      comments: d.comments.map((c) => ({ text: d.text.slice(c.span[0], c.span[1]), author: c.author })),
      removed: d.removed.map((r) => ({ kind: r.kind, text: d.text.slice(r.span[0], r.span[1]) })),
      cites: d.cites.map((c) => c.name),
    })),
    entities: (dossier.entities as Array<{ name: string; type: string; mentions: Array<{ doc: string; text: string }>; descriptors: Array<{ doc: string; text: string }> }>).map((e) => ({
      name: e.name,
      type: e.type,
      mentions: [...new Set(e.mentions.map((m) => `${m.doc}: ${m.text}`))],
      descriptors: e.descriptors.map((d) => `${d.doc}: ${d.text}`),
    })),
    quotes: (dossier.quotes as Array<{ doc: string; kind: string; text: string; speaker: string | null; medium: string | null }>).map((q) => ({ doc: q.doc, kind: q.kind, text: q.text, speaker: nameOf(dossier, q.speaker), medium: q.medium })),
    quantities: (dossier.quantities as Array<{ doc: string; text: string; value: number | null; from: number | null; to: number | null; unit: string | null }>).map((q) => `${q.doc}: ${q.text} = ${q.value ?? `${q.from}..${q.to}`} ${q.unit ?? ''}`.trim()),
    dates: (dossier.dates as Array<{ doc: string; text: string; date: string; to: string | null }>).map((d) => `${d.doc}: ${d.text} = ${d.date}${d.to ? `..${d.to}` : ''}`),
    errors: dossier.errors.map((e) => ({ source: e.source.replace(/\\/g, '/'), line: e.line, message: e.message })),
  };
}

function nameOf(dossier: Dossier, id: string | null): string | null {
  return (dossier.entities as Array<{ id: string; name: string }>).find((e) => e.id === id)?.name ?? null;
}

/** Compares with test/fixtures/<name>/golden.json; UPDATE=1 rewrites it (review the diff). */
function assertGolden(name: string, dossier: Dossier): void {
  const path = join(repoRoot, 'test', 'fixtures', name, 'golden.json');
  const actual = summarise(dossier);
  if (process.env.UPDATE === '1' || !existsSync(path)) {
    mkdirSync(join(repoRoot, 'test', 'fixtures', name), { recursive: true });
    writeFileSync(path, `${JSON.stringify(actual, null, 2)}\n`);
  }
  assert.deepEqual(actual, JSON.parse(readFileSync(path, 'utf8')));
}

async function analyse(paths: string[]): Promise<Dossier> {
  const store = openSqliteStore(':memory:');
  const previous = process.cwd();
  process.chdir(repoRoot);
  try {
    return (await runAnalysis(paths, store)).dossier;
  } finally {
    process.chdir(previous);
    store.close();
  }
}

test('the example corpus matches its golden file and the dossier schema', async () => {
  const dossier = await analyse(['examples/articles']);
  DossierSchema.parse(dossier);
  assert.deepEqual(dossier.documents.map((d) => d.language), ['en', 'en', 'fr', 'ru', 'de', 'es', 'uk', 'en', 'ru']);
  assertGolden('examples', dossier);
});

test('spans are standoff: every span slices its own document text', async () => {
  const dossier = await analyse(['examples/articles']);
  for (const d of dossier.documents) {
    for (const [s, e] of [...d.body, ...d.comments.map((c) => c.span), ...d.removed.map((r) => r.span), ...d.cites.map((c) => c.span)]) {
      assert.ok(s >= 0 && s < e && e <= d.text.length, `${d.id}: span ${s}-${e}`);
    }
    // A cite of the document's own names its source; an inherited one ("via") points at the text it shares with the document that names it.
    for (const c of d.cites) if (!c.via) assert.equal(d.text.slice(c.span[0], c.span[1]), c.name);
    for (const c of d.cites) if (c.via) assert.ok(dossier.documents.some((other) => other.id === c.via && other.cites.some((o) => o.name === c.name)), `${d.id}: ${c.name} via ${c.via}`);
  }
  const textOf = new Map(dossier.documents.map((d) => [d.id, d.text]));
  for (const row of dossier.framing)
    for (const item of [...row.verbs, ...row.hedges, ...row.descriptors] as Array<{ span: [number, number]; text: string }>) assert.equal(textOf.get(row.doc)!.slice(item.span[0], item.span[1]), item.text);
});

test('the reference corpus matches its golden file and scores ≥ 0.95 on documents and cleaning', { skip: !hasShared && 'no ../shared beside the repository' }, async () => {
  const articles = join(sharedRoot, 'corpus', 'kazakhstan-2022', 'articles');
  const dossier = await analyse([articles]);
  DossierSchema.parse(dossier);
  assertGolden('kazakhstan-2022', { ...dossier, documents: dossier.documents.map((d) => ({ ...d, source: d.id })) });
  const scores = scoreParts(dossier, referenceExpected);
  const part = (name: string) => scores.get(name) ?? 0;
  assert.ok(part('documents') >= 0.95, `documents ${part('documents')}`);
  assert.ok(part('cleaning') >= 0.95, `cleaning ${part('cleaning')}`);
});
