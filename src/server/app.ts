import { timingSafeEqual } from 'node:crypto';
import { basename } from 'node:path';
import { Hono } from 'hono';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { z } from 'zod';
import type { DocMessage } from '../doc/news-doc.js';
import { buildDossier } from '../dossier/build.js';
import { ingest } from '../pipeline/run-analysis.js';
import { readBytes } from '../read/read-inputs.js';
import type { ReadResult } from '../read/read-inputs.js';
import { renderReport } from '../report/report.js';
import type { DocumentStore } from '../store/store.js';
import { HOME_CSP, renderHome } from './home.js';
import { LOOPBACK_HOSTS, hostName } from './hosts.js';

export interface AppOptions {
  store: DocumentStore;
  /** Required on every request when set (Authorization: Bearer …, or ?token= for pages). */
  token: string | null;
  /** Largest request body accepted (unit: bytes). */
  maxBodyBytes?: number;
  /** Host names requests must be addressed to (see allowedHosts); loopback names by default. */
  hosts?: readonly string[];
}

/** Content Security Policy of JSON answers and of the story pages (the report, with its inline script and style), sent as headers. */
const API_CSP = "default-src 'none'; frame-ancestors 'none'";
const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** Documents a story's dossier is built from by default, and at most. */
const DEFAULT_STORY_DOCUMENTS = 500;
const MAX_STORY_DOCUMENTS = 5000;

/** 10 MiB: a folder's worth of articles in one upload; larger batches go through the CLI. */
export const DEFAULT_MAX_BODY = 10 * 1024 * 1024;

