import type { DocFormat, DocMessage, NewsDoc, Span } from '../doc/news-doc.js';
import type { RemovedKind } from '../lang/index.js';
import type { Dateline } from '../stages/clean/metadata-lines.js';
import { parseDateLine } from '../stages/clean/metadata-lines.js';
import type { Mention } from '../stages/extract-entities/extract-mentions.js';
import type { Descriptor } from '../stages/extract-descriptors/extract-descriptors.js';
import type { FoundQuote } from '../stages/extract-quotes/extract-quotes.js';
import type { FoundQuantity } from '../stages/extract-quantities/extract-quantities.js';
import type { FoundDate } from '../stages/extract-dates/extract-dates.js';
import { hostOf } from '../text/web-address.js';

/** What the store keeps of an analysed document: everything of the dossier's Document but where it came from. */
export interface DocumentAnalysis {
  format: DocFormat;
  language: string | null;
  title: string | null;
  published: string | null;
  byline: string | null;
  dateline: Dateline | null;
  credit: string | null;
  /** Set when a "Reposted from …" line says the text is another publisher's. */
  republishedFrom: string | null;
  /** The publication the record says it comes from (a JSON field, og:site_name, or the host of its URL or of the address heading its text). */
  outlet: string | null;
  truncated: boolean;
  text: string;
  body: Span[];
  comments: Array<{ span: Span; author: string | null }>;
  removed: Array<{ span: Span; kind: RemovedKind }>;
  cites: Array<{ name: string; entity: string | null; span: Span }>;
  sentences: Span[];
  mentions: Mention[];
  descriptors: Descriptor[];
  quotes: FoundQuote[];
  quantities: FoundQuantity[];
  dates: FoundDate[];
  messages: DocMessage[];
}

/** Collects a finished document's stage results into the stored form. */
export function toAnalysis(doc: NewsDoc): DocumentAnalysis {
  const clean = doc.data.clean;
  return {
    format: doc.format,
    language: doc.data.language?.code ?? null,
    title: cleanTitle(doc.meta.title) ?? clean?.title ?? null,
    published: clean?.published ?? normalisePublished(doc.meta.published),
    byline: clean?.byline ?? doc.meta.byline ?? null,
    dateline: clean?.dateline ?? null,
    credit: clean?.credit ?? null,
    republishedFrom: clean?.republishedFrom ?? null,
    outlet: doc.meta.outlet?.trim() || hostOf(doc.meta.url) || hostOf(clean?.address) || null,
    truncated: clean?.truncated ?? false,
    text: doc.text,
    body: clean?.body ?? [],
    comments: clean?.comments ?? [],
    removed: clean?.removed ?? [],
    cites: (doc.data.citations ?? []).map((c) => ({ name: c.name, entity: null, span: c.span })),
    sentences: doc.data.sentences ?? [],
    mentions: doc.data.mentions ?? [],
    descriptors: doc.data.descriptors ?? [],
    quotes: doc.data.quotes ?? [],
    quantities: doc.data.quantities ?? [],
    dates: doc.data.dates ?? [],
    messages: doc.messages,
  };
}

function cleanTitle(title: string | null | undefined): string | null {
  const trimmed = title?.replace(/\s+/g, ' ').trim();
  return trimmed ? trimmed : null;
}

/** ISO dates as precise as given, down to the minute ("2022-01-18T07:36:00+03:00" → "2022-01-18T07:36"). */
export function normalisePublished(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(value.trim());
  if (iso) return iso[2] ? `${iso[1]}T${iso[2]}` : iso[1]!;
  return parseDateLine(value.replace(/^\w{3},\s*/, ''));
}

