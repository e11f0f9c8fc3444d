import type { Dossier } from '../dossier/schema.js';
import type { Claim } from '../link/claims/compare-claims.js';
import type { FramingRow } from '../link/framing/build-framing.js';
import type { DossierQuote } from '../link/entities/attribute-quotes.js';
import type { Span } from '../doc/news-doc.js';

/**
 * The dossier as four spreadsheets (claims, quotes, entities, framing), one
 * row per item with its document ids and evidence text. Written by hand
 * rather than with csv-stringify: RFC 4180 quoting is a dozen lines, and the
 * formula guard below is ours either way.
 */
export function renderCsvFiles(dossier: Dossier): Array<{ file: string; content: string }> {
  const textOf = spanText(dossier);
  const names = new Map((dossier.entities as Array<{ id: string; name: string }>).map((e) => [e.id, e.name]));
  const name = (id: string | null) => (id ? names.get(id) ?? id : '');
  return [
    { file: 'claims.csv', content: toCsv(['id', 'status', 'statement', 'documents', 'outlets', 'origins', 'origin sources', 'for', 'against', 'evidence'], claimRows(dossier.claims as Claim[], textOf, name)) },
    {
      file: 'quotes.csv',
      content: toCsv(
        ['id', 'document', 'kind', 'speaker id', 'speaker', 'text', 'medium', 'in comments'],
        (dossier.quotes as DossierQuote[]).map((q) => [q.id, q.doc, q.kind, q.speaker ?? '', name(q.speaker), q.text, q.medium ?? '', q.inComments ? 'yes' : 'no']),
      ),
    },
    {
      file: 'entities.csv',
      content: toCsv(
        ['id', 'name', 'type', 'documents', 'mentions', 'spellings'],
        (dossier.entities as Array<{ id: string; name: string; type: string; mentions: Array<{ doc: string; text: string }> }>).map((e) => [
          e.id,
          e.name,
          e.type,
          unique(e.mentions.map((m) => m.doc)).join('; '),
          String(e.mentions.length),
          unique(e.mentions.map((m) => m.text)).join('; '),
        ]),
      ),
    },
    {
      file: 'framing.csv',
      content: toCsv(
        ['entity id', 'entity', 'document', 'descriptors', 'speech verbs', 'hedges'],
        ((dossier.framing ?? []) as FramingRow[]).map((row) => [row.entity, name(row.entity), row.doc, ...[row.descriptors, row.verbs, row.hedges].map((items) => unique(items.map((i) => i.text)).join('; '))]),
      ),
    },
  ];
}

function claimRows(claims: readonly Claim[], textOf: (doc: string, span: Span) => string, name: (id: string) => string): string[][] {
  return claims.map((c) => [
    c.id,
    c.status,
    c.statement,
    c.documents.join('; '),
    String(c.documents.length),
    String(c.origins?.length ?? 0),
    (c.origins ?? []).map((o) => `${o.via ?? 'own reporting'}: ${o.documents.join(', ')}`).join('; '),
    c.for.map(name).join('; '),
    c.against.map(name).join('; '),
    c.evidence.map((e) => `${e.doc}: ${textOf(e.doc, e.span)}`).join('\n'),
  ]);
}

/** Cells a spreadsheet would run as a formula ("=HYPERLINK(…)", "+1", "-1", "@SUM"), or that start with a tab or carriage return. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Rows as RFC 4180 CSV: CRLF line ends, fields with a comma, quote or line break quoted, quotes doubled; formulas neutralised with a leading apostrophe (OWASP "CSV injection"). */
export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

function csvField(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function spanText(dossier: Dossier): (doc: string, span: Span) => string {
  const texts = new Map(dossier.documents.map((d) => [d.id, d.text]));
  return (doc, [start, end]) => (texts.get(doc) ?? '').slice(start, end).replace(/\s+/g, ' ').trim();
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