const ListQuery = z.object({
  q: z.string().max(500).optional(),
  /** Search reader comments too ("1", "true" or "on", as a checkbox sends it). */
  comments: z.enum(['1', 'true', 'on', '0', 'false', 'off']).optional().transform((v) => v === '1' || v === 'true' || v === 'on'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
const Upload = z.object({ articles: z.array(z.object({ name: z.string().min(1).max(300), content: z.string() })).min(1).max(10_000) });

/** File names an upload gets from its content type when it names none (a Map: the type is the client's, "constructor" too). */
const UPLOAD_NAMES: ReadonlyMap<string, string> = new Map([['text/html', 'upload.html'], ['application/x-ndjson', 'upload.jsonl'], ['application/jsonl', 'upload.jsonl'], ['text/plain', 'upload.txt']]);

/**
 * The web app over the store: pages for people (the same report as the CLI
 * writes, per story) and a JSON API for tools. Every error is JSON with a
 * message; article text is escaped wherever it is shown.
 */
export function createApp({ store, token, maxBodyBytes = DEFAULT_MAX_BODY, hosts = LOOPBACK_HOSTS }: AppOptions): Hono {
  const app = new Hono();
  const served = new Set(hosts.map((host) => host.toLowerCase()));
  app.use('*', async (c, next) => {
    await next();
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('Referrer-Policy', 'no-referrer');
    c.header('X-Frame-Options', 'DENY');
    if (!c.res.headers.has('Content-Security-Policy')) c.header('Content-Security-Policy', API_CSP);
  });
  // DNS rebinding: a page on evil.example whose name is made to point at 127.0.0.1 reaches this server with
  // "Host: evil.example". Only requests addressed to a name this server answers for are served, token or not.
  app.use('*', async (c, next) => {
    const given = c.req.header('host') ?? new URL(c.req.url).host;
    const host = hostName(given);
    if (!host || !served.has(host)) throw new HTTPException(421, { message: `this server does not answer for the host ${JSON.stringify(given.slice(0, 100))}; start it with --allow-host to add a name` });
    await next();
  });
  // A web page elsewhere must not post articles into the store through the user's browser (CSRF):
  // a cross-origin request that changes something is refused.
  app.use('*', async (c, next) => {
    const origin = c.req.header('origin');
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && origin && originHost(origin) !== c.req.header('host')) {
      throw new HTTPException(403, { message: `requests from ${origin} may not change this store` });
    }
    await next();
  });
  if (token) app.use('*', async (c, next) => {
    if (!tokenMatches(token, c)) throw new HTTPException(401, { message: 'a token is required: send "Authorization: Bearer <token>" or add ?token=<token>' });
    await next();
  });
  app.onError((error, c) => {
    const status = error instanceof HTTPException ? error.status : 500;
    return c.json({ error: status === 500 ? `internal error: ${error.message}` : error.message }, status);
  });
  app.notFound((c) => c.json({ error: `no such page: ${c.req.method} ${c.req.path}` }, 404));

  app.get('/', (c) => {
    const query = parse(ListQuery, c.req.query());
    c.header('Content-Security-Policy', `${HOME_CSP}; frame-ancestors 'none'`);
    return c.html(renderHome({ stories: storyList(store, 0, 100).stories, search: store.searchDocuments(query), q: query.q ?? '', comments: query.comments, token: c.req.query('token') ?? null }));
  });
  app.get('/stories/:id', (c) => {
    const moved = mergedStory(c, store, '/stories/');
    if (moved) return moved;
    c.header('Content-Security-Policy', REPORT_CSP);
    return c.html(renderReport(storyDossier(c, store)));
  });

  app.get('/api/documents', (c) => c.json(store.searchDocuments(parse(ListQuery, c.req.query()))));
  app.get('/api/documents/:hash', (c) => {
    const analysis = store.analysis(c.req.param('hash'));
    if (!analysis) throw new HTTPException(404, { message: `no document with hash ${c.req.param('hash')}` });
    return c.json({ hash: c.req.param('hash'), ...analysis });
  });
  app.get('/api/stories', (c) => {
    const { limit, offset } = parse(ListQuery, c.req.query());
    return c.json(storyList(store, offset, limit));
  });
  app.get('/api/stories/:id', (c) => mergedStory(c, store, '/api/stories/') ?? c.json(storyDossier(c, store)));
  app.post(
    '/api/articles',
    bodyLimit({ maxSize: maxBodyBytes, onError: () => { throw new HTTPException(413, { message: `the request body is over the ${maxBodyBytes} bytes limit; send fewer articles at a time` }); } }),
    async (c) => {
      const read: ReadResult = { records: [], errors: [] };
      const type = (c.req.header('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      if (type === 'application/json' && !c.req.query('name')) {
        const body = parse(Upload, await c.req.json().catch(() => { throw new HTTPException(400, { message: 'the body is not valid JSON' }); }));
        for (const article of body.articles) readBytes(Buffer.from(article.content, 'utf8'), `upload:${article.name}`, read, basename(article.name));
      } else {
        const name = c.req.query('name') ?? UPLOAD_NAMES.get(type) ?? 'upload';
        readBytes(new Uint8Array(await c.req.arrayBuffer()), `upload:${name}`, read, basename(name));
      }
      const errors: DocMessage[] = [...read.errors];
      const { kept } = await ingest(read.records, errors, store);
      const summaries = kept.map((entry) => ({ id: entry.id, hash: entry.hash, source: entry.source, line: entry.line, story: store.storyOf(entry.hash) }));
      return c.json({ documents: summaries, errors: errors.map(({ source, line, message }) => ({ source, line, message })) }, kept.length > 0 ? 200 : 422);
    },
  );
  return app;
}

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new HTTPException(400, { message: result.error.issues.map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`).join('; ') });
  return result.data;
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

function tokenMatches(token: string, c: Context): boolean {
  const given = /^Bearer\s+(.+)$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? c.req.query('token') ?? '';
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

const StoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(MAX_STORY_DOCUMENTS).default(DEFAULT_STORY_DOCUMENTS) });

/**
 * The dossier of one stored story, over its latest `limit` documents (a
 * dossier is built in memory; a story of thousands is read a slice at a
 * time). The header X-Triangulate-Documents says how many of how many.
 */
function storyDossier(c: Context, store: DocumentStore) {
  const id = c.req.param('id') ?? '';
  const { limit } = parse(StoryQuery, { limit: c.req.query('limit') });
  const { documents, total } = store.storyDocuments(id, limit);
  if (documents.length === 0) throw new HTTPException(404, { message: `no story ${id}` });
  c.header('X-Triangulate-Documents', `${documents.length} of ${total}`);
  return buildDossier(documents, []);
}

/** A redirect (301) to the story an old story id was merged into, keeping the query (a token); null for any other id. */
function mergedStory(c: Context, store: DocumentStore, prefix: string): Response | null {
  const id = c.req.param('id') ?? '';
  const into = store.storyAlias(id);
  if (!into || store.storyDocuments(id, 1).total > 0) return null;
  return c.redirect(`${prefix}${encodeURIComponent(into)}${new URL(c.req.url).search}`, 301);
}

/** Stories with a title (their first titled document's), their size and the old ids of stories merged into them. */
function storyList(store: DocumentStore, offset: number, limit: number): { total: number; stories: Array<{ id: string; title: string; documents: number; aliases: string[] }> } {
  const all = store.stories();
  const stories = all
    .slice(offset, offset + limit)
    .map((story) => {
      let title: string | null = null;
      for (const hash of story.documents) if ((title = store.analysis(hash)?.title ?? null)) break;
      return { id: story.id, title: title ?? story.id, documents: story.documents.length, aliases: story.aliases };
    });
  return { total: all.length, stories };
}
