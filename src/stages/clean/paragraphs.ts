import type { NewsDoc, Span } from '../../doc/news-doc.js';

/** A paragraph that extraction reads: one of the body, or a reader comment. */
export interface Paragraph {
  span: Span;
  inComments: boolean;
}

/** The body paragraphs, then the comments, as cleaning left them. */
export function paragraphsOf(doc: NewsDoc): Paragraph[] {
  return [...(doc.data.clean?.body ?? []).map((span) => ({ span, inComments: false })), ...(doc.data.clean?.comments ?? []).map((c) => ({ span: c.span, inComments: true }))];
}
