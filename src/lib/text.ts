// Text taken from the URL and shown back to the reader: a link may carry anything, so the site quotes at
// most a few words of it, and never lets it reorder the sentence around it.

/** Longest piece of a value taken from the URL that the page shows back. */
export const MAX_ECHO = 40;

// Bidi controls (embeddings, overrides, isolates, marks) and other invisible format or control characters.
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;

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
