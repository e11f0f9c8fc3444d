import type { DocMessage } from '../doc/news-doc.js';
import type { StoredDocument } from '../store/store.js';
import type { Dossier, DossierDocument } from './schema.js';
import type { Span } from '../doc/news-doc.js';
import type { Mention } from '../stages/extract-entities/extract-mentions.js';
import { resolveEntities } from '../link/entities/resolve-entities.js';
import { EntityIndex } from '../link/entities/link-descriptors.js';
import { attributeQuotes } from '../link/entities/attribute-quotes.js';
import { resolveDates } from '../link/timeline/resolve-dates.js';
import { clusterStories } from '../link/stories/cluster-stories.js';
import { storyFeatures } from '../link/stories/features.js';
import type { StoryFeature } from '../link/stories/features.js';
import { detectRelations } from '../link/relations/detect-relations.js';
import { relationCandidates } from '../link/relations/relation-candidates.js';
import type { Relation } from '../link/relations/detect-relations.js';
import { compareClaims } from '../link/claims/compare-claims.js';
import { claimSentences } from '../link/claims/claim-content.js';
import { attachOrigins } from '../link/claims/claim-origins.js';
import type { OriginSource } from '../link/claims/claim-origins.js';
import { citeRelations } from '../link/relations/cite-relations.js';
import type { FigurePoint } from '../link/claims/compare-figures.js';
import type { DocumentAnalysis } from './document.js';
import { buildTimeline } from '../link/timeline/build-timeline.js';
import { buildFraming } from '../link/framing/build-framing.js';
import { nameKey } from '../text/name-key.js';
import { spanAt } from '../text/span-index.js';
import { mergeRemoved } from './removed-spans.js';

/**
 * Assembles the dossier from stored documents and the problems met while reading. `known` holds story features
 * already worked out for some documents (by content hash), such as those a run placed in the store's stories.
 */
