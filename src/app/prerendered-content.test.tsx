import { readFileSync } from "node:fs";
import { act } from "@testing-library/react";
import fc from "fast-check";
import { StrictMode } from "react";
import { hydrateRoot } from "react-dom/client";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { describe, expect, it, vi } from "vitest";
import { fillPage } from "../../scripts/prerender.ts";
import { checkReleaseText } from "../content/check.ts";
import { buildDataFiles, idShardCount } from "../content/data-files.ts";
import { createContent } from "../content/queries.ts";
import type { Release } from "../content/schema.ts";
import { LANGS } from "../content/vocabulary.ts";
import { render } from "../entry-server.tsx";
import { routerContext } from "./content-context.ts";
import { initialized } from "./router-ready.ts";
import { routes } from "./routes.tsx";

// Any text the content check lets through must reach the reader exactly, through the real build path:
// the server render, the prerender's page template, then hydration in the browser without a warning.

const TEMPLATE = readFileSync("index.html", "utf8");
const MINIMAL = JSON.parse(readFileSync("tests/fixtures/minimal.json", "utf8")) as Release;

// Strings that have broken pages before or could: replacement patterns, markup-like text, entities,
// invisible characters, astral characters, i18next's own syntax.
const TRICKY = [
  "$&",
  "$'",
  "$`",
  "$$",
  "$1",
  "$<x>",
  "<!--",
  "-->",
  "<",
  ">",
  "a < b",
  '"',
  "'",
  "&",
  "& amp;",
  "{{credit}}",
  "$t(site.tagline)",
  "\u200B",
  "\u200E",
  "\u200F",
  "\u00AD",
  "\uFEFF",
  "😀",
  "👩‍👩‍👧",
  "𝔸",
  "\u{10FFFD}",
  " ",
  "\u00A0",
  "e\u0301",
  "ﷺ",
  "עברית",
  "العربية",
];
// What the check refuses (markup, entities, bidi overrides, controls, lone surrogates): rare, so that most
// releases pass and are rendered.
const REFUSED = ["</script>", "<b>", "&amp;", "&#36;", "\u202E", "\u2067", "\u0000", "\r", "\n", "\t", "\u0085", "\uD800", "\uDFFF"];

const text = fc
  .array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...TRICKY), weight: 40 },
      { arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }), weight: 40 },
      { arbitrary: fc.string({ unit: "binary", maxLength: 4 }), weight: 1 },
      { arbitrary: fc.constantFrom(...REFUSED), weight: 1 },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(""));

const FIELDS = [
  "title",
  "summary",
  "publisher",
  "paragraph",
  "quote",
  "caption",
  "alt",
  "credit",
  "place",
  "meetingTitle",
  "meetingSummary",
  "decision",
  "name",
  "role",
  "sourcePublisher",
  "sourceTitle",
  "officialTitle",
] as const;
type Texts = Record<(typeof FIELDS)[number], string>;

/** The minimal release with `t` in every text field, in both languages. */
function releaseWith(t: Texts): Release {
  const both = (s: string) => ({ fr: s, en: s });
  const r = structuredClone(MINIMAL);
  const [paragraph, quote] = r.body;
  if (paragraph?.type !== "paragraph" || quote?.type !== "quote") throw new Error("tests/fixtures/minimal.json has changed shape");
  const [meeting] = r.meetings;
  const [decision] = r.decisions;
  const [person] = r.people;
  const [source] = r.sources;
  if (!meeting || !decision || !person || !source) throw new Error("tests/fixtures/minimal.json has changed shape");
  return {
    ...r,
    title: both(t.title),
    summary: both(t.summary),
    publisher: both(t.publisher),
    officialTitles: [{ text: t.officialTitle, lang: "fr", source: source.id }],
    body: [
      { ...paragraph, text: both(t.paragraph) },
      { ...quote, text: both(t.quote) },
      { id: "photo", type: "image", src: "/favicon.png", alt: both(t.alt), caption: both(t.caption), credit: t.credit },
    ],
    meetings: [{ ...meeting, place: both(t.place), title: both(t.meetingTitle), summary: both(t.meetingSummary) }],
    decisions: [{ ...decision, text: both(t.decision) }],
    people: [{ ...person, name: both(t.name), role: both(t.role) }],
    sources: [{ ...source, publisher: both(t.sourcePublisher), title: t.sourceTitle }],
  };
}

