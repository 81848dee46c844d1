import { describe, expect, it } from "vitest";
import { LANGUAGE_NAMES, languageName } from "./language-names.ts";

describe("language names", () => {
  it("are the names Intl gives, in French and in English", () => {
    const fr = new Intl.DisplayNames(["fr-FR"], { type: "language" });
    const en = new Intl.DisplayNames(["en-GB"], { type: "language" });
    for (const [tag, names] of Object.entries(LANGUAGE_NAMES)) {
      expect(names.fr, tag).toBe(fr.of(tag));
      expect(names.en, tag).toBe(en.of(tag));
    }
  });

  it("name a tag by its primary language, and fall back to the tag itself", () => {
    expect(languageName("en-GB", "fr")).toBe("anglais");
    expect(languageName("ro", "en")).toBe("Romanian");
    expect(languageName("xx", "fr")).toBe("xx");
  });
});
