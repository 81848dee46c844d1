import { screen, waitFor } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { buildDataFiles, idShardCount } from "../../content/data-files.ts";
import { createContent } from "../../content/queries.ts";
import type { Release } from "../../content/schema.ts";
import { renderApp } from "../test-router.tsx";

// Markup and script in every kind of text field, and unsafe addresses, as if a bad file had got past the
// build's checks: the page must show it all as inert text.
const SCRIPT = "<script>window.__pwned = true</script>";
const IMG = '<img src="x" onerror="window.__pwned = true">';
const L = (text: string) => ({ fr: text, en: text });
const hostile = {
  id: "hostile",
  publishedAt: "2023-02-15",
  updatedAt: "2023-02-15",
  publisher: L("NATO"),
  institution: L("NATO"),
  title: L(`Title ${SCRIPT}`),
  summary: L(`Summary ${IMG}`),
  body: [
    { id: "p1", type: "paragraph", text: L(`Paragraph ${IMG} <a href="javascript:alert(1)">click</a>`), sources: ["bad"] },
    { id: "q1", type: "quote", speaker: "someone", text: L(`“Quote ${SCRIPT}”`) },
    { id: "i1", type: "image", caption: L(`Caption ${IMG}`), src: "javascript:alert(1)", alt: L(`Alt ${SCRIPT}`) },
  ],
  meetings: [
    {
      id: "m1",
      date: "2023-02-15",
      place: L(`Place ${IMG}`),
      title: L(`Meeting ${SCRIPT}`),
      participants: ["someone"],
      summary: L(`Summary ${IMG}`),
    },
  ],
  decisions: [
    {
      id: "d1",
      meetingId: "m1",
      date: "2023-02-15",
      kind: "agreed",
      topic: "partners",
      text: L(`Decision ${SCRIPT}`),
      blocks: ["p1"],
      sources: ["bad"],
    },
  ],
  people: [{ id: "someone", name: L(`Name ${IMG}`), role: L(`Role ${SCRIPT}`) }],
  sources: [
    { id: "bad", url: "javascript:alert(1)", publisher: L(`Publisher ${IMG}`), lang: "en", title: `Source ${SCRIPT}`, thirdParty: true },
  ],
  officialTitles: [{ text: `Official ${IMG}`, lang: "en", source: "bad" }],
  provenance: { fr: { kind: "official", url: "javascript:alert(1)" }, en: { kind: "official", url: "javascript:alert(1)" } },
} as unknown as Release;

describe("content with markup or unsafe addresses", () => {
  it("renders as text: no element, no handler and no javascript: link comes from the content", async () => {
    const files = buildDataFiles([hostile]);
    const content = createContent(async (path) => files.get(path), { idShards: idShardCount(1) });
    const { container } = renderApp("/en/releases/hostile", content);
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(`Title ${SCRIPT}`);
    // The Cite block, which holds the JSON-LD, is drawn when its code has loaded (decision 0014).
    const jsonLd = await waitFor(() => {
      const script = container.querySelector('script[type="application/ld+json"]');
      expect(script).not.toBeNull();
      return script?.textContent ?? "";
    });
    // The citation's JSON-LD is the one script: data, never run, with no markup in it (decision 0013).
    expect(jsonLd).not.toContain("<");
    expect(container.querySelector('script:not([type="application/ld+json"]), img, iframe, object, [onerror]')).toBeNull();
    for (const a of container.querySelectorAll("a")) expect(a.getAttribute("href") ?? "").not.toMatch(/^\s*javascript:/i);
    expect(screen.getByText(`Paragraph ${IMG} <a href="javascript:alert(1)">click</a>`)).toBeInTheDocument();
    expect(screen.getAllByText(`Publisher ${IMG}`)[0]?.closest("a")).toBeNull();
    expect((window as unknown as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});
