import type { CleanResult } from './clean.js';

/** Why a text with words kept no body, naming what its lines were taken for; null when a body was kept or there was no text. */
export function emptyBodyReason(text: string, result: CleanResult): string | null {
  if (result.body.length > 0 || !/[\p{L}\p{N}]/u.test(text)) return null;
  const kinds = new Map<string, number>();
  for (const { kind } of result.removed) kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
  if (result.comments.length > 0) kinds.set('comments', result.comments.length);
  const named = [...kinds].sort((a, b) => b[1] - a[1]).map(([kind, count]) => `${count} ${kind}`).join(', ');
  return `no article text was kept: every line was taken for boilerplate (${named || 'nothing readable'})`;
}