describe("any text the content check accepts", () => {
  it("is prerendered exactly as written, and the page hydrates without a warning", async () => {
    let rendered = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.record(Object.fromEntries(FIELDS.map((f) => [f, text])) as Record<keyof Texts, typeof text>),
        fc.constantFrom(...LANGS),
        async (t, lang) => {
          const { release } = checkReleaseText("minimal.json", JSON.stringify(releaseWith(t)));
          fc.pre(release !== undefined);
          rendered++;
          const files = buildDataFiles([release]);
          const content = createContent(async (path) => structuredClone(files.get(path)), { idShards: idShardCount(1) });
          const path = `/${lang}/releases/minimal`;
          const page = await render(path, content);
          if (page.kind !== "page") throw new Error(`${path} redirects to ${page.location}`);
          const html = fillPage(TEMPLATE, page, path);

          // The document as the browser parses it.
          const parsed = new DOMParser().parseFromString(html, "text/html");
          const root = parsed.getElementById("root");
          expect(parsed.querySelector("title")?.textContent).toContain(t.title);
          const { alt, ...visible } = t;
          for (const [field, value] of Object.entries(visible)) expect(root?.textContent, field).toContain(value);
          expect(root?.querySelector("img")?.getAttribute("alt")).toBe(alt);

          document.documentElement.lang = parsed.documentElement.lang;
          document.head.innerHTML = parsed.head.innerHTML;
          document.body.innerHTML = parsed.body.innerHTML;
          const container = document.getElementById("root");
          if (!container) throw new Error("the page has no #root");
          const logged: unknown[][] = [];
          for (const method of ["error", "warn"] as const) vi.spyOn(console, method).mockImplementation((...args) => logged.push(args));
          const router = createMemoryRouter(routes, { initialEntries: [path], getContext: () => routerContext(content) });
          await initialized(router);
          const recovered: unknown[] = [];
          const reactRoot = await act(async () =>
            hydrateRoot(
              container,
              <StrictMode>
                <RouterProvider router={router} />
              </StrictMode>,
              { onRecoverableError: (error) => recovered.push(error) },
            ),
          );
          expect(recovered).toEqual([]);
          expect(logged).toEqual([]);
          for (const [field, value] of Object.entries(visible)) expect(container.textContent, field).toContain(value);
          act(() => reactRoot.unmount());
          router.dispose();
        },
      ),
      { numRuns: 20 },
    );
    expect(rendered).toBe(20);
  });

  it("finds a release at its address whenever the check accepts its id, whatever its length", async () => {
    const word = fc.stringMatching(/^[a-z0-9]{1,30}$/);
    const id = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join("-"));
    // Always tried: the longest id allowed, one character more, and near misses.
    const examples: [string][] = [["x".repeat(100)], ["x".repeat(101)], [`a${"-b".repeat(50)}`], ["Upper"], ["double--hyphen"], ["-lead"]];
    await fc.assert(
      fc.asyncProperty(id, async (id) => {
        const text = JSON.stringify({ ...MINIMAL, id });
        const { release, problems } = checkReleaseText(`${id}.json`, text);
        if (!release) {
          expect(problems.join("\n")).toContain("expected a URL-safe slug");
          return;
        }
        const files = buildDataFiles([release]);
        const content = createContent(async (path) => structuredClone(files.get(path)), { idShards: idShardCount(1) });
        const page = await render(`/en/releases/${id}`, content);
        expect(page.kind === "page" && page.status).toBe(200);
      }),
      { numRuns: 30, examples },
    );
  });
});
