import type { Span } from '../../doc/news-doc.js';
import type { RemovedKind } from '../../lang/index.js';
import { photoWordsPattern } from './phrases.js';
import { wordCount } from './lines.js';
import { classAt, isPairAt, LOWER, UPPER } from './char-class.js';

/** A piece of a line: body text or boilerplate that a scraper glued into it. */
export interface Segment {
  span: Span;
  kind: 'body' | RemovedKind;
}

/** Lines longer than this are not searched for glued boilerplate (unit: characters; real paragraphs are far shorter). */
export const MAX_GLUE_LINE = 20_000;

/** A glued headline has a headline's length (unit: words). */
const HEADLINE_WORDS = { min: 4, max: 30 };

/**
 * Where a scraper dropped the space between two blocks: a sentence stop
 * directly followed by a capitalised word ("the country.The CSTO"), or a
 * lower-case run directly followed by a capitalised word
 * ("in KazakhstanAccording to"). Names like "McDonald" or "iPhone" have too
 * few lower-case letters before the capital to match.
 */
const STOP_GLUE = /(?<=[\p{Ll}\d»”")][.!?])(?=\p{Lu}(?:\p{Ll}|\s\p{Ll}))/gu;
// Camel and capitals glue are tried (sticky) only where a capital follows a letter: see capitalsAfterLetters.
const CAMEL_GLUE = /(?<=\p{Ll}{3})(?=\p{Lu}\p{Ll}{2})/uy;
/** An all-capitals credit glued to the next sentence: "photo REUTERSA state of emergency…". */
const CAPS_GLUE = /(?<=\p{Lu}{3})(?=\p{Lu}[\s\p{Ll}])/uy;

const CREDIT_MARK = new RegExp(String.raw`(?:^|[/|©]|\s)\s*(?:${photoWordsPattern})\s*[:/]?\s*\p{Lu}`, 'u');

/**
 * Splits a line where blocks were glued together and names the glued
 * boilerplate: headline-like pieces (no sentence stop) that start after a
 * sentence and end at a glue point or the line end are "read also" links;
 * pieces ending in a photo credit are captions.
 */
export function splitGlued(line: string, offset: number): Segment[] {
  if (line.length > MAX_GLUE_LINE) return [{ span: [offset, offset + line.length], kind: 'body' }];
  const points = gluePoints(line);
  if (points.length === 0) return [{ span: [offset, offset + line.length], kind: 'body' }];
  const bounds = [0, ...points.map((p) => p.at), line.length];
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) {
    const text = line.slice(bounds[i], bounds[i + 1]);
    const startsAfterStop = i > 0 && points[i - 1]!.kind !== 'camel';
    const kind = classify(text, startsAfterStop, i === 0);
    segments.push({ span: [offset + bounds[i]!, offset + bounds[i + 1]!], kind });
  }
  return mergeBody(segments);
}

interface GluePoint {
  at: number;
  kind: 'stop' | 'camel' | 'caps';
}

/** True when a scraper glued blocks together somewhere in the line. */
export function hasGlue(line: string): boolean {
  return line.length <= MAX_GLUE_LINE && gluePoints(line).some((point) => point.kind !== 'caps');
}

function gluePoints(line: string): GluePoint[] {
  const points: GluePoint[] = [];
  for (const m of line.matchAll(STOP_GLUE)) points.push({ at: m.index, kind: 'stop' });
  for (const at of capitalsAfterLetters(line)) {
    if (matchesAt(CAMEL_GLUE, line, at)) points.push({ at, kind: 'camel' });
    else if (matchesAt(CAPS_GLUE, line, at) && CREDIT_MARK.test(line.slice(Math.max(0, at - 60), at))) points.push({ at, kind: 'caps' });
  }
  return points.sort((a, b) => a.at - b.at);
}

/**
 * Where a capital letter directly follows a letter: the only places camel
 * ("KazakhstanAccording") and capitals ("REUTERSA") glue can be. In prose a
 * capital follows a space, so few places are left to try the patterns at.
 */
function capitalsAfterLetters(line: string): number[] {
  const found: number[] = [];
  let previous = 0;
  for (let i = 0; i < line.length; i++) {
    const flags = classAt(line, i);
    if (flags & UPPER && previous & (UPPER | LOWER)) found.push(i);
    previous = flags;
    if (isPairAt(line, i)) i++;
  }
  return found;
}

function matchesAt(pattern: RegExp, line: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(line);
}

function classify(text: string, startsAfterStop: boolean, first: boolean): Segment['kind'] {
  const trimmed = text.trim();
  if (CREDIT_MARK.test(trimmed) && !/[.!?…]\s/.test(trimmed) && !first) return 'caption';
  if (first || !startsAfterStop || /[.!?…]["»”’)]?\s*$/u.test(trimmed)) return 'body';
  const words = wordCount(trimmed, HEADLINE_WORDS.max);
  return words >= HEADLINE_WORDS.min && words <= HEADLINE_WORDS.max && !/[.!?…]\s/.test(trimmed) ? 'related' : 'body';
}

/** Joins neighbouring body pieces back into one span. */
function mergeBody(segments: Segment[]): Segment[] {
  const merged: Segment[] = [];
  for (const segment of segments) {
    const last = merged.at(-1);
    if (last && last.kind === segment.kind && segment.kind === 'body') last.span = [last.span[0], segment.span[1]];
    else merged.push({ span: [...segment.span], kind: segment.kind });
  }
  return merged;
}
