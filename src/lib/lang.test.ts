// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { langOfTag, negotiateLang, preferredLang, saveLang } from "./lang.ts";
import { switchLang } from "./paths.ts";

describe("language negotiation", () => {
  it("gives French for any French variant, English otherwise", () => {
    expect(negotiateLang(["fr-CA"])).toBe("fr");
    expect(negotiateLang(["fr-BE", "en"])).toBe("fr");
    expect(negotiateLang(["de-DE"])).toBe("en");
    expect(negotiateLang([])).toBe("en");
  });

  it("follows the reader's order of preference among supported languages", () => {
    expect(negotiateLang(["en-US", "fr"])).toBe("en");
    expect(negotiateLang(["de", "fr"])).toBe("fr");
  });

  it("reads language tags case-insensitively", () => {
    expect(langOfTag("FR")).toBe("fr");
    expect(langOfTag("en_GB")).toBe("en");
    expect(langOfTag("de")).toBeUndefined();
  });

  it("puts the saved choice before the browser's languages", () => {
    saveLang("fr");
    expect(preferredLang()).toBe("fr");
  });
});

describe("switching the language of a URL", () => {
  it("keeps path, query and fragment", () => {
    expect(switchLang({ pathname: "/fr/releases/x", search: "?from=2023-01-01", hash: "#lead" }, "en")).toBe(
      "/en/releases/x?from=2023-01-01#lead",
    );
    expect(switchLang({ pathname: "/en/", search: "", hash: "" }, "fr")).toBe("/fr/");
    expect(switchLang({ pathname: "/en", search: "", hash: "" }, "fr")).toBe("/fr/");
  });
});
