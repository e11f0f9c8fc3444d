import type { Dossier } from '../dossier/schema.js';
import { REPORT_SCRIPT } from './report-script.js';
import { REPORT_STYLE } from './report-style.js';
import { escapeHtml } from '../text/escape-html.js';

/**
 * The dossier as one self-contained page: the data travels as JSON inside the
 * page and is drawn by an inline script that only ever sets `textContent`,
 * so article text (hostile input) is never parsed as HTML. No network, no
 * fonts or scripts from elsewhere.
 */
export function renderReport(dossier: Dossier): string {
  const title = dossier.stories[0]?.title ?? 'Triangulate dossier';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)} — Triangulate</title>
<style>${REPORT_STYLE}</style>
</head>
<body>
<header><p class="brand">Triangulate</p><h1 id="story-title">${escapeHtml(title)}</h1><p id="overview"></p></header>
<nav id="tabs"></nav>
<main id="view"></main>
<script type="application/json" id="dossier">${jsonForScript(dossier)}</script>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

export { escapeHtml };

/** JSON that cannot close its script element ("</script>") or open a comment ("<!--"). */
function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
