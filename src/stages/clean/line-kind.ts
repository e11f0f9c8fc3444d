/**
 * What a line of a page is, on its own: body text, or a kind of page furniture
 * (a form, a share bar, an advertisement, a caption, a credit…), from the
 * language tables' boilerplate phrases. Cleaning (clean.ts) decides from these
 * kinds and the line's place in the page what to cut.
 */
import type { RemovedKind } from '../../lang/index.js';
import { boundedMemo } from '../../text/memo.js';
import { hasGlue } from './glue.js';
import { wordCount } from './lines.js';
import { phrasesOf, photoWordsPattern } from './phrases.js';

const related = phrasesOf('related');
const share = phrasesOf('share');
const ad = phrasesOf('ad');
const form = phrasesOf('form');
const mostRead = phrasesOf('mostRead');
const footer = phrasesOf('footer');
const truncation = phrasesOf('truncation');
const promo = phrasesOf('promo');
/** An invitation to subscribe or follow is a sentence or two (unit: words); a longer paragraph that opens alike is text. */
const MAX_PROMO_WORDS = 40;
const republished = phrasesOf('republished');

/** Buttons and labels are short (unit: words). */
const MAX_LABEL_WORDS = 6;
/** A menu entry or section label in the header (unit: words). */
export const MAX_NAV_WORDS = 4;
/** Captions are a sentence at most (unit: words). */
const MAX_CAPTION_WORDS = 30;
/** Icon-font class names leaked into text ("bookmarkicon cameraicon …"): share of tokens containing "icon". */
const ICON_RUN_SHARE = 0.3;

const CAPTION = new RegExp(String.raw`(?:^|[\s/|(.])(?:${photoWordsPattern})\s*(?::|©|/)|(?:^|[/|])\s*(?:${photoWordsPattern})\s+\p{Lu}|^©|\s©\s`, 'u');
const COPYRIGHT = /^(?:\(c\)|©|copyright)\s*(?<name>[^\d©]+?)?\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*(?<rest>[.,].*)?$/iu;

export type LineKind = RemovedKind | 'body' | 'truncation' | 'related-list';

/** Kinds of the last lines seen, without the title test: boilerplate repeats across a batch. */
const cachedKind = boundedMemo((text) => classifyLine(text), 50_000);

export function lineKind(text: string, title: string): LineKind {
  if (titleRepeats(text, title)) return 'title-repeat';
  return cachedKind(text);
}

/** Whether a line repeats the title (`title` normalised; '' for none). */
export function titleRepeats(text: string, title: string): boolean {
  return title !== '' && Math.abs(text.length - title.length) < 12 && normalise(text) === title;
}

function classifyLine(text: string): LineKind {
  const words = wordCount(text, MAX_PROMO_WORDS); // the largest bound asked below
  if (form.test(text)) return 'form';
  if (related.test(text)) return 'related';
  if (truncation.test(text)) return 'truncation';
  if (words <= MAX_PROMO_WORDS && promo.test(text)) return 'ad';
  if (footer.test(text) && COPYRIGHT.test(text)) return 'credit';
  if (isRepostLine(text)) return 'credit';
  if (words <= MAX_LABEL_WORDS && footer.test(text)) return 'other';
  if (words <= MAX_LABEL_WORDS && mostRead.test(text)) return 'related-list';
  if (words <= MAX_LABEL_WORDS && share.test(text)) return 'share';
  if (words <= MAX_NAV_WORDS && ad.test(text)) return 'ad';
  if (words <= MAX_CAPTION_WORDS && CAPTION.test(text) && !hasGlue(text)) return 'caption';
  if (isIconRun(text)) return 'navigation';
  return 'body';
}

export function isBoilerplate(text: string): boolean {
  return lineKind(text, '') !== 'body';
}

function isIconRun(text: string): boolean {
  if (!/icon/i.test(text)) return false; // no token holds "icon": the common case, without splitting the line
  const tokens = text.split(/\s+/);
  return tokens.length >= 6 && tokens.filter((t) => /icon/i.test(t)).length >= tokens.length * ICON_RUN_SHARE;
}

/** A publisher's name in a credit line is this many words at most ("Reposted from The Valley Herald"). */
const MAX_CREDIT_NAME_WORDS = 6;

export function creditName(text: string): string | null {
  const name = (republished.rest(unbracketed(text)) ?? COPYRIGHT.exec(text.trim())?.groups?.name)?.trim().replace(/[.,;:]+$/, '');
  return name && wordCount(name) <= MAX_CREDIT_NAME_WORDS ? name : null;
}

/** A line that says the text is another publisher's, in brackets or not: "Reposted from Harbour Wire", "(Reposted from The Valley Herald)". */
function isRepostLine(text: string): boolean {
  const name = republished.rest(unbracketed(text));
  return name !== null && wordCount(name) <= MAX_CREDIT_NAME_WORDS;
}

/** The line without the brackets around all of it: credit lines often stand in parentheses. */
function unbracketed(text: string): string {
  return /^\s*[([]\s*(.*?)\s*[)\]]\s*$/su.exec(text)?.[1] ?? text;
}

export function normalise(text: string): string {
  return text.normalize('NFC').replace(/[\s\u00a0]+/g, ' ').replace(/[“”«»"'‘’]/g, '').trim().toLowerCase();
}

/** Whether a credit line says the text is another publisher's ("Reposted from …"), in brackets or not. */
export function saysRepublished(text: string): boolean {
  return republished.test(unbracketed(text));
}
