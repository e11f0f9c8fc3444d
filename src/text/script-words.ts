/** Letters of the scripts written without spaces between words (Chinese, Japanese with its long-vowel mark, Thai). */
const UNSPACED_LETTERS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}\\u30fc';

/**
 * A word for the link layer's keys: a run of letters with their marks that stays on one side of the line between
 * unspaced scripts and the others. Chinese text holds Latin names and terms with no space around them, and
 * "打击robocalls" read as one word would hide "robocalls" from the other languages' texts.
 */
export const SCRIPT_WORD = `[${UNSPACED_LETTERS}][${UNSPACED_LETTERS}\\p{M}]*|[^\\P{L}${UNSPACED_LETTERS}](?:[^\\P{L}${UNSPACED_LETTERS}]|\\p{M})*`;
