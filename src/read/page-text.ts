import type { Span } from '../doc/news-doc.js';

/** The slice of a DOM node that the page walk reads (linkedom's nodes have it). */
export interface PageNode {
  nodeType: number;
  nodeName: string;
  localName?: string;
  nodeValue?: string | null;
  firstChild: PageNode | null;
  nextSibling: PageNode | null;
  parentNode: PageNode | null;
  getAttribute?(name: string): string | null;
  getAttributeNode?(name: string): { value: string } | null;
}

/** A node that has attributes: an element. */
type PageElement = PageNode & { getAttribute(name: string): string | null };

/** What one walk over a page finds: its visible text, where each text node landed in it, and the tree's shape. */
export interface PageText {
  text: string;
  /** Span of every visible text node in `text`, so an article found in the same tree maps back exactly. */
  spans: Map<PageNode, Span>;
  /** Text inside list items (`<li>`), in order: ingredients and key points are short lines that still belong to an article. */
  listed: Span[];
  /** Text inside reader-comment sections, marked as such by the page (ids, classes, `itemprop`), in order. */
  commented: Span[];
  /** Text inside links (`<a>`), in order: a line that is all link is a menu entry or a teaser, not prose. */
  linked: Span[];
  /** Text inside elements whose ids or classes name boilerplate (share bars, newsletter boxes, author boxes, captions), in order. */
  boxed: Span[];
  /** Element count, deepest nesting and most children of one element: the work an article search would face. */
  shape: { elements: number; depth: number; widest: number };
  /**
   * The element whose own paragraphs (`<p>` children) hold the most text outside links, outside comment sections and
   * boxes: where the page's prose is by the simplest measure, a second opinion on the article. Its span of `text`
   * and those paragraphs' characters; null when no element has such paragraphs.
   */
  prose: { span: Span; chars: number } | null;
}

/**
 * Ids, classes and microdata that mark a reader-comment section or one
 * comment (WordPress `#comments`, `.commentlist`, `.comment-body`, Disqus,
 * `itemprop="comment"`); the comment form inside is cut by the cleaner.
 */
const COMMENT_MARK = /(?:^|[\s_-])(?:comments?|commentlist|comment-list|comment-body|comment-content|comments-area|disqus_thread)(?:$|[\s_-])/i;
const NOT_COMMENT = /(?:^|[\s_-])(?:count|link|icon|button|btn|share|meta|form|respond|policy)(?:$|[\s_-])/i;

/**
 * An element's id and classes, read once for both marks below. The class
 * attribute is read as written: linkedom's `getAttribute('class')` builds
 * the class list and joins it anew on each read, and the marks only look
 * for words between spaces, which the two spellings share.
 */
function namesOf(element: PageElement): string {
  const classes = element.getAttributeNode ? (element.getAttributeNode('class')?.value ?? null) : element.getAttribute('class');
  return `${element.getAttribute('id') ?? ''} ${classes ?? ''}`;
}

/** True when an element's id, class (`names`) or microdata says it holds reader comments. */
function marksComments(element: PageElement, names: string): boolean {
  const itemprop = element.getAttribute('itemprop') ?? '';
  const itemtype = element.getAttribute('itemtype') ?? '';
  if (/\bcomment\b/i.test(itemprop) || /\/Comment$/i.test(itemtype)) return true;
  return COMMENT_MARK.test(names) && !NOT_COMMENT.test(names);
}

/**
 * Parts of ids and classes (split at spaces, `-` and `_`) that name page
 * furniture rather than text: WordPress `sharedaddy`, `jp-relatedposts`,
 * `author-box`, `wp-caption-text`, newsletter and cookie boxes, ad slots.
 * The words are the markup's, the same in every language. Learnt from
 * trafilatura's discard list, kept to names that do not also wrap articles.
 */
