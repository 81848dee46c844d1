import type { Block, Localised } from "../../content/schema.ts";
import { type Lang, otherLang } from "../../content/vocabulary.ts";

/** One language's side of a pair: its text (and the language that text is written in), or a gap. */
export type Cell = { slot: Lang; text: string; lang: Lang } | { slot: Lang; text: null };

/** A body block in both languages: the leading language's cell first. */
export type Pair = { block: Block; cells: [Cell, Cell] };

/** `value`'s text in `slot`; a fragment written in another language keeps its own `lang`. */
export function cellOf(value: Localised, slot: Lang): Cell {
  const text = value[slot];
  if (text === null) return { slot, text: null };
  return typeof text === "string" ? { slot, text, lang: slot } : { slot, text: text.text, lang: text.lang };
}

/** Both languages' cells of a text, `lead` first. */
export function cells(value: Localised, lead: Lang): [Cell, Cell] {
  return [cellOf(value, lead), cellOf(value, otherLang(lead))];
}

/**
 * Every block of a body paired with itself in the other language: a pair per block, in body order, so a
 * block missing in one language is a gap in its own row and never shifts the rows after it.
 */
export function pairBlocks(blocks: Block[], lead: Lang): Pair[] {
  return blocks.map((block) => ({ block, cells: cells(block.type === "image" ? block.caption : block.text, lead) }));
}