export function buildDossier(documents: readonly StoredDocument[], errors: readonly DocMessage[], now = new Date(), known: ReadonlyMap<string, readonly StoryFeature[]> = new Map()): Dossier {
  const ids = new Map<string, number>();
  const docs = documents.map((stored) => toDocument(stored, uniqueId(stored.id, ids)));
  const sources = docs.map((doc, i) => ({ id: doc.id, text: doc.text, language: doc.language, mentions: documents[i]!.analysis.mentions, descriptors: documents[i]!.analysis.descriptors }));
  const entities = resolveEntities(sources);
  const index = new EntityIndex(sources, entities);
  const dates = resolveDates(docs.map((doc, i) => ({ id: doc.id, text: doc.text, language: doc.language, published: doc.published, dates: documents[i]!.analysis.dates })));
  const quantities = docs.flatMap((doc, i) =>
    documents[i]!.analysis.quantities.map(({ span, value, from, to, unit, approximate, atLeast, about }) => ({ doc: doc.id, span, text: doc.text.slice(span[0], span[1]), value, from, to, unit, approximate, atLeast, about })),
  );
  const quantitiesOf = groupByDoc(quantities);
  const datesOf = groupByDoc(dates);
  const features = documents.map((stored) => known.get(stored.hash) ?? storyFeatures(stored.analysis));
  const relationSources = docs.map((doc, i) => {
    const sentences = documents[i]!.analysis.sentences;
    const provenance = { republishedFrom: documents[i]!.analysis.republishedFrom, credit: doc.credit, outlet: doc.outlet, cites: doc.cites };
    return { id: doc.id, language: doc.language, published: doc.published, ...provenance, text: doc.text, story: doc.story, sentences, anchors: sentenceAnchors(i, sentences, documents[i]!.analysis.mentions, index, quantitiesOf.get(doc.id) ?? [], datesOf.get(doc.id) ?? []) };
  });
  linkCites(docs, entities);
  const relations = detectRelations(relationSources, relationCandidates(docs.map((doc, i) => ({ features: features[i]!, published: doc.published }))));
  // Stories come after relations: a copy or translation found by its sentences, left alone by clustering, joins its original's story.
  const related = relations.filter((r) => r.type !== 'shared-text').map((r) => [r.from, r.to] as const);
  const { stories, storyOf } = clusterStories(docs.map((doc, i) => ({ id: doc.id, title: doc.title, published: doc.published, language: doc.language, features: features[i]! })), related);
  for (const doc of docs) doc.story = storyOf.get(doc.id) ?? null;
  for (const source of relationSources) source.story = storyOf.get(source.id) ?? null;
  const sourceById = new Map(relationSources.map((source) => [source.id, source]));
  // Each document's sentence of a position, found by binary search: a long document has thousands of quotes and dates.
  const sentenceLookups = new Map<string, (position: number) => number>();
  const sentenceAt = (source: (typeof relationSources)[number]) => sentenceLookups.get(source.id) ?? sentenceLookups.set(source.id, spanAt(source.sentences)).get(source.id)!;
  const entityById = new Map(entities.map((entity) => [entity.id, entity]));
  inheritCitations(docs, relations);
  const quotes = attributeQuotes(docs.map((doc, i) => ({ id: doc.id, text: doc.text, sentences: documents[i]!.analysis.sentences, quotes: documents[i]!.analysis.quotes, cites: doc.cites.filter((c) => !c.via) })), index);
  const dossierEntities = entities.map((entity) => ({ id: entity.id, name: entity.name, type: entity.type, mentions: entity.mentions, descriptors: index.descriptorsOf(entity) }));
  const claims = compareClaims(
    relationSources.flatMap((source, i) => claimSentences({ ...source, names: [...documents[i]!.analysis.mentions, ...documents[i]!.analysis.descriptors].map((m) => m.span), figures: figuresOf(quantitiesOf.get(source.id) ?? []) })),
    quotes
      .filter((q) => q.kind === 'reported' && !q.inComments)
      .map((q) => {
        const source = sourceById.get(q.doc)!;
        const sentence = source.sentences[sentenceAt(source)(q.span[0])] ?? q.span;
        return { doc: q.doc, language: source.language, span: q.span, text: q.text, speaker: q.speaker, sentence, sentenceText: source.text.slice(sentence[0], sentence[1]) };
      }),
    relations,
    relationSources.flatMap((source, i) => figurePoints(source, documents[i]!.analysis.quantities)),
  );
  attachOrigins(claims, originSources(docs, relationSources, quotes, entities), relations, (id) => entityById.get(id)?.name ?? id);
  return {
    schema: 'triangulate.dossier/1',
    generatedAt: now.toISOString(),
    documents: docs,
    entities: dossierEntities,
    quotes,
    quantities,
    dates,
    stories,
    relations: [...relations, ...citeRelations(docs)],
    claims,
    timeline: buildTimeline(
      dates.map((d) => {
        const source = sourceById.get(d.doc);
        const sentence = source?.sentences[sentenceAt(source)(d.span[0])];
        return { ...d, language: source?.language ?? null, sentence: sentence ? source!.text.slice(sentence[0], sentence[1]) : d.text };
      }),
    ),
    framing: buildFraming(relationSources, dossierEntities, quotes),
    errors: [...errors, ...documents.flatMap((d) => d.analysis.messages)].map(({ source, line, message }) => ({ source, line, message })),
  };
}

/** The figures of a document with a value, as claims compare them. */
function figuresOf(quantities: ReadonlyArray<{ span: Span; value: number | null; from: number | null; unit: string | null; about: string }>) {
  return quantities.flatMap((q) => {
    const value = q.value ?? q.from;
    return value === null ? [] : [{ span: q.span, value, unit: q.unit, about: q.about }];
  });
}

/** What origin tracing reads of each document: its sentences, cites, speech and entity mentions. */
function originSources(
  docs: readonly DossierDocument[],
  relationSources: ReadonlyArray<{ id: string; sentences: readonly Span[] }>,
  quotes: ReadonlyArray<{ doc: string; span: Span; speaker: string | null }>,
  entities: ReadonlyArray<{ id: string; mentions: ReadonlyArray<{ doc: string; span: Span }> }>,
): Map<string, OriginSource> {
  const speechOf = groupByDoc(quotes);
  const mentionsOf = groupByDoc(entities.flatMap((entity) => entity.mentions.map((m) => ({ doc: m.doc, entity: entity.id, span: m.span }))));
  return new Map(docs.map((doc, i) => [doc.id, { id: doc.id, sentences: relationSources[i]!.sentences, cites: doc.cites, speech: speechOf.get(doc.id) ?? [], mentions: mentionsOf.get(doc.id) ?? [] }]));
}

