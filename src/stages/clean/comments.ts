import type { Span } from '../../doc/news-doc.js';
import type { Line } from './lines.js';
import { commentAuthorSuffixes, phrasesOf } from './phrases.js';

/** A reader comment: its text and, when the thread names one, its author. */
export interface Comment {
  span: Span;
  author: string | null;
}

/** What a comment thread held: the comments and the UI lines between them. */
export interface Thread {
  comments: Comment[];
  ui: Span[];
  /** Index of the first line after the thread (a comment form, or the end). */
  end: number;
}

const commentUi = phrasesOf('commentUi');
const form = phrasesOf('form');
const footer = phrasesOf('footer');
const commentHeadings = phrasesOf('commentHeadings');

/** "1.", "12)", "•", "-", "*", "–" opening a comment in a scraped thread. */
const MARKER = /^(?:\d{1,3}[.)]|[•◦▪‣*–-])\s+/u;

/** True when a line opens a list item of a comment thread. */
export function hasMarker(text: string): boolean {
  return MARKER.test(text);
}

/** True when a line heads a comment section ("5 comments", "Комментарии"). */
export function isCommentHeading(text: string): boolean {
  return commentHeadings.test(text);
}

/**
 * The last characters of the suffixes ("says:" ends in a colon): a line
 * ending in none of them is not lower-cased to be compared. Lower-casing
 * leaves punctuation as it is, so this holds while every suffix ends in
 * punctuation; otherwise every line is compared.
 */
const suffixEndings = new Set(commentAuthorSuffixes.map((suffix) => suffix.at(-1) ?? ''));
const endingsDecide = [...suffixEndings].every((ending) => /^\p{P}$/u.test(ending));

/** The author named by a line like "John Smith says:", or null. */
export function commentAuthor(text: string): string | null {
  if (endingsDecide && !suffixEndings.has(text.at(-1) ?? '')) return null;
  const lower = text.toLowerCase();
  const suffix = commentAuthorSuffixes.find((s) => lower.endsWith(s));
  if (!suffix) return null;
  const name = text.slice(0, text.length - suffix.length).trim();
  return name && name.split(/\s+/).length <= 5 ? name : null;
}

/**
 * Reads a comment thread from line `start`: each marker or author line opens
 * a comment, unmarked lines continue it, "Reply"/"Liked by N people" lines
 * close it; a comment form or a footer line ends the thread.
 */
export function readThread(lines: readonly Line[], start: number): Thread {
  const thread: Thread = { comments: [], ui: [], end: lines.length };
  let open: Comment | null = null;
  let author: string | null = null;
  for (let i = start; i < lines.length; i++) {
    const line = lines[i]!;
    if (form.test(line.text) || footer.test(line.text)) {
      thread.end = i;
      break;
    }
    if (commentUi.test(line.text) || isCommentHeading(line.text)) {
      thread.ui.push(line.span);
      open = null;
      continue;
    }
    const named = commentAuthor(line.text);
    if (named) {
      thread.ui.push(line.span);
      author = named;
      open = null;
      continue;
    }
    const marker = MARKER.exec(line.text);
    if (marker || !open) {
      open = { span: [line.span[0] + (marker?.[0].length ?? 0), line.span[1]], author };
      author = null;
      thread.comments.push(open);
    } else {
      open.span = [open.span[0], line.span[1]];
    }
  }
  return thread;
}
