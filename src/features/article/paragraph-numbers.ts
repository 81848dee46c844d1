import type { Block } from "../../content/schema.ts";

/**
 * The number of each paragraph and quotation of a body, by block id: ¶ 1, ¶ 2, … in body order. It is
 * counted from the blocks, not from either language's text, so a paragraph has the same number in both
 * languages, even where one of them lacks it. Images are not numbered.
 */
export function paragraphNumbers(blocks: Block[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const block of blocks) if (block.type !== "image") numbers.set(block.id, numbers.size + 1);
  return numbers;
}
