/** A web address in running text ("https://…", "www.…"): the words of a site's name and path, not of the text's language. */
export const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gu;

/** Closing punctuation that ends the sentence around an address rather than the address ("(see www.example.org)."). */
const TRAILING = /[.,;:!?)\]}'"»”’]+$/u;

/** A whole line that is one web address, maybe in angle brackets ("http://www.bbc.co.uk/news/…", "<www.example.org>"). */
const ADDRESS_LINE = /^\s*<?((?:https?:\/\/|www\.)\S+?)>?\s*$/iu;

/** The web address a line is and nothing else, without the punctuation after it; null for any other line. */
export function addressLine(line: string): string | null {
  const address = ADDRESS_LINE.exec(line)?.[1]?.replace(TRAILING, '');
  return address && address.length > 4 ? address : null;
}

/** The site of a web address, without "www." ("https://www.ria.ru/2022/…", "www.ria.ru/…" → "ria.ru"); null when it names none. */
export function hostOf(address: string | null | undefined): string | null {
  if (!address) return null;
  try {
    return new URL(/^https?:\/\//iu.test(address) ? address : `http://${address}`).hostname.replace(/^www\./u, '') || null;
  } catch {
    return null;
  }
}

/** An address as a key: lower case, without the punctuation after it. */
export function webAddressKey(address: string): string {
  return address.replace(TRAILING, '').toLowerCase();
}

/** The text with its web addresses blanked out, every offset kept. */
export function blankWebAddresses(text: string): string {
  return text.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length));
}
