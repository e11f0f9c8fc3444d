import type { Dossier } from '../dossier/schema.js';
import type { Claim } from '../link/claims/compare-claims.js';
import type { TimelineEntry } from '../link/timeline/build-timeline.js';
import type { Relation } from '../link/relations/detect-relations.js';
import type { FramingRow } from '../link/framing/build-framing.js';

/** Article text as Markdown-safe inline text: no markup, no table breaks, no raw HTML. */
export function mdText(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/([\\`*_[\]|#])/g, '\\$1').trim();
}

/** The dossier as Markdown for notes and tickets: overview, claims, timeline, sources, framing, quotes, problems. */
export function renderMarkdown(dossier: Dossier): string {
  const entities = new Map((dossier.entities as Array<{ id: string; name: string; type: string; mentions: Array<{ text: string }> }>).map((e) => [e.id, e]));
  const name = (id: string) => mdText(entities.get(id)?.name ?? id);
  const languages = [...new Set(dossier.documents.map((d) => d.language).filter(Boolean))];
  const lines: string[] = [`# ${mdText(dossier.stories[0]?.title ?? 'Triangulate dossier')}`, '', `${plural(dossier.documents.length, 'document')}, ${plural(dossier.stories.length, 'story', 'stories')}, languages: ${languages.join(', ') || '—'}.`, ''];
  lines.push('## Stories', '');
  for (const story of dossier.stories) lines.push(`- **${story.id}** ${mdText(story.title)} (${story.documents.length} documents: ${story.documents.map(mdText).join(', ')})`);
  lines.push('', '## Documents', '', '| id | title | language | published | outlet | story |', '| --- | --- | --- | --- | --- | --- |');
  for (const d of dossier.documents) lines.push(`| ${mdText(d.id)} | ${mdText(d.title ?? '')} | ${d.language ?? ''} | ${d.published ?? ''} | ${mdText(d.outlet ?? d.credit ?? '')} | ${d.story ?? ''} |`);
  lines.push('', '## Claims', '', '| status | claim | documents |', '| --- | --- | --- |');
  for (const c of dossier.claims as Claim[]) {
    const sides = c.for.length || c.against.length ? ` (for: ${c.for.map(name).join(', ')}; against: ${c.against.map(name).join(', ')})` : '';
    lines.push(`| ${c.status} | ${mdText(c.statement)}${sides} | ${c.documents.map(mdText).join(', ')} (${originsLine(c)}) |`);
  }
  lines.push('', '## Timeline', '');
  for (const t of dossier.timeline as TimelineEntry[]) lines.push(`- **${t.date}${t.to ? ` – ${t.to}` : ''}** ${mdText(t.event)} (${t.documents.map(mdText).join(', ')})`);
  lines.push('', '## Sources', '');
  for (const r of dossier.relations as Relation[]) lines.push(`- ${r.type}: ${mdText(r.from)} ${r.direction === 'unknown' ? '↔' : '→'} ${mdText(r.to)} (score ${r.score}, ${r.evidence.length} passages${r.direction === 'unknown' ? ', which came first is unknown' : ''})`);
  for (const d of dossier.documents) for (const cite of d.cites) lines.push(`- ${mdText(d.id)} cites ${mdText(cite.name)}${cite.via ? ` (via ${mdText(cite.via)})` : ''}`);
  lines.push('', '## Framing', '', '| actor | document | called | speech verbs | hedges |', '| --- | --- | --- | --- | --- |');
  for (const row of (dossier.framing as FramingRow[]) ?? []) {
    const list = (items: Array<{ text: string }>) => [...new Set(items.map((i) => mdText(i.text)))].join(', ');
    lines.push(`| ${name(row.entity)} | ${mdText(row.doc)} | ${list(row.descriptors)} | ${list(row.verbs)} | ${list(row.hedges)} |`);
  }
  lines.push('', '## Quotes', '');
  for (const q of dossier.quotes as Array<{ doc: string; kind: string; text: string; speaker: string | null }>) lines.push(`- ${q.speaker ? name(q.speaker) : 'unattributed'} (${mdText(q.doc)}, ${q.kind}): “${mdText(q.text)}”`);
  if (dossier.errors.length) {
    lines.push('', '## Problems', '');
    for (const e of dossier.errors) lines.push(`- ${mdText(e.source)}${e.line ? `:${e.line}` : ''}: ${mdText(e.message)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** "3 outlets · 1 origin (RIA Novosti)": how many independent voices stand behind a claim. */
export function originsLine(claim: Pick<Claim, 'documents' | 'origins'>): string {
  const origins = claim.origins ?? [];
  const named = origins.map((o) => o.via).filter(Boolean);
  return `${plural(claim.documents.length, 'outlet')} · ${plural(origins.length, 'origin')}${named.length ? ` (${named.join(', ')})` : ''}`;
}

/** "1 story", "2 stories": a count with its noun. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
