import type { NewsDoc, Span } from '../../doc/news-doc.js';
import { languageTable } from '../../lang/index.js';
import type { CitationCue } from '../../lang/index.js';
import type { NamedStage } from '../../pipeline/compose.js';
import { outOfTime } from '../../doc/stage-timer.js';

/** A source the document says it draws on ("told RIA Novosti"). */
export interface Citation {
  name: string;
  span: Span;
}

declare module '../../doc/news-doc.js' {
  interface DataMap {
    citations: Citation[];
  }
}

/** Finds citation cues of the document's language in its body; needs clean and detect-language first. */
export function createFindCitations(): NamedStage {
  return {
    name: 'find-citations',
    run(doc: NewsDoc) {
      const cues = globalCues(doc.data.language?.code ?? null);
      const found: Citation[] = [];
      for (const [start, end] of doc.data.clean?.body ?? []) {
        if (outOfTime(doc, start)) break;
        const paragraph = doc.text.slice(start, end);
        for (const cue of cues) {
          for (const match of paragraph.matchAll(cue.pattern)) {
            const name = cue.name ?? trimName(match.groups?.source ?? '');
            if (!name) continue;
            const at = start + match.index + match[0].lastIndexOf(match.groups?.source ?? name);
            found.push({ name, span: [at, at + name.length] });
          }
        }
      }
      doc.data.citations = dedupe(found);
    },
  };
}

/** A cue compiled with the global flag. */
type CompiledCue = Omit<CitationCue, 'pattern'> & { pattern: RegExp };

const compiled = new Map<string | null, CompiledCue[]>();

/** The language's cues with the global flag that `matchAll` needs, compiled once. */
function globalCues(code: string | null): CompiledCue[] {
  let cues = compiled.get(code);
  if (!cues) {
    cues = (languageTable(code)?.citationCues ?? []).map((cue) => ({ ...cue, pattern: new RegExp(cue.pattern.source, cue.pattern.flags.replace('g', '') + 'g') }));
    compiled.set(code, cues);
  }
  return cues;
}

/** Drops a sentence stop or possessive the name pattern took along ("Interfax." → "Interfax"). */
function trimName(name: string): string {
  return name.replace(/['’]s$/u, '').replace(/[.,'’-]+$/u, '').trim();
}

function dedupe(citations: Citation[]): Citation[] {
  const seen = new Set<string>();
  return citations
    .sort((a, b) => a.span[0] - b.span[0])
    .filter((c) => {
      const key = `${c.span[0]}:${c.name}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}
