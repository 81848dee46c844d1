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

  it("records the talks with Oleksii Reznikov on 14 February, within the ministerial of 14–15 February", () => {
    const [talks, ministerial] = seed?.meetings ?? [];
    expect(talks?.date).toBe("2023-02-14");
    expect(ministerial && [ministerial.start, ministerial.end]).toEqual(["2023-02-14", "2023-02-15"]);
    expect(seed?.decisions.filter((d) => d.meetingId === talks?.id).map((d) => d.id)).toEqual(["ukraine-situation-and-needs"]);
    expect(talks?.summary.en).not.toMatch(/pledges|Assistance Package|partners/);
  });

  it("dates the pledges, the package and the partners at risk 15 February, at the ministerial, as positions stated or decided", () => {
    const at = (id: string) => seed?.decisions.find((d) => d.id === id);
    for (const id of ["ukraine-pledges", "comprehensive-assistance-package", "partners-at-risk"]) {
      expect(at(id)?.meetingId, id).toBe("defence-ministers-2023-02-15");
      expect(at(id)?.date, id).toBe("2023-02-15");
    }
    expect(at("ukraine-pledges")?.kind).toBe("stated");
    expect(at("comprehensive-assistance-package")?.kind).toBe("stated");
    expect(at("partners-at-risk")?.kind).toBe("decided");
    expect(seed?.decisions).toHaveLength(10);
  });

  it("cites the release itself for every outcome, and gives NATO's French title as the only official title", () => {
    for (const d of seed?.decisions ?? []) expect(d.sources, d.id).toContain("nato-release-fr");
    expect(seed?.officialTitles).toEqual([{ text: seed?.title.fr, lang: "fr", source: "nato-release-fr" }]);
  });
});

describe("the digests' records", () => {
  const decision = (release: string, id: string) => releases.find((r) => r.id === release)?.decisions.find((d) => d.id === id);

  it("record a position expressed as stated, not announced", () => {
    for (const [release, id] of [
      ["2022-10-13-defence-ministers", "russia-nuclear-rhetoric"],
      ["2024-02-15-defence-ministers", "no-imminent-threat"],
      ["2024-10-18-defence-ministers", "air-missile-defence-priority"],
      // A report on what is under way (an exercise being held, missions continuing) is stated, not announced.
      ["2024-02-15-defence-ministers", "steadfast-defender-24"],
      ["2023-10-12-defence-ministers", "nato-missions"],
    ] as const) {
      expect(decision(release, id)?.kind, id).toBe("stated");
    }
  });

  it("claim no day the sources do not give for the June 2024 plan and roadmap", () => {
    const plan = decision("2024-06-14-defence-ministers", "security-assistance-training-plan");
    const roadmap = decision("2024-06-14-defence-ministers", "innovation-cooperation-roadmap");
    expect(plan?.date).toBeUndefined();
    expect(plan?.meetingId).toBe("defence-ministers-2024-06-13");
    expect(roadmap?.date).toBeUndefined();
    expect(roadmap?.meetingId).toBe("nato-ukraine-council-2024-06-13");
  });

  it("claim no day the facts sheets do not give for outcomes reported without one", () => {
    for (const [release, id] of [
      ["2022-06-16-defence-ministers", "more-aid-for-ukraine"],
      ["2022-06-16-defence-ministers", "assistance-package-in-preparation"],
      ["2023-06-16-defence-ministers", "air-missile-defence-rotational-model"],
      ["2023-06-16-defence-ministers", "regional-plans"],
      ["2023-06-16-defence-ministers", "high-readiness-troops"],
      ["2023-06-16-defence-ministers", "ammunition-capability-targets"],
      ["2023-06-16-defence-ministers", "defence-production-action-plan"],
      ["2023-10-12-defence-ministers", "winter-support-ukraine"],
      ["2023-10-12-defence-ministers", "sky-shield-agreement"],
      ["2022-10-13-defence-ministers", "infrastructure-resilience"],
    ] as const) {
      expect(decision(release, id), id).toBeDefined();
      expect(decision(release, id)?.date, id).toBeUndefined();
    }
  });

  it("say no more than the sources: no photo credit the seed lacks, talks not called decisions, when a report was written", () => {
    const release = (id: string) => releases.find((r) => r.id === id);
    const photo = seed?.body.find((b) => b.type === "image");
    expect(photo && "credit" in photo && photo.credit).toBeFalsy();
    const october2023 = release("2023-10-12-defence-ministers")?.meetings.find((m) => m.id === "defence-ministers-2023-10-11");
    expect(october2023?.summary.en).not.toMatch(/Decisions cover/);
    expect(october2023?.summary.fr).not.toMatch(/décisions portent/);
    // RFE/RL wrote before the meeting that no decisions were expected (the sheet's words), not "expected before the meeting".
    const context = release("2026-02-12-defence-ministers")?.body.find((b) => b.id === "context");
    expect(JSON.stringify(context)).toMatch(/According to RFE\/RL, writing before the meeting/);
    expect(JSON.stringify(context)).toMatch(/qui l’écrivait avant la réunion/);
  });

  it("use one French term for high readiness and one French name for the Ukraine Defense Contact Group", () => {
    const all = JSON.stringify(releases.map((r) => [r.title, r.summary, r.body, r.meetings, r.decisions]));
    expect(all).not.toMatch(/haute disponibilité|en haut niveau|Groupe de contact sur la défense/);
  });
});

