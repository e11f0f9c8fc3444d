import type { Span } from '../../doc/news-doc.js';
import type { Claim } from './compare-claims.js';
import type { Relation } from '../relations/detect-relations.js';
import { spanAt } from '../../text/span-index.js';
import { UnionFind } from '../shared/union-find.js';

/** One independent origin of a claim: the documents that relay it, and the voice they relay when known. */
export interface ClaimOrigin {
  /** The cited outlet ("RIA Novosti") or the speaker's name the documents relay; null for a document's own reporting. */
  via: string | null;
  documents: string[];
}

/** A document as origin tracing reads it. */
export interface OriginSource {
  id: string;
  sentences: readonly Span[];
  /** Sources the document cites; an inherited cite (`via`) is left to the text relation it came through. */
  cites: ReadonlyArray<{ name: string; span: Span; via?: string }>;
  /** Quotes and reported statements with their speakers' entity ids. */
  speech: ReadonlyArray<{ span: Span; speaker: string | null }>;
  /** Entity mentions, to find the sentence that says where a speaker spoke ("Ablyazov told RIA Novosti"). */
  mentions: ReadonlyArray<{ entity: string; span: Span }>;
}

/**
 * Sets each claim's independent origins. Two documents are one origin when
 * they relay the same voice for it: a source cited in the evidence, the
 * speaker of a statement in the evidence, or the outlet that speaker talked to
 * ("said in an interview with RIA Novosti"); or when one copies, translates
 * or shares text with the other. Three outlets relaying one interview are
 * "3 outlets · 1 origin".
 */
export function attachOrigins(claims: readonly Claim[], sources: ReadonlyMap<string, OriginSource>, relations: readonly Relation[], nameOf: (entity: string) => string): void {
  const related = new Set(relations.map((r) => `${r.from}\0${r.to}`));
  for (const claim of claims) {
    const documents = claim.documents;
    const voices = documents.map((doc) => {
      const source = sources.get(doc);
      return source ? voicesOf(source, claim.evidence.filter((e) => e.doc === doc).map((e) => e.span)) : [];
    });
    const sets = new UnionFind(documents.length);
    const firstWithVoice = new Map<string, number>();
    voices.forEach((keys, i) => {
      for (const key of keys) {
        const first = firstWithVoice.get(key);
        if (first === undefined) firstWithVoice.set(key, i);
        else sets.union(first, i);
      }
      documents.forEach((other, j) => {
        if (related.has(`${documents[i]}\0${other}`) || related.has(`${other}\0${documents[i]}`)) sets.union(i, j);
      });
    });
    const groups = new Map<number, number[]>();
    documents.forEach((_, i) => (groups.get(sets.find(i)) ?? groups.set(sets.find(i), []).get(sets.find(i))!).push(i));
    claim.origins = [...groups.values()]
      .map((members) => ({ via: label(members.flatMap((i) => voices[i]!), nameOf), documents: members.map((i) => documents[i]!) }))
      .sort((a, b) => b.documents.length - a.documents.length);
  }
}

/** The voices a document relays in the given evidence: "cite:<name>" and "speaker:<entity>". */
function voicesOf(source: OriginSource, spans: readonly Span[]): string[] {
  const overlaps = (span: Span) => spans.some(([s, e]) => span[0] < e && span[1] > s);
  const keys = new Set<string>();
  const own = source.cites.filter((c) => !c.via);
  for (const cite of own) if (overlaps(cite.span)) keys.add(`cite:${cite.name}`);
  const { sentenceOf, sentencesNaming } = lookupsOf(source);
  for (const { speaker } of source.speech.filter((q) => q.speaker && overlaps(q.span))) {
    keys.add(`speaker:${speaker}`);
    // The speaker is named in the cite's sentence or the one before it ("… Ablyazov said … He stated this in an interview with RIA Novosti").
    const named = sentencesNaming.get(speaker!) ?? NO_SENTENCES;
    for (const cite of own) {
      const k = sentenceOf(cite.span[0]);
      if (k >= 0 && (named.has(k) || named.has(k - 1))) keys.add(`cite:${cite.name}`);
    }
  }
  return [...keys];
}

const NO_SENTENCES: ReadonlySet<number> = new Set();

/** A source's sentence of a position, and the sentences naming each entity: found once per source, asked per claim. */
interface SourceLookups {
  sentenceOf: (position: number) => number;
  sentencesNaming: ReadonlyMap<string, ReadonlySet<number>>;
}

const lookups = new WeakMap<OriginSource, SourceLookups>();

function lookupsOf(source: OriginSource): SourceLookups {
  const known = lookups.get(source);
  if (known) return known;
  const sentenceOf = spanAt(source.sentences);
  const sentencesNaming = new Map<string, Set<number>>();
  for (const m of source.mentions) (sentencesNaming.get(m.entity) ?? sentencesNaming.set(m.entity, new Set()).get(m.entity)!).add(sentenceOf(m.span[0]));
  const found = { sentenceOf, sentencesNaming };
  lookups.set(source, found);
  return found;
}

/** The voice most of an origin's documents relay: a cited outlet first, else a speaker. */
function label(keys: readonly string[], nameOf: (entity: string) => string): string | null {
  const count = (prefix: string) => {
    const tally = new Map<string, number>();
    for (const key of keys) if (key.startsWith(prefix)) tally.set(key.slice(prefix.length), (tally.get(key.slice(prefix.length)) ?? 0) + 1);
    return [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  };
  const cite = count('cite:');
  if (cite) return cite;
  const speaker = count('speaker:');
  return speaker ? nameOf(speaker) : null;
}
