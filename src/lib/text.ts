// Text taken from the URL and shown back to the reader: a link may carry anything, so the site quotes at
// most a few words of it, and never lets it reorder the sentence around it.

/** Longest piece of a value taken from the URL that the page shows back. */
export const MAX_ECHO = 40;

// Control characters and invisible format characters: bidi embeddings, overrides, isolates and marks,
// zero-width characters, the byte-order mark.
const INVISIBLE = /[\p{Cc}\p{Cf}]/gu;

/** A value from the URL as the page may show it: invisible and bidi controls removed, cut to MAX_ECHO characters. */
export function clip(value: string): string {
  const chars = [...value.replace(INVISIBLE, "")];
  return chars.length > MAX_ECHO ? `${chars.slice(0, MAX_ECHO).join("")}…` : chars.join("");
}

/**
 * A clipped value quoted inside a sentence, set apart as a first-strong isolate (the text equivalent of
 * <bdi>): right-to-left text in it cannot reorder the words around it.
 */
export function isolate(clipped: string): string {
  return `\u2068${clipped}\u2069`;
}