// Issue 18 item 9: the 2022–2026 digests written from nato-ministerials-2025-2026.facts.md.
describe("the 2022–2026 digests (facts sheet 2025–2026)", () => {
  const ids = [
    "2022-06-16-defence-ministers",
    "2025-02-13-defence-ministers",
    "2025-06-05-defence-ministers",
    "2025-06-25-the-hague-summit",
    "2025-10-15-defence-ministers",
    "2026-02-12-defence-ministers",
  ];
  const digests = ids.map((id) => releases.find((r) => r.id === id));
  const isNato = (url: string) => /^https:\/\/(www\.)?nato\.int\//.test(url);

  it("all ship", () => {
    expect(digests.map((r) => r?.id)).toEqual(ids);
  });

  it.each(ids)("%s is our digest in both languages, dated the day it was written, with no official title", (id) => {
    const r = releases.find((x) => x.id === id);
    expect(r?.provenance).toEqual({ fr: { kind: "digest" }, en: { kind: "digest" } });
    expect(r?.publisher).toEqual({ fr: "Communiqué", en: "Communiqué" });
    expect([r?.publishedAt, r?.updatedAt]).toEqual(["2026-12-05", "2026-12-05"]);
    // The sheet quotes no official title for these meetings' releases (unverified, not found, or URL slugs only).
    expect(r?.officialTitles ?? []).toEqual([]);
    expect(r?.summary).toBeDefined();
  });

  it.each(ids)("%s: every paragraph, meeting and decision cites its sources; non-NATO pages are third-party", (id) => {
    const r = releases.find((x) => x.id === id);
    if (!r) throw new Error(`${id} missing`);
    for (const b of r.body) expect(b.type === "paragraph" && (b.sources?.length ?? 0) > 0, `${id} ${b.id}`).toBe(true);
    for (const m of r.meetings) expect(m.sources?.length ?? 0, `${id} ${m.id}`).toBeGreaterThan(0);
    for (const d of r.decisions) expect(d.sources?.length ?? 0, `${id} ${d.id}`).toBeGreaterThan(0);
    for (const s of r.sources) {
      expect(s.thirdParty, `${id} ${s.id}`).toBe(!isNato(s.url));
      // nato.int's 2025–2026 pages were archived without their titles: a slug is not a title.
      if (s.url.includes("/news-and-events/")) expect(s.title, `${id} ${s.id}`).toBeUndefined();
    }
  });

  it.each(ids)("%s: a text resting on third-party pages only says whose word it is", (id) => {
    const r = releases.find((x) => x.id === id);
    if (!r) throw new Error(`${id} missing`);
    const thirdOnly = (sourceIds: string[] | undefined) =>
      (sourceIds ?? []).every((sid) => r.sources.find((s) => s.id === sid)?.thirdParty === true);
    const texts = [
      ...r.body.flatMap((b) => (b.type === "paragraph" && thirdOnly(b.sources) ? [[b.id, b.text] as const] : [])),
      ...r.meetings.flatMap((m) => (thirdOnly(m.sources) ? [[m.id, m.summary] as const] : [])),
      ...r.decisions.flatMap((d) => (thirdOnly(d.sources) ? [[d.id, d.text] as const] : [])),
    ];
    for (const [where, t] of texts) {
      expect(pick(t, "fr").text, `${id} ${where} fr`).toMatch(/selon/i);
      expect(pick(t, "en").text, `${id} ${where} en`).toMatch(/according to/i);
    }
  });
});
