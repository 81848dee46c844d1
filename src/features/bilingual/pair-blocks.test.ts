import { describe, expect, it } from "vitest";
import type { Block } from "../../content/schema.ts";
import { pairBlocks } from "./pair-blocks.ts";

const blocks: Block[] = [
  { id: "lead", type: "paragraph", text: { fr: "Premier.", en: "First." } },
  { id: "photo", type: "image", caption: { fr: { text: "General view", lang: "en" }, en: "General view" } },
  { id: "only-fr", type: "paragraph", text: { fr: "Seulement en français.", en: null } },
  { id: "last", type: "paragraph", text: { fr: "Dernier.", en: "Last." } },
];

describe("pairing the body's blocks across languages", () => {
  it("pairs each block with itself in the other language, the leading language first", () => {
    const pairs = pairBlocks(blocks, "en");
    expect(pairs.map((p) => p.block.id)).toEqual(["lead", "photo", "only-fr", "last"]);
    expect(pairs[0]?.cells).toEqual([
      { slot: "en", text: "First.", lang: "en" },
      { slot: "fr", text: "Premier.", lang: "fr" },
    ]);
    expect(pairBlocks(blocks, "fr")[0]?.cells.map((c) => c.slot)).toEqual(["fr", "en"]);
  });

  it("keeps a fragment's own language: the English caption in the French slot", () => {
    expect(pairBlocks(blocks, "fr")[1]?.cells[0]).toEqual({ slot: "fr", text: "General view", lang: "en" });
  });

  it("makes a block missing in one language a gap in its own pair, never shifting the pairs after it", () => {
    const pairs = pairBlocks(blocks, "en");
    expect(pairs[2]?.cells).toEqual([
      { slot: "en", text: null },
      { slot: "fr", text: "Seulement en français.", lang: "fr" },
    ]);
    expect(pairs[3]?.cells.map((c) => c.text)).toEqual(["Last.", "Dernier."]);
  });
});