function groupByDoc<T extends { doc: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(item.doc);
    if (list) list.push(item);
    else groups.set(item.doc, [item]);
  }
  return groups;
}

/** A cite names an entity when one of the document's mentions lies in its span, else when a mention anywhere is spelled like it. */
function linkCites(docs: DossierDocument[], entities: ReadonlyArray<{ id: string; mentions: ReadonlyArray<{ doc: string; span: Span; text: string }> }>): void {
  const byKey = new Map<string, string>();
  const mentionsOf = new Map<string, Array<{ entity: string; span: Span }>>();
  for (const entity of entities) {
    for (const m of entity.mentions) {
      if (!byKey.has(nameKey(m.text))) byKey.set(nameKey(m.text), entity.id);
      (mentionsOf.get(m.doc) ?? mentionsOf.set(m.doc, []).get(m.doc)!).push({ entity: entity.id, span: m.span });
    }
  }
  for (const doc of docs) {
    for (const cite of doc.cites) {
      const inside = mentionsOf.get(doc.id)?.find((m) => m.span[0] < cite.span[1] && m.span[1] > cite.span[0]);
      cite.entity = inside?.entity ?? byKey.get(nameKey(cite.name)) ?? null;
    }
  }
}

/**
 * Provenance through text relations: a document that copies or translates
 * another also traces back to the sources that one cites ("told RIA
 * Novosti"); the inherited cite points at the first shared sentence. When
 * nothing says which of the two came first, the shared text traces back to
 * the sources of both.
 */
function inheritCitations(docs: DossierDocument[], relations: readonly Relation[]): void {
  const byId = new Map(docs.map((doc) => [doc.id, doc]));
  for (const relation of relations) {
    const first = relation.evidence[0];
    if (!first) continue;
    inherit(byId.get(relation.from), byId.get(relation.to), first.from);
    if (relation.direction === 'unknown') inherit(byId.get(relation.to), byId.get(relation.from), first.to);
  }
}

function inherit(derived: DossierDocument | undefined, source: DossierDocument | undefined, span: Span): void {
  if (!derived || !source) return;
  for (const cite of source.cites) {
    if (cite.via || derived.cites.some((c) => c.name === cite.name)) continue;
    derived.cites.push({ name: cite.name, entity: cite.entity, span, via: source.id });
  }
}

/** What each sentence states, in keys that survive translation: the entities it names, its figures, its days. */
function sentenceAnchors(
  docIndex: number,
  sentences: readonly Span[],
  mentions: readonly Mention[],
  index: EntityIndex,
  quantities: ReadonlyArray<{ span: Span; value: number | null; from: number | null }>,
  dates: ReadonlyArray<{ span: Span; date: string }>,
): Array<Set<string>> {
  const anchors = sentences.map(() => new Set<string>());
  const at = spanAt(sentences);
  mentions.forEach((m, i) => {
    const entity = index.mentionEntity(docIndex, i);
    if (entity) anchors[at(m.span[0])]?.add(`e:${entity.id}`);
  });
  for (const q of quantities) anchors[at(q.span[0])]?.add(`n:${q.value ?? q.from}`);
  for (const d of dates) anchors[at(d.span[0])]?.add(`d:${d.date}`);
  return anchors;
}

/** The article's figures with the day each was reported: the document's date, else the one day its sentence names. */
function figurePoints(
  source: { id: string; story: string | null; published: string | null; sentences: readonly Span[]; anchors: ReadonlyArray<ReadonlySet<string>> },
  quantities: DocumentAnalysis['quantities'],
): FigurePoint[] {
  const at = spanAt(source.sentences);
  return quantities.flatMap((q) => {
    const value = q.value ?? q.from;
    if (value === null || q.inComments) return [];
    const k = at(q.span[0]);
    const days = k < 0 ? [] : [...source.anchors[k]!].filter((a) => /^d:\d{4}-\d{2}-\d{2}$/.test(a));
    return [{ doc: source.id, story: source.story, span: q.span, value, unit: q.unit, about: q.about, day: source.published?.slice(0, 10) ?? (days.length === 1 ? days[0]!.slice(2) : null) }];
  });
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
    outlet: analysis.outlet ?? null,
    truncated: analysis.truncated,
    text,
    body,
    bodyText: body.map(([s, e]) => text.slice(s, e)).join('\n\n'),
    comments: analysis.comments,
    removed: mergeRemoved(text, analysis.removed),
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
