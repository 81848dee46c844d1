// An excerpt of a matching paragraph, cut from the indexed text by word positions: a list of plain texts,
// some marked. The page renders them as text nodes (matched words in <mark>); HTML from the index never is.

/** A piece of an excerpt: text, marked when it is a matched word. */
export type ExcerptPart = { text: string; mark: boolean };

/** Words shown around the matches of a paragraph. */
export const EXCERPT_WORDS = 30;
/** Words shown before the first match, so that it is read in its sentence. */
const LEAD_WORDS = 8;

/**
 * The excerpt of words[start, end) that holds the first of `locations` (word positions in the whole
 * text), with every matched word in it marked. Adjacent plain words are joined into one part.
 */
export function excerpt(words: readonly string[], start: number, end: number, locations: readonly number[]): ExcerptPart[] {
  const inside = locations.filter((l) => l >= start && l < end).sort((a, b) => a - b);
  const first = inside[0] ?? start;
  const from = Math.max(start, Math.min(first - LEAD_WORDS, end - EXCERPT_WORDS));
  const to = Math.min(end, from + EXCERPT_WORDS);
  const marked = new Set(inside);
  const parts: ExcerptPart[] = [];
  if (from > start) parts.push({ text: "… ", mark: false });
  for (let n = from; n < to; n++) {
    const word = words[n] ?? "";
    const space = n + 1 < to ? " " : "";
    const last = parts.at(-1);
    if (marked.has(n)) {
      // The word's trailing punctuation is not part of the match.
      const [, core = word, tail = ""] = /^(.*[\p{L}\p{N}])([^\p{L}\p{N}]*)$/u.exec(word) ?? [];
      parts.push({ text: core, mark: true });
      parts.push({ text: tail + space, mark: false });
    } else if (last && !last.mark) last.text += word + space;
    else parts.push({ text: word + space, mark: false });
  }
  if (to < end) parts.push({ text: " …", mark: false });
  return parts.filter((p) => p.text !== "");
}

/** The words of an indexed text, as the engine counts them. */
export function wordsOf(content: string): string[] {
  return content.split(/[\r\n\s]+/g);
}
