import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { RegroupSource } from '../link/stories/regroup-stories.js';
import type { StoryFeature } from '../link/stories/features.js';

/**
 * What regrouping reads of a stored document (its story features, language and date), kept as one compressed row:
 * worked out again from a stored analysis, the features cost every content word's look-up in a lexicon that a new
 * process has not read yet (a CLI run that regroups a story of 50 members: about 0.2 s of its second). The features
 * are JSON, [key, count, scale, portable 0/1] each, deflated: about 1 KB a document.
 */
export function encodeRegroupSource(source: RegroupSource): Uint8Array {
  const features = source.features.map((f) => [f.key, f.count, f.scale, f.portable ? 1 : 0]);
  return deflateRawSync(JSON.stringify({ language: source.language, published: source.published, features }));
}

/** A stored row back into what regrouping reads, or null when it is not one (a damaged file): the caller then works it out again. */
export function decodeRegroupSource(bytes: Uint8Array): RegroupSource | null {
  let value: unknown;
  try {
    value = JSON.parse(inflateRawSync(bytes).toString('utf8'));
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { language, published, features } = value as Record<string, unknown>;
  if (!isTextOrNull(language) || !isTextOrNull(published) || !Array.isArray(features)) return null;
  const read: StoryFeature[] = [];
  for (const f of features as unknown[]) {
    if (!Array.isArray(f) || f.length !== 4) return null;
    const [key, count, scale, portable] = f as unknown[];
    if (typeof key !== 'string' || !isFiniteNumber(count) || !isFiniteNumber(scale) || (portable !== 0 && portable !== 1)) return null;
    read.push({ key, count, scale, portable: portable === 1 });
  }
  return { language, published, features: read };
}

function isTextOrNull(value: unknown): value is string | null {
  return value === null || typeof value === 'string';
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
