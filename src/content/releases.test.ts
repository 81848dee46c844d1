import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { pick } from "../components/local-text.tsx";
import { checkReleaseDir } from "./check.ts";

const { releases, problems } = checkReleaseDir("src/content/releases");
const seed = releases.find((r) => r.id === "2023-02-15-defence-ministers");

// Whitespace aside (the seed has stray double and trailing spaces), the French text must be the seed's, word for word.
const normalise = (s: string) => s.replace(/\s+/g, " ").trim();

describe("shipped release files", () => {
  it("all pass the schema and the cross-reference rules", () => {
    expect(problems).toEqual([]);
    expect(releases.length).toBeGreaterThan(0);
  });

  it("hold every text in both languages, or mark it missing explicitly", () => {
    for (const r of releases) {
      for (const lang of ["fr", "en"] as const) {
        expect(pick(r.title, lang).text.length).toBeGreaterThan(0);
        for (const b of r.body) {
          const text = b.type === "image" ? b.caption : b.text;
          expect(pick(text, lang).text.length, `${r.id} ${b.id} ${lang}`).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe("the seed release (NATO, 15 February 2023)", () => {
  const source = readFileSync("tests/fixtures/seed/000_9da993e7cdb2f802.txt", "utf8");
  const lines = source.split("\n").filter((l) => l.trim() && !l.trim().startsWith("•"));

  it("exists", () => {
    expect(seed).toBeDefined();
  });

  it("keeps NATO's French title and every French paragraph, fixing nothing and dropping nothing", () => {
    if (!seed) throw new Error("seed release missing");
    const [title, ...paragraphs] = lines;
    expect(seed.title.fr).toBe(title);
    const frBody = normalise(seed.body.map((b) => pick(b.type === "image" ? b.caption : b.text, "fr").text).join(" "));
    const expected = normalise(paragraphs.join(" "));
    expect(frBody).toBe(expected);
  });

  it("is dated 15 February 2023 and last updated at 17:21 Brussels time", () => {
    expect(seed?.publishedAt).toBe("2023-02-15");
    expect(seed?.updatedAt).toBe("2023-02-15T17:21:00+01:00");
  });

  it("marks the English caption inside the French text with its own language", () => {
    const caption = seed?.body.find((b) => b.type === "image");
    expect(caption?.type === "image" && caption.caption.fr).toEqual({ text: "General view of the meeting", lang: "en" });
  });

  it("says the French is NATO's official text and the English our translation", () => {
    expect(seed?.provenance.fr).toEqual({ kind: "official", url: "https://www.nato.int/cps/fr/natohq/news_211740.htm" });
    expect(seed?.provenance.en).toEqual({ kind: "translation", from: "fr" });
  });

  it("covers two meetings, 14 and 15 February, and ten outcomes of the five kinds", () => {
    expect(seed?.meetings.map((m) => m.date)).toEqual(["2023-02-14", "2023-02-15"]);
    expect(seed?.decisions).toHaveLength(10);
    expect(new Set(seed?.decisions.map((d) => d.kind))).toEqual(new Set(["approved", "agreed", "decided", "announced", "discussed"]));
  });
});
