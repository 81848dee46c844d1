import { describe, expect, it } from "vitest";
import { canonicalPath } from "./paths.ts";

describe("the canonical path, as the static host redirects to it", () => {
  it("leaves a canonical path alone", () => {
    for (const path of ["/", "/fr/", "/en/timeline", "/fr/releases/2023-02-15-defence-ministers", "/de/", "/fr/nowhere"]) {
      expect(canonicalPath(path), path).toBeNull();
    }
  });

  it("gives every other spelling of a page its canonical path", () => {
    const cases: [string, string][] = [
      ["/index.html", "/"],
      ["/fr/index.html", "/fr/"],
      ["/fr", "/fr/"],
      ["/fr/timeline/", "/fr/timeline"],
      ["/fr/timeline.html", "/fr/timeline"],
      ["/en/releases/x/", "/en/releases/x"],
      ["/en/releases/x.html", "/en/releases/x"],
      ["/fr//timeline", "/fr/timeline"],
      ["//fr", "/fr/"],
    ];
    for (const [path, canonical] of cases) expect(canonicalPath(path), path).toBe(canonical);
  });
});
