import { render, screen, within } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { beforeAll, describe, expect, it } from "vitest";
import { loadLocale } from "../../i18n/index.ts";
import type { Hit } from "./search-engine.ts";
import { SearchResults } from "./search-results.tsx";

const HOSTILE = '<img src=x onerror="window.__pwned=true"><mark>faux</mark>';

const hits: Hit[] = [
  {
    lang: "fr",
    id: "2023-02-15-defence-ministers",
    title: `Les ministres de la Défense ${HOSTILE}`,
    days: ["2023-02-14", "2023-02-15"],
    when: { before: "", start: "14", between: "–", end: "15 février 2023" },
    langName: "français",
    provenance: "official",
    places: [
      {
        kind: "paragraph",
        id: "p2",
        excerpt: [
          { text: "Les ", mark: false },
          { text: "ministres", mark: true },
          { text: ` de la ${HOSTILE} `, mark: false },
          { text: "Défense", mark: true },
        ],
      },
      { kind: "meeting", id: "meeting-m1", excerpt: [{ text: "Réunion des ministres", mark: false }] },
    ],
  },
  {
    lang: "en",
    id: "2024-02-15-defence-ministers",
    title: "Defence ministers",
    days: ["2024-02-15", "2024-02-15"],
    when: { before: "", start: "15 février 2024", between: "", end: "" },
    langName: "anglais",
    provenance: "digest",
    places: [{ kind: "decision", id: "decision-d1", excerpt: [{ text: "defence", mark: true }] }],
  },
];

function renderResults(lang: "fr" | "en") {
  const router = createMemoryRouter([{ path: "/:lang/search", element: <SearchResults hits={hits} /> }], {
    initialEntries: [`/${lang}/search?q=x`],
  });
  return render(<RouterProvider router={router} />);
}

describe("SearchResults", () => {
  beforeAll(async () => {
    await loadLocale("fr");
    await loadLocale("en");
  });

  it("lists each release as a link, with its days (each end a <time>) and who wrote the text", () => {
    renderResults("fr");
    const [first] = screen.getAllByRole("list");
    expect(within(first as HTMLElement).getAllByRole("heading", { level: 3 })).toHaveLength(2);
    expect(screen.getByRole("link", { name: `Les ministres de la Défense ${HOSTILE}` })).toHaveAttribute(
      "href",
      "/fr/releases/2023-02-15-defence-ministers",
    );
    const end = screen.getByText("15 février 2023");
    expect(end).toHaveAttribute("datetime", "2023-02-15");
    expect(end.parentElement).toHaveTextContent("14–15 février 2023");
    expect(screen.getByText("14")).toHaveAttribute("datetime", "2023-02-14");
    expect(screen.getByText("texte officiel")).toBeInTheDocument();
  });

  it("links each excerpt to its paragraph, meeting or decision, in the result's language", () => {
    renderResults("fr");
    expect(screen.getByRole("link", { name: /^Paragraphe\u00a0: Les ministres/ })).toHaveAttribute(
      "href",
      "/fr/releases/2023-02-15-defence-ministers#p2",
    );
    expect(screen.getByRole("link", { name: /^Réunion\u00a0:/ })).toHaveAttribute(
      "href",
      "/fr/releases/2023-02-15-defence-ministers#meeting-m1",
    );
    const english = screen.getByRole("link", { name: /^Décision\u00a0:/ });
    expect(english).toHaveAttribute("href", "/en/releases/2024-02-15-defence-ministers#decision-d1");
    expect(english).toHaveAttribute("hreflang", "en");
    expect(screen.getByText("Texte en anglais")).toBeInTheDocument();
  });

  it("marks the matched words as text, and shows markup from the index as text, never as HTML", () => {
    const { container } = renderResults("fr");
    const marks = [...container.querySelectorAll("mark")].map((m) => m.textContent);
    expect(marks).toEqual(["ministres", "Défense", "defence"]);
    expect(container.querySelector("img")).toBeNull();
    expect(container.textContent).toContain(HOSTILE);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });
});
