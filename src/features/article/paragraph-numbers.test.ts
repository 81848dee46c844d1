import { describe, expect, it } from "vitest";
import type { Block } from "../../content/schema.ts";
import { paragraphNumbers } from "./paragraph-numbers.ts";

const both = (text: string) => ({ fr: text, en: text });

describe("paragraph numbers", () => {
  it("number paragraphs and quotations in body order, skipping images", () => {
    const blocks: Block[] = [
      { id: "lead", type: "paragraph", text: both("a") },
      { id: "photo", type: "image", caption: both("c") },
      { id: "said", type: "quote", speaker: "x", text: both("q") },
      { id: "next", type: "paragraph", text: both("b") },
    ];
    expect([...paragraphNumbers(blocks)]).toEqual([
      ["lead", 1],
      ["said", 2],
      ["next", 3],
    ]);
  });

  it("give a paragraph the same number in both languages, even when one language lacks an earlier one", () => {
    const blocks: Block[] = [
      { id: "only-fr", type: "paragraph", text: { fr: "Seulement en français.", en: null } },
      { id: "both", type: "paragraph", text: both("b") },
    ];
    expect(paragraphNumbers(blocks).get("both")).toBe(2);
  });
});
