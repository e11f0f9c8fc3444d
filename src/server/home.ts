import type { DocumentSummary } from '../store/store.js';
import { escapeHtml } from '../report/report.js';
import { plural } from '../report/markdown.js';
import { REPORT_STYLE } from '../report/report-style.js';

interface HomeData {
  stories: ReadonlyArray<{ id: string; title: string; documents: number }>;
  search: { total: number; documents: readonly DocumentSummary[] };
  q: string;
  /** Whether the search reads reader comments too. */
  comments?: boolean;
  /** Carried in links when the server requires one. */
  token: string | null;
}

/** What the home page may load: its inline style; its one form posts to this server. Also sent as a header by the app. */
export const HOME_CSP = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; base-uri 'none'";

/** The app's first page: stories of the store and a full-text search over its documents, every value escaped. */
export function renderHome({ stories, search, q, comments = false, token }: HomeData): string {
  const withToken = (path: string) => (token ? `${path}${path.includes('?') ? '&' : '?'}token=${encodeURIComponent(token)}` : path);
  const storyItems = stories.map((s) => `<li><a href="${escapeHtml(withToken(`/stories/${encodeURIComponent(s.id)}`))}">${escapeHtml(s.title)}</a> <span class="muted">${plural(s.documents, 'document')}</span></li>`).join('\n');
  const documentRows = search.documents
    .map(
      (d) => `<tr><td>${escapeHtml(d.title ?? d.id)}${d.snippet ? `<div class="muted">${escapeHtml(d.snippet)}</div>` : ''}</td><td>${escapeHtml(d.language ?? '')}</td><td>${escapeHtml(d.source)}</td><td>${
        d.story ? `<a href="${escapeHtml(withToken(`/stories/${encodeURIComponent(d.story)}`))}">${escapeHtml(d.story)}</a>` : ''
      }</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${HOME_CSP}">
<title>Triangulate</title><style>${REPORT_STYLE}</style></head>
<body><header><h1>Triangulate</h1><p id="overview">${plural(search.total, 'document')} in ${plural(stories.length, 'story', 'stories')}</p></header>
<main>
<form method="get" action="/"><input type="search" name="q" value="${escapeHtml(q)}" placeholder="Search the articles; &quot;quoted phrase&quot;" aria-label="search"> <label><input type="checkbox" name="comments" value="1"${comments ? ' checked' : ''}> reader comments too</label>${token ? `<input type="hidden" name="token" value="${escapeHtml(token)}">` : ''} <button type="submit">Search</button></form>
<h2>Stories</h2><ul id="stories">${storyItems}</ul>
<h2>${q ? `Documents matching “${escapeHtml(q)}”` : 'Latest documents'}</h2>
<table id="documents"><thead><tr><th>document</th><th>language</th><th>source</th><th>story</th></tr></thead><tbody>${documentRows}</tbody></table>
</main></body></html>
`;
}
