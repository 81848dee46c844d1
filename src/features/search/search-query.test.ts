import { describe, expect, it } from "vitest";
import { MAX_QUERY_CHARS, readSearch, searchLangs, searchTerms } from "./search-query.ts";
import { isStopWord } from "./stop-words.ts";

const read = (query: string, lang: "fr" | "en" = "fr") => readSearch(new URLSearchParams(query), lang, isStopWord);

describe("readSearch", () => {
  it("reads the words, trimmed, and searches the page's language by default", () => {
    expect(read("q=%20d%C3%A9fense%20")).toEqual({
      q: "défense",
      cut: false,
      terms: "défense",
      onlyStopWords: false,
      noWords: false,
      both: false,
    });
  });

  it("takes no words as nothing to search, never as an error", () => {
    expect(read("").q).toBe("");
    expect(read("q=").terms).toBe("");
    expect(read("q=%20%20").onlyStopWords).toBe(false);
    expect(read("q=%20%20").noWords).toBe(false);
  });

  it("says when the query holds signs only, no word", () => {
    for (const signs of ["%", '"', "-", "😀", "« » …"])
      expect(read(`q=${encodeURIComponent(signs)}`)).toMatchObject({ noWords: true, terms: "" });
    expect(read("q=%25+2023").noWords).toBe(false);
  });

  it("cuts a 10,000-character query to the stated maximum and says it did", () => {
    const query = read(`q=${"défense ".repeat(1250)}`);
    expect([...query.q].length).toBeLessThanOrEqual(MAX_QUERY_CHARS);
    expect(query.cut).toBe(true);
    expect(read(`q=${"a".repeat(MAX_QUERY_CHARS)}`).cut).toBe(false);
  });

  it("keeps markup, quotes and operators as the text shown, and gives the engine only the words", () => {
    const q = '<script>alert("x")</script> "défense" -ukraine OR ministre*';
    const query = read(`q=${encodeURIComponent(q)}`);
    expect(query.q).toBe(q);
    expect(query.terms).toBe("script alert x script défense ukraine OR ministre");
    expect(searchTerms("« défense »")).toBe("défense");
    expect(searchTerms("l’OTAN")).toBe("l OTAN");
  });

  it("says when every word is one every release holds, in the languages searched", () => {
    expect(read("q=le+de+LA").onlyStopWords).toBe(true);
    expect(read("q=the+of").onlyStopWords).toBe(false);
    expect(read("q=the+of", "en").onlyStopWords).toBe(true);
    expect(read("q=the+of&in=both").onlyStopWords).toBe(true);
    expect(read("q=le+ministre").onlyStopWords).toBe(false);
  });

  it("searches both languages, the page's first, only when asked with in=both", () => {
    expect(searchLangs(read("q=x&in=both"), "en")).toEqual(["en", "fr"]);
    expect(searchLangs(read("q=x&in=other"), "en")).toEqual(["en"]);
  });
});
