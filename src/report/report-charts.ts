/**
 * The report's two drawings, as script text inlined into the page's script
 * (they use its `el`, `svgEl`, `docLabel` and `d`): the timeline chart and
 * the sources graph. Text is set with textContent only.
 */
export const REPORT_CHARTS = String.raw`
  /** Dated entries further apart than this (unit: days) belong to different periods: background years, not the story's days. */
  const PERIOD_GAP_DAYS = 45;
  const dayOf = (iso) => Date.parse(iso.length === 7 ? iso + '-01' : iso.length === 4 ? iso + '-01-01' : iso);

  /** The period holding the most sources, its entries split from the others at gaps of PERIOD_GAP_DAYS: where the story happens. */
  function denseRange(entries) {
    const dated = entries.map((t) => [dayOf(t.date), t.documents.length]).filter(([x]) => !Number.isNaN(x)).sort((a, b) => a[0] - b[0]);
    const periods = [];
    for (const [x, weight] of dated) {
      const last = periods[periods.length - 1];
      if (last && x - last.to <= PERIOD_GAP_DAYS * 86400000) { last.to = x; last.weight += weight; }
      else periods.push({ from: x, to: x, weight });
    }
    const best = periods.sort((a, b) => b.weight - a.weight)[0];
    return [best.from - 86400000, best.to + 86400000];
  }

  /** Dated entries on a time axis centred on the dense range: one dot per entry sized by its sources, a bar for a span of days; outliers folded into an edge marker. */
  function timelineChart(entries) {
    const svg = svgEl('svg', { viewBox: '0 0 800 130', width: '100%', class: 'timeline-chart', role: 'img', 'aria-label': 'timeline chart' });
    if (!entries.some((t) => !Number.isNaN(dayOf(t.date)))) return svg;
    const [first, last] = denseRange(entries);
    const span = Math.max(last - first, 86400000);
    const x = (iso) => 60 + ((dayOf(iso) - first) / span) * 680;
    svg.append(svgEl('line', { x1: 60, y1: 80, x2: 740, y2: 80, stroke: '#8792a2' }));
    svg.append(svgEl('text', { x: 60, y: 104, class: 'axis-label' }, new Date(first).toISOString().slice(0, 10)), svgEl('text', { x: 740, y: 104, 'text-anchor': 'end', class: 'axis-label' }, new Date(last).toISOString().slice(0, 10)));
    const before = entries.filter((t) => dayOf(t.date) < first), after = entries.filter((t) => dayOf(t.date) > last);
    const fold = (list, atX, anchor) => {
      if (list.length === 0) return;
      const label = list.length + ' ' + (anchor === 'start' ? 'earlier' : 'later') + ': ' + list.map((t) => t.date).join(', ');
      const marker = svgEl('g', { class: 'folded' });
      marker.append(svgEl('path', { d: anchor === 'start' ? 'M 30 80 l 12 -8 v 16 z' : 'M 770 80 l -12 -8 v 16 z', fill: '#8792a2' }),
        svgEl('text', { x: atX, y: 122, 'text-anchor': anchor }, '+' + list.length + ' ' + (anchor === 'start' ? '« ' + list[0].date.slice(0, 4) : list[list.length - 1].date.slice(0, 4) + ' »')));
      marker.append(svgEl('title', {}, label));
      svg.append(marker);
    };
    fold(before, 20, 'start');
    fold(after, 780, 'end');
    for (const t of entries) {
      const at = dayOf(t.date);
      if (Number.isNaN(at) || at < first || at > last) continue;
      if (t.to) svg.append(svgEl('rect', { x: x(t.date), y: 74, width: Math.max(2, Math.min(740, x(t.to)) - x(t.date)), height: 12, fill: '#b9e4ff' }));
      const dot = svgEl('circle', { cx: x(t.date), cy: 80, r: Math.min(16, 4 + 2 * t.documents.length), fill: '#1f5fbf', 'fill-opacity': 0.6, 'data-date': t.date });
      dot.append(svgEl('title', {}, t.date + ': ' + t.event));
      svg.append(dot);
    }
    return svg;
  }

  /**
   * Documents in one column, the sources they cite in another. Cite lines run
   * straight between the columns, so they meet no node but their ends; copies,
   * translations and shared text are arcs bulging left of the document column,
   * which touch it only at their two documents.
   */
  function sourceGraph(docs, relations) {
    const ids = docs.map((doc) => doc.id);
    const cited = [...new Set(docs.flatMap((doc) => doc.cites.filter((c) => !c.via).map((c) => c.name)))];
    const rowHeight = 34, top = 30;
    const height = top * 2 + rowHeight * Math.max(ids.length, cited.length, 2);
    const width = 760, docX = 300, sourceX = 560;
    const column = (list, atX) => new Map(list.map((key, i) => [key, [atX, top + rowHeight * (i + 0.5) * Math.max(ids.length, cited.length, 2) / Math.max(list.length, 1)]]));
    const docAt = column(ids, docX), sourceAt = column(cited, sourceX);
    const colour = { copy: '#b3261e', translation: '#1f5fbf', 'shared-text': '#8a5a00' };
    const svg = svgEl('svg', { viewBox: '0 0 ' + width + ' ' + height, width: '100%', class: 'source-graph', role: 'img', 'aria-label': 'copies, translations and citations' });
    const defs = svgEl('defs', {});
    for (const [type, fill] of Object.entries(colour).concat([['cites', '#8792a2']])) {
      const marker = svgEl('marker', { id: 'arrow-' + type, viewBox: '0 0 10 10', refX: 18, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
      marker.append(svgEl('path', { d: 'M 0 0 L 10 5 L 0 10 z', fill }));
      defs.append(marker);
    }
    svg.append(defs);
    for (const doc of docs) for (const c of doc.cites.filter((c) => !c.via)) {
      const [x1, y1] = docAt.get(doc.id), [x2, y2] = sourceAt.get(c.name);
      const line = svgEl('line', { x1, y1, x2, y2, stroke: '#8792a2', 'stroke-width': 1, 'stroke-dasharray': '4 3', 'marker-end': 'url(#arrow-cites)', 'data-from': doc.id, 'data-to': 'source:' + c.name, class: 'edge' });
      line.append(svgEl('title', {}, docLabel(doc.id) + ' cites ' + c.name));
      svg.append(line);
    }
    for (const r of relations) {
      const [x1, y1] = docAt.get(r.from), [x2, y2] = docAt.get(r.to);
      const bulge = Math.min(docX - 20, 30 + Math.abs(y2 - y1) * 0.45);
      const path = svgEl('path', { d: 'M ' + x1 + ' ' + y1 + ' C ' + (x1 - bulge) + ' ' + y1 + ', ' + (x2 - bulge) + ' ' + y2 + ', ' + x2 + ' ' + y2, fill: 'none', stroke: colour[r.type] || '#8792a2', 'stroke-width': 2.5, 'marker-end': 'url(#arrow-' + r.type + ')', 'data-from': r.from, 'data-to': r.to, class: 'edge' });
      path.append(svgEl('title', {}, r.type + ': ' + docLabel(r.from) + ' → ' + docLabel(r.to) + ' (' + r.score + ')'));
      svg.append(path);
    }
    for (const [name, [x, y]] of sourceAt) svg.append(svgEl('rect', { x: x - 6, y: y - 6, width: 12, height: 12, fill: '#8792a2', class: 'node', 'data-node': 'source:' + name }), svgEl('text', { x: x + 12, y: y + 4 }, name));
    for (const [id, [x, y]] of docAt) {
      const dot = svgEl('circle', { cx: x, cy: y, r: 9, fill: '#1d232b', class: 'node', 'data-node': id });
      dot.append(svgEl('title', {}, id + ' — ' + docLabel(id)));
      svg.append(dot, svgEl('text', { x: x + 14, y: y + 4, 'font-weight': 600 }, shortText(docLabel(id), 30)));
    }
    return svg;
  }
`;
