import { REPORT_CHARTS } from './report-charts.js';
import { originsLine, plural } from './markdown.js';

/**
 * The report page's script, inlined into report.html. It reads the dossier
 * from the page's JSON element and draws every view with createElement and
 * textContent only: article text never becomes markup.
 */
export const REPORT_SCRIPT = String.raw`
(() => {
  const d = JSON.parse(document.getElementById('dossier').textContent);
  const byId = new Map(d.documents.map((doc) => [doc.id, doc]));
  const entity = new Map(d.entities.map((e) => [e.id, e]));
  const view = document.getElementById('view');
  const el = (tag, attrs, ...children) => {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    return node;
  };
  const svgEl = (tag, attrs, text) => { const n = document.createElementNS('http://www.w3.org/2000/svg', tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); if (text) n.textContent = text; return n; };
  const shortText = (text, max) => (text.length > max ? text.slice(0, max - 1) + '…' : text);
  ${plural.toString()}
  ${originsLine.toString()}
  // A source is named by its outlet (the record's field, og:site_name or the URL's host), else its credit, else its title.
  const docLabel = (id) => { const doc = byId.get(id); return doc ? (doc.outlet || doc.credit || doc.title || id) : id; };
  const shortLabel = new Map(d.documents.map((doc) => [doc.id, shortText(docLabel(doc.id), 14)]));
  const docHeader = (id) => el('th', { class: 'doc-col', title: id + ' — ' + (byId.get(id)?.title || docLabel(id)) }, shortLabel.get(id));
  const inComments = (docId, span) => (byId.get(docId)?.comments || []).some((c) => span[0] >= c.span[0] && span[0] < c.span[1]);
  const languages = [...new Set(d.documents.map((doc) => doc.language).filter(Boolean))];
  const days = d.documents.map((doc) => doc.published).filter(Boolean).sort();
  const outlets = [...new Set(d.documents.map((doc) => doc.outlet || doc.credit).filter(Boolean))];
  document.getElementById('overview').textContent =
    plural(d.documents.length, 'document') + (outlets.length ? ' from ' + plural(outlets.length, 'named source') + ' (' + outlets.slice(0, 8).join(', ') + (outlets.length > 8 ? ', …' : '') + ')' : '') +
    ', ' + plural(d.stories.length, 'story', 'stories') + ', languages: ' + (languages.join(', ') || '—') +
    (days.length ? ', ' + days[0].slice(0, 10) + ' to ' + days[days.length - 1].slice(0, 10) : '') +
    (d.errors.length ? ', ' + plural(d.errors.length, 'input') + ' with problems' : '');

  // Views show one story at a time (the biggest first): a claim × source matrix of a whole corpus would be unreadable and slow.
  const stories = [...d.stories].sort((a, b) => b.documents.length - a.documents.length);
  let storyIndex = 0;
  let current = stories[0] ? new Set(stories[0].documents) : new Set(d.documents.map((doc) => doc.id));
  const inStory = (id) => current.has(id);
  const storyDocs = () => d.documents.filter((doc) => inStory(doc.id));
  const showTitle = () => { document.getElementById('story-title').textContent = stories[storyIndex]?.title || 'Triangulate dossier'; };
  showTitle();

  /** Documents side by side, the given spans highlighted (kind 'against' in another colour). */
  function documentsWith(marks, only) {
    const ids = only || [...new Set(marks.map((m) => m.doc))];
    return el('div', { class: 'docs' }, ids.map((id) => {
      const doc = byId.get(id);
      if (!doc) return null;
      const spans = marks.filter((m) => m.doc === id).sort((a, b) => a.span[0] - b.span[0]);
      const text = el('div', { class: 'text' });
      // Boilerplate and reader comments stay in place (spans point into the whole text) but are set apart.
      const zones = doc.removed.map((r) => ({ span: r.span, cls: 'removed' })).concat(doc.comments.map((c) => ({ span: c.span, cls: 'comment' }))).sort((a, b) => a.span[0] - b.span[0]);
      const plain = (from, to) => {
        let at = from;
        for (const z of zones) {
          const s = Math.max(z.span[0], at), e = Math.min(z.span[1], to);
          if (e <= s) continue;
          text.append(doc.text.slice(at, s), el('span', { class: z.cls }, doc.text.slice(s, e)));
          at = e;
        }
        text.append(doc.text.slice(at, to));
      };
      let at = 0;
      for (const m of spans) {
        if (m.span[0] < at) continue;
        plain(at, m.span[0]);
        text.append(el('mark', { class: m.kind || '', 'data-doc': id }, doc.text.slice(m.span[0], m.span[1])));
        at = m.span[1];
      }
      plain(at, doc.text.length);
      return el('article', { class: 'doc', 'data-doc': id }, el('h3', {}, docLabel(id) + (doc.title && doc.title !== docLabel(id) ? ' — ' + doc.title : '')), el('div', { class: 'meta' }, [id, doc.language, doc.published, doc.byline, doc.credit].filter(Boolean).join(' · ')), text);
    }));
  }

${REPORT_CHARTS}
  function claimMarks(claim) {
    const againstDocs = new Set();
    const quoteAt = (ev) => d.quotes.find((q) => q.doc === ev.doc && q.span[0] === ev.span[0] && q.span[1] === ev.span[1]);
    return claim.evidence.map((ev) => {
      const q = quoteAt(ev);
      const against = q && claim.against.includes(q.speaker);
      if (against) againstDocs.add(ev.doc);
      return { doc: ev.doc, span: ev.span, kind: against ? 'against' : 'for' };
    });
  }

  /** The panel where a selected quote's or entity's evidence is shown in its documents. */
  function evidencePanel() {
    return el('div', { id: 'evidence' }, el('p', { class: 'muted' }, 'Select a row to see it in its documents.'));
  }
  function showEvidence(heading, marks) {
    const panel = document.getElementById('evidence');
    if (!panel) return;
    panel.replaceChildren(heading, documentsWith(marks));
    for (const card of panel.querySelectorAll('article')) card.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
  }

  /** Material from reader comments, apart from the article's and closed until asked for. */
  function commentsSection(count, what, render) {
    if (count === 0) return null;
    const details = el('details', { class: 'from-comments' }, el('summary', {}, 'From reader comments: ' + count + ' ' + what));
    details.addEventListener('toggle', () => { if (details.open && details.children.length === 1) details.append(...[render()].flat()); });
    return details;
  }

  /** Filters of the claims by status, outlet and language; keep(claim) applies them. */
  function claimFilters(claims, apply) {
    const values = (pick) => [...new Set(claims.flatMap(pick))].filter(Boolean).sort();
    const state = { status: '', outlet: '', language: '' };
    const choice = (key, label, options) => el('label', {}, label + ' ', el('select', { 'data-filter': key, onchange: (event) => { state[key] = event.target.value; apply(); } }, el('option', { value: '' }, 'all'), options.map((o) => el('option', { value: o }, shortText(o, 40)))));
    const docsOf = (c) => c.documents.filter(inStory).map((id) => byId.get(id)).filter(Boolean);
    return {
      bar: el('div', { class: 'filters' },
        choice('status', 'status', values((c) => [c.status])),
        choice('outlet', 'outlet', values((c) => docsOf(c).map((doc) => docLabel(doc.id)))),
        choice('language', 'language', values((c) => docsOf(c).map((doc) => doc.language)))),
      keep: (c) => (!state.status || c.status === state.status) && (!state.outlet || docsOf(c).some((doc) => docLabel(doc.id) === state.outlet)) && (!state.language || docsOf(c).some((doc) => doc.language === state.language)),
    };
  }

  const views = {
    Claims() {
      const docs = storyDocs().map((doc) => doc.id);
      const detail = el('div', { id: 'claim-detail' }, el('p', { class: 'muted' }, 'Select a claim to see its evidence in each source.'));
      const claims = d.claims.filter((c) => c.documents.some(inStory));
      const filters = claimFilters(claims, () => {
        for (const row of view.querySelectorAll('tr.claim')) row.hidden = !filters.keep(d.claims.find((c) => c.id === row.dataset.claim));
      });
      const select = (c, row) => {
        for (const other of view.querySelectorAll('tr.selected')) other.classList.remove('selected');
        row.classList.add('selected');
        history.replaceState(null, '', '#claim-' + c.id);
        detail.replaceChildren(...[
          el('h3', {}, c.statement),
          el('p', { class: 'origins' }, originsLine(c)),
          c.for.length || c.against.length ? el('p', {}, 'for: ' + c.for.map((id) => entity.get(id)?.name || id).join(', ') + ' — against: ' + c.against.map((id) => entity.get(id)?.name || id).join(', ')) : null,
          documentsWith(claimMarks(c)),
        ].filter(Boolean));
        for (const card of detail.querySelectorAll('article')) card.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
      };
      const rows = claims.map((c) => el('tr', { class: 'claim', id: 'claim-' + c.id, 'data-claim': c.id, 'data-status': c.status, onclick: (event) => select(c, event.currentTarget) },
        el('td', { class: 'status-cell' }, el('span', { class: 'status ' + c.status }, c.status)),
        el('td', { class: 'statement' }, el('a', { href: '#claim-' + c.id, class: 'claim-link', title: 'link to this claim' }, '#'), ' ', c.statement,
          el('div', { class: 'muted origins' }, originsLine(c)),
          el('div', { class: 'muted sources-list' }, c.documents.filter(inStory).map(docLabel).join(' · '))),
        docs.map((id) => el('td', { class: 'cell' + (c.documents.includes(id) ? ' has' : ''), title: docLabel(id) }, c.documents.includes(id) ? '●' : ''))));
      const table = el('table', { class: 'matrix' }, el('thead', {}, el('tr', {}, el('th', {}, 'status'), el('th', {}, 'claim'), docs.map(docHeader))), el('tbody', {}, rows));
      const selectHash = () => {
        const row = rows.find((r) => '#' + r.id === location.hash);
        if (row) { row.hidden = false; row.click(); row.scrollIntoView({ block: 'center' }); }
      };
      queueMicrotask(selectHash);
      return [filters.bar, el('div', { class: 'split' }, el('div', { class: 'scroll' }, table), detail)];
    },
    Timeline() {
      const entries = d.timeline.filter((t) => t.documents.some(inStory));
      return [timelineChart(entries), el('ol', { class: 'timeline' }, entries.map((t) => el('li', {}, el('strong', {}, t.date + (t.to ? ' – ' + t.to : '')), ' ', t.event, ' ', el('span', { class: 'muted' }, '(' + t.documents.map(docLabel).join(', ') + ')'))))];
    },
    Entities() {
      const framing = d.framing || [];
      const docs = storyDocs().map((doc) => doc.id);
      const inArticle = (m) => inStory(m.doc) && !inComments(m.doc, m.span);
      const fromComments = (m) => inStory(m.doc) && inComments(m.doc, m.span);
      const named = d.entities.filter((e) => e.type !== 'other');
      const row = (e, keep) => {
        const mentions = e.mentions.filter(keep);
        const variants = [...new Set(mentions.map((m) => m.text))].join(' / ');
        const select = () => showEvidence(el('h3', {}, e.name), mentions.map((m) => ({ doc: m.doc, span: m.span })).concat((e.descriptors || []).filter((x) => keep(x)).map((x) => ({ doc: x.doc, span: x.span, kind: 'descriptor' }))));
        return el('tr', { class: 'claim entity', onclick: select }, el('td', {}, el('strong', {}, e.name), el('div', { class: 'muted' }, e.type + ' · ' + variants)),
          docs.map((id) => {
            const f = keep === inArticle ? framing.find((x) => x.entity === e.id && x.doc === id) : null;
            if (!f) return el('td', { class: 'frame' });
            return el('td', { class: 'frame', 'data-label': docLabel(id) }, f.descriptors.map((x) => el('div', {}, x.text)), f.verbs.length ? el('div', { class: 'muted' }, 'says: ' + f.verbs.map((x) => x.text).join(', ')) : null,
              f.hedges.length ? el('div', { class: 'muted' }, 'hedged: ' + f.hedges.map((x) => x.text).join(', ')) : null);
          }));
      };
      const table = (list, keep) => el('table', { class: 'entities' }, el('thead', {}, el('tr', {}, el('th', {}, 'entity'), docs.map(docHeader))), el('tbody', {}, list.sort((a, b) => b.mentions.length - a.mentions.length).map((e) => row(e, keep))));
      const article = named.filter((e) => e.mentions.some(inArticle));
      const comments = named.filter((e) => !e.mentions.some(inArticle) && e.mentions.some(fromComments));
      return el('div', { class: 'split' }, el('div', { class: 'scroll' }, table(article, inArticle), commentsSection(comments.length, 'names found only in reader comments', () => table(comments, fromComments))), evidencePanel());
    },
    Quotes() {
      const list = (quotes) => {
        const speakers = new Map();
        for (const q of quotes) { const key = q.speaker || ''; speakers.set(key, [...(speakers.get(key) || []), q]); }
        return [...speakers].map(([speaker, said]) => el('section', {}, el('h3', {}, speaker ? entity.get(speaker)?.name || speaker : 'unattributed'),
          el('ul', {}, said.map((q) => el('li', { class: 'claim quote' + (q.inComments ? ' in-comments' : ''), onclick: () => showEvidence(el('h3', {}, q.text), [{ doc: q.doc, span: q.span }].concat(q.speakerSpan ? [{ doc: q.doc, span: q.speakerSpan }] : [])) },
            el('span', { class: 'muted' }, docLabel(q.doc) + ' · ' + q.kind + ': '), q.text)))));
      };
      const quotes = d.quotes.filter((q) => inStory(q.doc));
      const comments = quotes.filter((q) => q.inComments);
      return el('div', { class: 'split' }, el('div', {}, list(quotes.filter((q) => !q.inComments)), commentsSection(comments.length, 'quotes in reader comments', () => list(comments))), evidencePanel());
    },
    Documents() {
      return documentsWith([], storyDocs().map((doc) => doc.id));
    },
    Sources() {
      const docs = storyDocs();
      const relations = d.relations.filter((r) => r.type !== 'cites' && inStory(r.from) && inStory(r.to));
      const cites = docs.flatMap((doc) => doc.cites.map((c) => el('li', {}, docLabel(doc.id) + ' (' + doc.id + ') cites ' + c.name + (c.via ? ' (via ' + docLabel(c.via) + ')' : ''))));
      return [sourceGraph(docs, relations), el('p', { class: 'muted' }, 'dots: documents · squares: cited sources · red: copy · blue: translation · brown: shared text · dashed: cites; arrows point to the source'),
        el('ul', {}, relations.map((r) => el('li', {}, r.type + ': ' + docLabel(r.from) + (r.direction === 'unknown' ? ' ↔ ' : ' → ') + docLabel(r.to) + ' (' + r.score + ')'))), el('h3', {}, 'Citations'), el('ul', {}, cites)];
    },
    Problems() {
      return d.errors.length ? el('ul', {}, d.errors.map((e) => el('li', {}, e.source + (e.line ? ':' + e.line : '') + ': ' + e.message))) : el('p', {}, 'Every input was read.');
    },
  };
  const tabs = document.getElementById('tabs');
  let shown = 'Claims';
  const show = (name) => {
    shown = name;
    for (const b of tabs.querySelectorAll('button')) b.setAttribute('aria-selected', String(b.textContent === name));
    view.replaceChildren(...[views[name]()].flat());
  };
  for (const name of Object.keys(views)) tabs.append(el('button', { type: 'button', onclick: () => show(name) }, name));
  if (stories.length > 1) {
    const select = el('select', { id: 'story', 'aria-label': 'story', onchange: (event) => {
      storyIndex = Number(event.target.value);
      current = new Set(stories[storyIndex].documents);
      showTitle();
      show(shown);
    } }, stories.map((s, i) => el('option', { value: String(i) }, s.title + ' (' + s.documents.length + ')')));
    tabs.append(select);
  }
  /** "#claim-c3" opens the claim: its story, the Claims view, the claim selected. */
  const openHash = () => {
    const claim = d.claims.find((c) => '#claim-' + c.id === location.hash);
    if (!claim) return;
    const index = stories.findIndex((s) => claim.documents.some((id) => s.documents.includes(id)));
    if (index >= 0 && index !== storyIndex) {
      storyIndex = index;
      current = new Set(stories[index].documents);
      const picker = document.getElementById('story');
      if (picker) picker.value = String(index);
      showTitle();
    }
    show('Claims');
  };
  window.addEventListener('hashchange', openHash);
  show('Claims');
  openHash();
})();
`;