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
  const docLabel = (id) => { const doc = byId.get(id); return doc ? (doc.title || id) : id; };
  const shortLabel = new Map(d.documents.map((doc, i) => [doc.id, '#' + (i + 1)]));
  const docHeader = (id) => el('th', { class: 'doc-col', title: id + ' — ' + docLabel(id) }, shortLabel.get(id));
  const languages = [...new Set(d.documents.map((doc) => doc.language).filter(Boolean))];
  const days = d.documents.map((doc) => doc.published).filter(Boolean).sort();
  const outlets = [...new Set(d.documents.map((doc) => doc.outlet || doc.credit).filter(Boolean))];
  document.getElementById('overview').textContent =
    d.documents.length + ' documents' + (outlets.length ? ' from ' + outlets.length + ' named sources (' + outlets.slice(0, 8).join(', ') + (outlets.length > 8 ? ', …' : '') + ')' : '') +
    ', ' + d.stories.length + ' stories, languages: ' + (languages.join(', ') || '—') +
    (days.length ? ', ' + days[0].slice(0, 10) + ' to ' + days[days.length - 1].slice(0, 10) : '') +
    (d.errors.length ? ', ' + d.errors.length + ' inputs with problems' : '');

  // Views show one story at a time (the biggest first): a claim × source matrix of a whole corpus would be unreadable and slow.
  const stories = [...d.stories].sort((a, b) => b.documents.length - a.documents.length);
  let current = stories[0] ? new Set(stories[0].documents) : new Set(d.documents.map((doc) => doc.id));
  const inStory = (id) => current.has(id);
  const storyDocs = () => d.documents.filter((doc) => inStory(doc.id));

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
      return el('article', { class: 'doc', 'data-doc': id }, el('h3', {}, shortLabel.get(id) + ' ' + docLabel(id)), el('div', { class: 'meta' }, [id, doc.language, doc.published, doc.byline, doc.credit].filter(Boolean).join(' · ')), text);
    }));
  }

  /** Dated entries on a time axis: one dot per entry, its size the number of sources, a bar for a span of days. */
  function timelineChart(entries) {
    const svgNs = 'http://www.w3.org/2000/svg';
    const svgEl = (tag, attrs, text) => { const n = document.createElementNS(svgNs, tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); if (text) n.textContent = text; return n; };
    const svg = svgEl('svg', { viewBox: '0 0 800 120', width: '100%', class: 'timeline-chart', role: 'img', 'aria-label': 'timeline chart' });
    const days = entries.flatMap((t) => [t.date, t.to].filter(Boolean)).map((x) => Date.parse(x.length === 7 ? x + '-01' : x)).filter((x) => !Number.isNaN(x));
    if (days.length === 0) return svg;
    const first = Math.min(...days), last = Math.max(...days), span = Math.max(last - first, 86400000);
    const x = (iso) => 40 + ((Date.parse(iso.length === 7 ? iso + '-01' : iso) - first) / span) * 720;
    svg.append(svgEl('line', { x1: 40, y1: 80, x2: 760, y2: 80, stroke: '#8792a2' }));
    svg.append(svgEl('text', { x: 40, y: 104 }, new Date(first).toISOString().slice(0, 10)), svgEl('text', { x: 760, y: 104, 'text-anchor': 'end' }, new Date(last).toISOString().slice(0, 10)));
    for (const t of entries) {
      if (Number.isNaN(x(t.date))) continue;
      if (t.to) svg.append(svgEl('rect', { x: x(t.date), y: 74, width: Math.max(2, x(t.to) - x(t.date)), height: 12, fill: '#b9e4ff' }));
      const dot = svgEl('circle', { cx: x(t.date), cy: 80, r: 4 + 2 * t.documents.length, fill: '#1f5fbf', 'fill-opacity': 0.6 });
      dot.append(svgEl('title', {}, t.date + ': ' + t.event));
      svg.append(dot);
    }
    return svg;
  }

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

  const views = {
    Claims() {
      const docs = storyDocs().map((doc) => doc.id);
      const detail = el('div', { id: 'claim-detail' });
      const rows = d.claims.filter((c) => c.documents.some(inStory)).map((c) => el('tr', { class: 'claim', 'data-claim': c.id, 'data-status': c.status, onclick: (event) => {
        for (const row of view.querySelectorAll('tr.selected')) row.classList.remove('selected');
        event.currentTarget.classList.add('selected');
        detail.replaceChildren(
          el('h3', {}, c.statement),
          c.for.length || c.against.length ? el('p', {}, 'for: ' + c.for.map((id) => entity.get(id)?.name || id).join(', ') + ' — against: ' + c.against.map((id) => entity.get(id)?.name || id).join(', ')) : null,
          documentsWith(claimMarks(c)));
        for (const card of detail.querySelectorAll('article')) card.querySelector('mark')?.scrollIntoView({ block: 'nearest' });
      } },
        el('td', {}, el('span', { class: 'status ' + c.status }, c.status)),
        el('td', {}, c.statement),
        docs.map((id) => el('td', { class: 'cell' + (c.documents.includes(id) ? ' has' : ''), title: docLabel(id) }, c.documents.includes(id) ? '●' : ''))));
      detail.append(el('p', { class: 'muted' }, 'Select a claim to see its evidence in each source.'));
      return el('div', { class: 'split' }, el('table', { class: 'matrix' }, el('thead', {}, el('tr', {}, el('th', {}, 'status'), el('th', {}, 'claim'), docs.map(docHeader))), el('tbody', {}, rows)), detail);
    },
    Timeline() {
      const entries = d.timeline.filter((t) => t.documents.some(inStory));
      return [timelineChart(entries), el('ol', { class: 'timeline' }, entries.map((t) => el('li', {}, el('strong', {}, t.date + (t.to ? ' – ' + t.to : '')), ' ', t.event, ' ', el('span', { class: 'muted' }, '(' + t.documents.join(', ') + ')'))))];
    },
    Entities() {
      const framing = d.framing || [];
      const docs = storyDocs().map((doc) => doc.id);
      const rows = d.entities.filter((e) => e.type !== 'other' && e.mentions.some((m) => inStory(m.doc))).sort((a, b) => b.mentions.length - a.mentions.length).map((e) => {
        const variants = [...new Set(e.mentions.map((m) => m.text))].join(' / ');
        const select = () => showEvidence(el('h3', {}, e.name), e.mentions.filter((m) => inStory(m.doc)).map((m) => ({ doc: m.doc, span: m.span })).concat((e.descriptors || []).filter((x) => inStory(x.doc)).map((x) => ({ doc: x.doc, span: x.span, kind: 'descriptor' }))));
        return el('tr', { class: 'claim entity', onclick: select }, el('td', {}, el('strong', {}, e.name), el('div', { class: 'muted' }, e.type + ' · ' + variants)),
          docs.map((id) => {
            const row = framing.find((f) => f.entity === e.id && f.doc === id);
            if (!row) return el('td', {});
            return el('td', {}, row.descriptors.map((x) => el('div', {}, x.text)), row.verbs.length ? el('div', { class: 'muted' }, 'says: ' + row.verbs.map((x) => x.text).join(', ')) : null,
              row.hedges.length ? el('div', { class: 'muted' }, 'hedged: ' + row.hedges.map((x) => x.text).join(', ')) : null);
          }));
      });
      return el('div', { class: 'split' }, el('table', {}, el('thead', {}, el('tr', {}, el('th', {}, 'entity'), docs.map(docHeader))), el('tbody', {}, rows)), evidencePanel());
    },
    Quotes() {
      const speakers = new Map();
      for (const q of d.quotes.filter((q) => inStory(q.doc))) { const key = q.speaker || ''; speakers.set(key, [...(speakers.get(key) || []), q]); }
      return el('div', { class: 'split' }, el('div', {}, [...speakers].map(([speaker, quotes]) => el('section', {}, el('h3', {}, speaker ? entity.get(speaker)?.name || speaker : 'unattributed'),
        el('ul', {}, quotes.map((q) => el('li', { class: 'claim quote', onclick: () => showEvidence(el('h3', {}, q.text), [{ doc: q.doc, span: q.span }].concat(q.speakerSpan ? [{ doc: q.doc, span: q.speakerSpan }] : [])) },
          el('span', { class: 'muted' }, q.doc + ' · ' + q.kind + ': '), q.text)))))), evidencePanel());
    },
    Documents() {
      return documentsWith([], storyDocs().map((doc) => doc.id));
    },
    Sources() {
      // Documents on an inner ring, the sources they cite on an outer one; arrows point from the derived text to its source.
      const docs = storyDocs();
      const ids = docs.map((doc) => doc.id);
      const cited = [...new Set(docs.flatMap((doc) => doc.cites.filter((c) => !c.via).map((c) => c.name)))];
      const width = 760, height = Math.max(320, 60 + 22 * Math.max(ids.length, cited.length));
      const cx = width / 2, cy = height / 2;
      const ring = (list, rx, ry) => new Map(list.map((key, i) => { const a = (2 * Math.PI * i) / list.length - Math.PI / 2; return [key, [cx + Math.cos(a) * rx, cy + Math.sin(a) * ry]]; }));
      const inner = ring(ids, width * 0.22, height * 0.3);
      const outer = ring(cited, width * 0.42, height * 0.44);
      const colour = { copy: '#b3261e', translation: '#1f5fbf', 'shared-text': '#8a5a00' };
      const svgEl = (tag, attrs, text) => { const n = document.createElementNS('http://www.w3.org/2000/svg', tag); for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v); if (text) n.textContent = text; return n; };
      const svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', class: 'source-graph', role: 'img', 'aria-label': 'copies, translations and citations' });
      const defs = svgEl('defs', {});
      for (const [type, fill] of Object.entries(colour).concat([['cites', '#8792a2']])) {
        const marker = svgEl('marker', { id: 'arrow-' + type, viewBox: '0 0 10 10', refX: 16, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
        marker.append(svgEl('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill }));
        defs.append(marker);
      }
      svg.append(defs);
      const edge = (from, to, type, label) => {
        const line = svgEl('line', { x1: from[0], y1: from[1], x2: to[0], y2: to[1], stroke: colour[type] || '#8792a2', 'stroke-width': type === 'cites' ? 1 : 2.5, 'stroke-dasharray': type === 'cites' ? '4 3' : '', 'marker-end': 'url(#arrow-' + type + ')' });
        line.append(svgEl('title', {}, label));
        svg.append(line);
      };
      for (const doc of docs) for (const c of doc.cites.filter((c) => !c.via)) edge(inner.get(doc.id), outer.get(c.name), 'cites', doc.id + ' cites ' + c.name);
      for (const r of d.relations.filter((r) => inStory(r.from) && inStory(r.to))) edge(inner.get(r.from), inner.get(r.to), r.type, r.type + ': ' + r.from + ' → ' + r.to + ' (' + r.score + ')');
      for (const [name, [x, y]] of outer) svg.append(svgEl('rect', { x: x - 5, y: y - 5, width: 10, height: 10, fill: '#8792a2' }), svgEl('text', { x: x + (x < cx ? -9 : 9), y: y + 4, 'text-anchor': x < cx ? 'end' : 'start' }, name));
      for (const [id, [x, y]] of inner) {
        const dot = svgEl('circle', { cx: x, cy: y, r: 8, fill: '#1d232b' });
        dot.append(svgEl('title', {}, id + ' — ' + docLabel(id)));
        svg.append(dot, svgEl('text', { x: x + (x < cx ? -11 : 11), y: y + 4, 'text-anchor': x < cx ? 'end' : 'start', 'font-weight': 600 }, shortLabel.get(id)));
      }
      const cites = docs.flatMap((doc) => doc.cites.map((c) => el('li', {}, shortLabel.get(doc.id) + ' ' + doc.id + ' cites ' + c.name + (c.via ? ' (via ' + c.via + ')' : ''))));
      return [svg, el('p', { class: 'muted' }, 'dots: documents · squares: cited sources · red: copy · blue: translation · brown: shared text · dashed: cites; arrows point to the source'),
        el('ul', {}, d.relations.filter((r) => inStory(r.from)).map((r) => el('li', {}, r.type + ': ' + r.from + ' → ' + r.to + ' (' + r.score + ')'))), el('h3', {}, 'Citations'), el('ul', {}, cites)];
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
      current = new Set(stories[Number(event.target.value)].documents);
      show(shown);
    } }, stories.map((s, i) => el('option', { value: String(i) }, s.title + ' (' + s.documents.length + ')')));
    tabs.append(select);
  }
  show('Claims');
})();
`;
