/** A web address in running text ("https://…", "www.…"): the words of a site's name and path, not of the text's language. */
export const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gu;

/** Closing punctuation that ends the sentence around an address rather than the address ("(see www.example.org)."). */
const TRAILING = /[.,;:!?)\]}'"»”’]+$/u;

/** An address as a key: lower case, without the punctuation after it. */
export function webAddressKey(address: string): string {
  return address.replace(TRAILING, '').toLowerCase();
}

/** The text with its web addresses blanked out, every offset kept. */
export function blankWebAddresses(text: string): string {
  return text.replace(WEB_ADDRESS, (address) => ' '.repeat(address.length));
}
