import type { Span } from '../doc/news-doc.js';

/** A stretch of the text that cleaning set aside, and why. */
export interface RemovedSpan<Kind extends string = string> {
  span: Span;
  kind: Kind;
}

/**
 * The removed stretches of a document as the dossier gives them: neighbours
 * of the same kind with nothing but white space between them are one stretch
 * (a menu of twenty lines is one `navigation` block, not twenty). Cleaning
 * keeps them line by line; a scrape of 80,000 menu-like lines would otherwise
 * fill the dossier with 140,000 entries. `removed` is in text order.
 */
export function mergeRemoved<Kind extends string>(text: string, removed: ReadonlyArray<RemovedSpan<Kind>>): Array<RemovedSpan<Kind>> {
  const merged: Array<RemovedSpan<Kind>> = [];
  for (const { span, kind } of removed) {
    const last = merged.at(-1);
    if (last && last.kind === kind && BLANK.test(text.slice(last.span[1], span[0]))) last.span = [last.span[0], Math.max(last.span[1], span[1])];
    else merged.push({ span: [span[0], span[1]], kind });
  }
  return merged;
}

const BLANK = /^\s*$/u;
