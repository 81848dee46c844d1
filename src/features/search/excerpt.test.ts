import { describe, expect, it } from "vitest";
import { EXCERPT_WORDS, excerpt, wordsOf } from "./excerpt.ts";

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join("");
const marked = (parts: { text: string; mark: boolean }[]) => parts.filter((p) => p.mark).map((p) => p.text);

describe("excerpt", () => {
  it("marks the matched words, their punctuation left outside the mark", () => {
    const words = wordsOf("Les ministres de la Défense, réunis à Bruxelles.");
    const parts = excerpt(words, 0, words.length, [1, 4]);
    expect(text(parts)).toBe("Les ministres de la Défense, réunis à Bruxelles.");
    expect(marked(parts)).toEqual(["ministres", "Défense"]);
  });

  it("stays within its paragraph and cuts a long one around the first match", () => {
    const words = wordsOf(Array.from({ length: 100 }, (_, n) => `w${n}`).join(" "));
    const parts = excerpt(words, 10, 90, [60, 95]);
    expect(text(parts).startsWith("… w52 ")).toBe(true);
    expect(text(parts).endsWith(" …")).toBe(true);
    expect(marked(parts)).toEqual(["w60"]);
    expect(
      text(parts)
        .split(" ")
        .filter((w) => w.startsWith("w")),
    ).toHaveLength(EXCERPT_WORDS);
  });

  it("keeps markup in the text as text", () => {
    const words = wordsOf('<img src=x onerror="alert(1)"> défense <b>');
    expect(text(excerpt(words, 0, words.length, [3]))).toBe('<img src=x onerror="alert(1)"> défense <b>');
  });
});
