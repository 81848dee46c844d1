import { describe, expect, it } from "vitest";
import { frenchTypography } from "../content/check.ts";
import en from "./locales/en.json";
import fr from "./locales/fr.json";

type Tree = { [key: string]: string | Tree };

function leaves(tree: Tree, prefix = ""): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === "string" ? [[`${prefix}${key}`, value] as [string, string]] : leaves(value, `${prefix}${key}.`),
  );
}

describe("UI locale files", () => {
  it("hold the same keys in French and English", () => {
    const frKeys = leaves(fr)
      .map(([k]) => k)
      .sort();
    const enKeys = leaves(en)
      .map(([k]) => k)
      .sort();
    expect(frKeys).toEqual(enKeys);
  });

  it("have no empty value", () => {
    for (const [key, value] of [...leaves(fr), ...leaves(en)]) expect(value.trim(), key).not.toBe("");
  });

  it("follow the release files' French spacing: no-break spaces around « » and before : ; ! ? (U+202F before ; ! ?), numbers and %", () => {
    for (const [key, value] of leaves(fr)) expect(frenchTypography(key, value)).toEqual([]);
  });

  it("use the same interpolations in both languages", () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    const frMap = new Map(leaves(fr));
    for (const [key, value] of leaves(en)) expect(vars(frMap.get(key) ?? ""), key).toEqual(vars(value));
  });
});

describe("the last-resort error text", () => {
  it("says the same as the locale files, for when they cannot be loaded", async () => {
    const { FALLBACK } = await import("../app/error-pages.tsx");
    for (const [lang, strings] of [
      ["fr", fr],
      ["en", en],
    ] as const) {
      expect(FALLBACK[lang]).toEqual({
        title: strings.error.title,
        body: strings.error.body,
        retry: strings.error.retry,
        back: strings.error.back,
      });
    }
  });
});
