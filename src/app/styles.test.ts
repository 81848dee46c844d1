// @vitest-environment node
// The stylesheet keeps to one face and a small type scale: each face and size a page uses is one more font lookup
// before its first paint (see the note in styles.css and the README's performance findings).
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const css = readFileSync(new URL("./styles.css", import.meta.url), "utf8").replace(/\/\*[\s\S]*?\*\//g, "");
// Print has its own sizes (points); the screen rules are everything before it.
const screen = css.slice(0, css.indexOf("@media print"));
const values = (property: string) => [...screen.matchAll(new RegExp(`(?<![\\w-])${property}:\\s*([^;]+);`, "g"))].map((m) => m[1]?.trim());

describe("the type scale", () => {
  it("sizes text only with the scale's steps (and the brand's own size on wide screens)", () => {
    const sizes = values("font-size");
    expect(sizes.length).toBeGreaterThan(20);
    const offScale = sizes.filter((v) => !/^var\(--fs-(ui|body|title|h1)\)$/.test(v ?? ""));
    expect(offScale).toEqual(["1.35rem"]);
  });

  it("sets one face, on the body, that everything else inherits", () => {
    expect(values("font-family")).toEqual(["Georgia, serif"]);
    expect(css.match(/(?<![\w-])font-family:/g)).toHaveLength(1);
  });

  it("uses two weights and no italic", () => {
    expect(new Set(values("font-weight"))).toEqual(new Set(["400", "700"]));
    expect(values("font-style").filter((v) => v !== "normal")).toEqual([]);
  });
});
