/** The scripts written without spaces between words (Chinese, Japanese, Thai), as the inside of a `u` character class. */
export const UNSPACED_SCRIPTS = '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Thai}';
/** Their letters, with the Japanese long-vowel mark (of the common script). */
const UNSPACED_LETTERS = `${UNSPACED_SCRIPTS}\\u30fc`;

/**
 * A word for the link layer's keys: a run of letters with their marks that stays on one side of the line between
 * unspaced scripts and the others. Chinese text holds Latin names and terms with no space around them, and
 * "打击robocalls" read as one word would hide "robocalls" from the other languages' texts.
 */
export const SCRIPT_WORD = `[${UNSPACED_LETTERS}][${UNSPACED_LETTERS}\\p{M}]*|[^\\P{L}${UNSPACED_LETTERS}](?:[^\\P{L}${UNSPACED_LETTERS}]|\\p{M})*`;
