/**
 * Characters never printed raw about an input: C0 and C1 controls (ESC starts
 * the terminal sequences that set a window title or colour the screen), DEL,
 * line and paragraph separators, and bidirectional overrides (which reorder
 * what a reader sees, "Trojan Source").
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const SHORT: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Text as one printable line: control characters and line breaks become escapes (`\n`, `\x1b`, `\u202e`), a backslash stays as it is. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (char) => {
    const code = char.charCodeAt(0);
    return SHORT[char] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
