/** Text to match literally inside a regular expression: its own `.`, `*`, `(`… are never pattern syntax. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
