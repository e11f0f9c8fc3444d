/** The report's styles: system fonts, readable at 1280×800, one column at phone width. */
export const REPORT_STYLE = `
:root { --fg: #1d232b; --muted: #5b6673; --line: #d8dde3; --bg: #f7f8fa; --accent: #1f5fbf;
  --corroborated: #2e7d4f; --contested: #b3261e; --updated: #8a5a00; --single: #6b7280; --mark: #ffe08a; --mark2: #b9e4ff; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg); background: var(--bg); }
header { padding: 12px 20px; background: #fff; border-bottom: 1px solid var(--line); }
header h1 { margin: 0; font-size: 19px; }
header .brand { margin: 0; color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .08em; }
body { overflow-wrap: break-word; }
.doc .text, td.statement, li { overflow-wrap: anywhere; }
#overview { margin: 4px 0 0; color: var(--muted); }
nav { display: flex; flex-wrap: wrap; gap: 4px; padding: 8px 20px; background: #fff; border-bottom: 1px solid var(--line); position: sticky; top: 0; z-index: 2; }
nav button { border: 1px solid var(--line); background: #fff; border-radius: 6px; padding: 6px 10px; cursor: pointer; font: inherit; }
nav select { font: inherit; padding: 5px; border-radius: 6px; border: 1px solid var(--line); max-width: 100%; }
nav button[aria-selected="true"] { background: var(--accent); color: #fff; border-color: var(--accent); }
main { padding: 16px 20px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { border: 1px solid var(--line); padding: 6px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; font-weight: 600; }
.status { display: inline-block; white-space: nowrap; padding: 1px 8px; border-radius: 10px; color: #fff; font-size: 12px; }
.corroborated { background: var(--corroborated); } .contested { background: var(--contested); }
.updated { background: var(--updated); } .single-source { background: var(--single); }
.split { display: grid; grid-template-columns: minmax(0, 1.3fr) minmax(0, 1fr); gap: 16px; align-items: start; }
#claim-detail, #evidence { position: sticky; top: 56px; max-height: calc(100vh - 70px); overflow: auto; }
#claim-detail .docs, #evidence .docs { grid-template-columns: 1fr; }
th.doc-col { width: 5.5em; max-width: 7em; text-align: center; font-size: 12px; font-weight: 600; overflow-wrap: anywhere; }
table.matrix td:nth-child(2) { min-width: 16em; }
td.cell { text-align: center; cursor: pointer; }
td.cell.has { background: #e8f1ff; }
.claim { cursor: pointer; }
.claim:hover, tr.selected { background: #fff7d6; }
.docs { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(320px, 100%), 1fr)); gap: 12px; margin-top: 12px; }
.doc { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 10px 12px; max-height: 70vh; overflow: auto; }
.doc h3 { margin: 0 0 4px; font-size: 15px; }
.doc .meta { color: var(--muted); font-size: 13px; margin-bottom: 8px; }
.doc .text { white-space: pre-wrap; }
mark { background: var(--mark); padding: 0 1px; }
mark.against { background: #ffc9c4; }
.doc .removed { color: #9aa4b1; font-size: 12px; }
.doc .comment { display: inline-block; color: #4b5563; border-left: 3px solid #c7ced8; padding-left: 6px; font-style: italic; }
mark.descriptor { background: var(--mark2); }
.timeline-chart { background: #fff; border: 1px solid var(--line); border-radius: 8px; margin-bottom: 12px; }
.timeline li { margin-bottom: 6px; }
.muted { color: var(--muted); }
svg text { font: 12px system-ui, sans-serif; }
@media (max-width: 900px) { .split { grid-template-columns: 1fr; } #claim-detail, #evidence { position: static; max-height: none; } }
.filters { display: flex; flex-wrap: wrap; gap: 8px 16px; margin-bottom: 10px; }
.filters label { display: flex; align-items: center; gap: 4px; max-width: 100%; min-width: 0; }
.filters select { font: inherit; padding: 3px; border-radius: 6px; border: 1px solid var(--line); min-width: 0; max-width: 100%; flex: 1 1 auto; }
.origins { font-size: 13px; }
.sources-list { display: none; font-size: 13px; }
.claim-link { color: var(--muted); text-decoration: none; }
.claim-link:hover { color: var(--accent); }
details.from-comments { margin-top: 16px; padding: 8px 10px; border: 1px dashed #c7ced8; border-radius: 8px; background: #fbfbfc; }
details.from-comments summary { cursor: pointer; color: var(--muted); }
li.in-comments, .from-comments td { font-style: italic; }
svg.source-graph { background: #fff; border: 1px solid var(--line); border-radius: 8px; }
@media (max-width: 640px) {
  main, nav, header { padding-left: 10px; padding-right: 10px; }
  /* Wide tables become lists: one block per row, the per-source columns folded into the row. */
  table, thead, tbody, tr, th, td { display: block; width: auto; }
  thead, td.cell, td.frame:empty { display: none; }
  tr { border-bottom: 1px solid var(--line); padding: 6px 0; }
  th, td { border: 0; padding: 2px 4px; font-size: 14px; }
  table.matrix td:nth-child(2) { min-width: 0; }
  td.frame[data-label]::before { content: attr(data-label); display: block; font-weight: 600; font-style: normal; }
  .sources-list { display: block; }
  .docs { grid-template-columns: 1fr; }
}
`;
