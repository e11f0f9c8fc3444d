import type { DocMessage } from '../doc/news-doc.js';
import type { StoredDocument } from '../store/store.js';
import type { Dossier, DossierDocument } from './schema.js';
import { resolveEntities } from '../link/resolve-entities.js';
import { EntityIndex } from '../link/link-descriptors.js';
import { attributeQuotes } from '../link/attribute-quotes.js';
import { resolveDates } from '../link/resolve-dates.js';
import { clusterStories } from '../link/cluster-stories.js';

/** Assembles the dossier from stored documents and the problems met while reading. */
export function buildDossier(documents: readonly StoredDocument[], errors: readonly DocMessage[], now = new Date()): Dossier {
  const ids = new Map<string, number>();
  const docs = documents.map((stored) => toDocument(stored, uniqueId(stored.id, ids)));
  const sources = docs.map((doc, i) => ({ id: doc.id, text: doc.text, language: doc.language, mentions: documents[i]!.analysis.mentions, descriptors: documents[i]!.analysis.descriptors }));
  const entities = resolveEntities(sources);
  const index = new EntityIndex(sources, entities);
  const dates = resolveDates(docs.map((doc, i) => ({ id: doc.id, text: doc.text, language: doc.language, published: doc.published, dates: documents[i]!.analysis.dates })));
  const quantities = docs.flatMap((doc, i) =>
    documents[i]!.analysis.quantities.map(({ span, value, from, to, unit, approximate, atLeast, about }) => ({ doc: doc.id, span, text: doc.text.slice(span[0], span[1]), value, from, to, unit, approximate, atLeast, about })),
  );
  const { stories, storyOf } = clusterStories(docs.map((doc) => ({ id: doc.id, title: doc.title, published: doc.published, keys: storyKeys(doc.id, entities, quantities, dates) })));
  for (const doc of docs) doc.story = storyOf.get(doc.id) ?? null;
  const quotes = attributeQuotes(docs.map((doc, i) => ({ id: doc.id, text: doc.text, sentences: documents[i]!.analysis.sentences, quotes: documents[i]!.analysis.quotes, cites: documents[i]!.analysis.cites })), index);
  return {
    schema: 'triangulate.dossier/1',
    generatedAt: now.toISOString(),
    documents: docs,
    entities: entities.map((entity) => ({ id: entity.id, name: entity.name, type: entity.type, mentions: entity.mentions, descriptors: index.descriptorsOf(entity) })),
    quotes,
    quantities,
    dates,
    stories,
    relations: [],
    claims: [],
    timeline: [],
    errors: [...errors, ...documents.flatMap((d) => d.analysis.messages)].map(({ source, line, message }) => ({ source, line, message })),
  };
}

/** What a document is about, in keys that do not depend on its language: the entities it names in its articles' text, its figures of ten or more, its days. */
function storyKeys(
  doc: string,
  entities: ReadonlyArray<{ id: string; mentions: ReadonlyArray<{ doc: string; inComments: boolean }> }>,
  quantities: ReadonlyArray<{ doc: string; value: number | null; from: number | null }>,
  dates: ReadonlyArray<{ doc: string; date: string }>,
): string[] {
  const keys = entities.filter((e) => e.mentions.some((m) => m.doc === doc && !m.inComments)).map((e) => `e:${e.id}`);
  for (const q of quantities) if (q.doc === doc && (q.value ?? q.from ?? 0) >= 10) keys.push(`n:${q.value ?? q.from}`);
  for (const d of dates) if (d.doc === doc && d.date.length === 10) keys.push(`d:${d.date}`);
  return keys;
}

function toDocument({ source, analysis }: StoredDocument, id: string): DossierDocument {
  const { text, body } = analysis;
  return {
    id,
    source,
    format: analysis.format,
    language: analysis.language,
    title: analysis.title,
    published: analysis.published,
    byline: analysis.byline,
    dateline: analysis.dateline,
    credit: analysis.credit,
    truncated: analysis.truncated,
    text,
    body,
    bodyText: body.map(([s, e]) => text.slice(s, e)).join('\n\n'),
    comments: analysis.comments,
    removed: analysis.removed,
    cites: analysis.cites,
    story: null,
  };
}

/** Two files with the same stem in different folders get "name", "name~2", … */
function uniqueId(id: string, seen: Map<string, number>): string {
  const count = (seen.get(id) ?? 0) + 1;
  seen.set(id, count);
  return count === 1 ? id : `${id}~${count}`;
}