const BOX_PARTS = new Set([
  'newsletter', 'subscribe', 'subscription', 'signup', 'social', 'share', 'sharing', 'sharedaddy', 'shariff', 'socials',
  'related', 'relatedposts', 'recommended', 'promo', 'disclaimer', 'cookie', 'cookies', 'consent', 'outbrain', 'taboola',
  'advert', 'advertisement', 'ad', 'ads', 'sponsored', 'breadcrumb', 'breadcrumbs', 'author', 'authorbox', 'bio',
  'caption', 'credit', 'credits', 'copyright', 'tags', 'widget', 'sidebar', 'byline', 'rating', 'popular', 'trending', 'follow', 'donate',
]);
/** Elements that wrap whole pages or articles: their classes ("single-post has-sidebar") describe the page, not a box. */
const NEVER_BOXES = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/** One of BOX_PARTS standing whole between separators (the parts of `names` split at `/[\s_-]+/`), without splitting. */
const BOX_PART = new RegExp(`(?:^|[\\s_-])(?:${[...BOX_PARTS].join('|')})(?=[\\s_-]|$)`);

/** True when an element's id or class (`names`) names page furniture (see BOX_PARTS). */
function marksBox(names: string, name: string): boolean {
  if (NEVER_BOXES.has(name)) return false;
  const lower = names.toLowerCase();
  return lower.length > 1 && BOX_PART.test(lower);
}

/** Elements whose text is not read, by upper-case name: code, metadata, embedded frames and controls; `rt`/`rp` are ruby readings (furigana) printed above the words they gloss. */
export const SKIPPED_ELEMENTS: ReadonlySet<string> = new Set(['RT', 'RP', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'META', 'LINK', 'SVG', 'IFRAME', 'OBJECT', 'CANVAS', 'SELECT', 'BUTTON']);
const BLOCK = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BR', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER',
  'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TD', 'TH', 'TR', 'UL', 'BODY', 'HTML', 'CAPTION', 'DETAILS', 'SUMMARY',
]);

/**
 * Visible text of a tree, one paragraph per block element separated by a
 * blank line, runs of white space folded to one space, in one pass that
 * follows sibling links (reading linkedom's `childNodes` list per child is
 * quadratic: 8,000 children took 6 s).
 */
export function readPageText(root: PageNode): PageText {
  const out = new TextBuilder();
  const shape = { elements: 0, depth: 0, widest: 0 };
  const listed: Span[] = [];
  let depth = 0;
  let inList = 0;
  let inLink = 0;
  const linked: Span[] = [];
  const commented: Span[] = [];
  const boxed: Span[] = [];
  let commentRoot: PageNode | null = null;
  let boxRoot: PageNode | null = null;
  let node: PageNode | null = root;
  /** Names of the open elements and their children seen so far, by depth (the depth of their children). */
  const openNames: string[] = [];
  const children: number[] = [];
  const upperNames = new Map<string, string>();
  // Per open element, by depth: where its text began and its own paragraphs' text outside links so far.
  const startedAt: number[] = [];
  const textAt: number[] = [];
  const linkedAt: number[] = [];
  const proseOf: number[] = [];
  let textChars = 0;
  let linkedChars = 0;
  let prose: PageText['prose'] = null;
  while (node) {
    const element = node.nodeType === 1;
    // linkedom's nodeName upper-cases the localName on each read; upper-casing either gives the same name, once a name here.
    const name = element ? upperName(node.localName ?? node.nodeName, upperNames) : '';
    if (node.nodeType === 3) {
      const span = out.text(node, node.nodeValue ?? '');
      if (span) textChars += span[1] - span[0];
      if (span && inList > 0) listed.push(span);
      if (span && inLink > 0) {
        linked.push(span);
        linkedChars += span[1] - span[0];
      }
      if (span && commentRoot) commented.push(span);
      if (span && boxRoot) boxed.push(span);
    }
    if (element) shape.elements++;
    const block = BLOCK.has(name);
    if (block) out.paragraphBreak();
    if (element && !SKIPPED_ELEMENTS.has(name) && node.firstChild) {
      depth++;
      openNames[depth] = name;
      startedAt[depth] = out.length;
      textAt[depth] = textChars;
      linkedAt[depth] = linkedChars;
      proseOf[depth] = 0;
      if (name === 'LI') inList++;
      if (name === 'A') inLink++;
      if (node.getAttribute && (!commentRoot || !boxRoot)) {
        const names = namesOf(node as PageElement);
        if (!commentRoot && marksComments(node as PageElement, names)) commentRoot = node;
        if (!boxRoot && marksBox(names, name)) boxRoot = node;
      }
      shape.depth = Math.max(shape.depth, depth);
      // Children are counted as the walk passes them (a second pass over each element's children cost as much again).
      children[depth] = 1;
      shape.widest = Math.max(shape.widest, 1);
      node = node.firstChild;
      continue;
    }
    // Leave finished nodes upwards until one has a next sibling.
    let next: PageNode | null = node === root ? null : node.nextSibling;
    while (!next && node && node !== root) {
      const left = openNames[depth]!;
      node = node.parentNode;
      if (node && node !== root && !commentRoot && !boxRoot) {
        // `node` is the element left: a paragraph gives its text outside links to its parent; any other is weighed.
        if (left === 'P') proseOf[depth - 1]! += textChars - textAt[depth]! - (linkedChars - linkedAt[depth]!);
        else if (proseOf[depth]! > (prose?.chars ?? 0)) prose = { span: [startedAt[depth]!, out.length], chars: proseOf[depth]! };
      }
      depth--;
      if (left === 'LI') inList--;
      if (left === 'A') inLink--;
      if (node === commentRoot) commentRoot = null;
      if (node === boxRoot) boxRoot = null;
      if (BLOCK.has(left)) out.paragraphBreak();
      next = node && node !== root ? node.nextSibling : null;
    }
    node = next;
    if (node) shape.widest = Math.max(shape.widest, ++children[depth]!);
  }
  return { text: out.finish(), spans: out.spans, listed, commented, linked, boxed, shape, prose };
}

/** `name` upper-cased, remembered in `known`: a page has a few dozen element names, and upper-casing makes a new string each time. */
function upperName(name: string, known: Map<string, string>): string {
  let upper = known.get(name);
  if (upper === undefined) {
    upper = name.toUpperCase();
    known.set(name, upper);
  }
  return upper;
}

/** Builds folded text, remembering where each text node went. */
class TextBuilder {
  readonly spans = new Map<PageNode, Span>();
  private parts: string[] = [];
  private written = 0;
  private pendingBreak = false;
  private pendingSpace = false;

  /** Adds a text node's text; returns where it went, or null for white space only. */
  text(node: PageNode, value: string): Span | null {
    if (!/\S/.test(value)) {
      // White space between tags, most text nodes of a page: nothing to fold.
      if (value && this.length > 0 && !this.pendingBreak) this.pendingSpace = true;
      return null;
    }
    const folded = value.replace(/\s+/g, ' ');
    const core = folded.trim();
    if (!core) {
      if (folded && this.length > 0 && !this.pendingBreak) this.pendingSpace = true;
      return null;
    }
    if (this.pendingBreak && this.length > 0) this.push('\n\n');
    else if ((this.pendingSpace || folded.startsWith(' ')) && this.length > 0 && !this.pendingBreak) this.push(' ');
    this.pendingBreak = false;
    const span: Span = [this.length, this.length + core.length];
    this.push(core);
    this.spans.set(node, span);
    this.pendingSpace = folded.endsWith(' ');
    return span;
  }

  paragraphBreak(): void {
    this.pendingBreak = true;
    this.pendingSpace = false;
  }

  finish(): string {
    return this.parts.join('');
  }

  /** Characters written so far. */
  get length(): number {
    return this.written;
  }

  private push(piece: string): void {
    this.parts.push(piece);
    this.written += piece.length;
  }
}
