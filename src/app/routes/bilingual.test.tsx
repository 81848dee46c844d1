import { readFileSync } from "node:fs";
import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it, vi } from "vitest";
import { buildDataFiles, idShardCount } from "../../content/data-files.ts";
import { createContent } from "../../content/queries.ts";
import type { Release } from "../../content/schema.ts";
import { renderApp } from "../test-router.tsx";

const ID = "2023-02-15-defence-ministers";
const NBSP = "\u00a0";

/** The texts of a pair's cells, in DOM order, with each cell's language. */
function cellsOf(id: string) {
  const pair = document.getElementById(id);
  return [...(pair?.querySelectorAll<HTMLElement>(":scope > .cell") ?? [])].map((cell) => ({
    lang: cell.lang,
    text: cell.querySelector(":scope > :not(.cell-label)")?.textContent ?? "",
  }));
}

/** NATO's two official texts, the English one lacking the quotation: a gap in the English column. */
function withGap() {
  const release = JSON.parse(readFileSync("tests/fixtures/minimal.json", "utf8")) as Release;
  const url = "https://www.nato.int/cps/fr/natohq/news_211740.htm";
  release.provenance = { fr: { kind: "official", url }, en: { kind: "official", url } };
  const quote = release.body[1];
  if (quote?.type === "quote") quote.text = { ...quote.text, en: null };
  const files = buildDataFiles([release]);
  return createContent(async (path) => structuredClone(files.get(path)), { idShards: idShardCount(1) });
}

describe("the side-by-side view", () => {
  it("pairs the titles and every body block, the page's language first, each cell with its lang", async () => {
    renderApp(`/fr/releases/${ID}/bilingual`);
    expect(await screen.findByRole("heading", { level: 1 })).toHaveTextContent(/^Les ministres de la Défense des pays de l’OTAN/);
    expect(
      screen.getByText("NATO Defence Ministers step up support for Ukraine and strengthen deterrence and defence").closest(".cell"),
    ).toHaveAttribute("lang", "en");
    const lead = cellsOf("lead");
    expect(lead.map((c) => c.lang)).toEqual(["fr", "en"]);
    expect(lead[0]?.text).toMatch(/^Ce mercredi \(15 février 2023\)/);
    expect(lead[1]?.text).toMatch(/^On Wednesday \(15 February 2023\)/);
    // The caption pairs too, the English caption of the French page marked as English.
    expect(within(document.getElementById("photo") as HTMLElement).getAllByText("General view of the meeting")[0]).toHaveAttribute(
      "lang",
      "en",
    );
    // Pair by pair in the DOM: a paragraph, then its counterpart, then the next paragraph.
    const order = [...document.querySelectorAll(".pair[id]")].map((p) => p.id);
    expect(order.slice(0, 4)).toEqual(["lead", "photo", "defence-planning", "defence-planning-quote"]);
  });

  it("says above each column what the text is, with where it comes from", async () => {
    renderApp(`/en/releases/${ID}/bilingual`);
    await screen.findByRole("heading", { level: 1 });
    const heads = document.querySelectorAll(".column-head");
    expect(heads[0]).toHaveTextContent(/^English · our translation/);
    expect(heads[0]).toHaveTextContent("Our translation of the official French text.");
    expect(heads[1]).toHaveTextContent(/^French · official text/);
    for (const head of heads) {
      expect(within(head as HTMLElement).getByRole("link", { name: "Original page" })).toHaveAttribute(
        "href",
        "https://www.nato.int/cps/fr/natohq/news_211740.htm",
      );
    }
    // Our translated quotation says so in its own cell; NATO's French one does not.
    const [en, fr] = document.querySelectorAll("#defence-planning-quote > .cell");
    expect(en).toHaveTextContent("(our translation from French)");
    expect(fr).not.toHaveTextContent("translation");
  });

  it("in French, says what our translation is from in correct French, whichever the language", async () => {
    renderApp(`/fr/releases/${ID}/bilingual`);
    await screen.findByRole("heading", { level: 1 });
    const head = document.querySelectorAll(".column-head")[1];
    expect(head).toHaveTextContent(/^anglais · notre traduction/);
    expect(head).toHaveTextContent(
      "Notre traduction du texte officiel en français. Ce n’est pas un texte officiel de l’OTAN : les citations sont traduites de l’original et peuvent différer des mots prononcés.",
    );
    const [, en] = document.querySelectorAll("#defence-planning-quote > .cell");
    expect(en).toHaveTextContent("(notre traduction de l’original français)");
  });

  it("names a digest paragraph's sources once per pair, and points the column heads to the list of sources", async () => {
    renderApp("/en/releases/2024-10-18-defence-ministers/bilingual");
    await screen.findByRole("heading", { level: 1 });
    const pairs = [...document.querySelectorAll(".pair-paragraph")];
    expect(pairs.some((pair) => pair.querySelectorAll(".pair-sources").length === 1)).toBe(true);
    expect(pairs.every((pair) => pair.querySelectorAll(".pair-sources").length <= 1)).toBe(true);
    for (const head of document.querySelectorAll(".column-head")) {
      expect(within(head as HTMLElement).getByRole("link", { name: "Sources" })).toHaveAttribute("href", "#sources-heading");
    }
    expect(screen.getByRole("heading", { level: 2, name: "Sources" })).toHaveAttribute("id", "sources-heading");
  });

  it("shows a block missing in one language as an explicit gap in its own cell, the pairs after it in line", async () => {
    renderApp("/en/releases/minimal/bilingual", withGap());
    await screen.findByRole("heading", { level: 1 });
    expect(cellsOf("said")).toEqual([
      { lang: "en", text: "This passage does not exist in English." },
      { lang: "fr", text: expect.stringContaining("Citation") },
    ]);
    expect(cellsOf("lead")).toEqual([
      { lang: "en", text: "Paragraph." },
      { lang: "fr", text: "Paragraphe." },
    ]);
  });

  it("links there from the article and back", async () => {
    renderApp(`/fr/releases/${ID}`);
    expect(await screen.findByRole("link", { name: "Lire en parallèle" })).toHaveAttribute("href", `/fr/releases/${ID}/bilingual`);
    renderApp(`/en/releases/${ID}/bilingual`);
    expect(await screen.findByRole("link", { name: "One language" })).toHaveAttribute("href", `/en/releases/${ID}`);
  });

  it("keeps the view and the #fragment across the language switch", async () => {
    renderApp(`/fr/releases/${ID}/bilingual#ukraine`);
    const nav = await screen.findByRole("navigation", { name: "Langue" });
    expect(within(nav).getByRole("link", { name: "English" })).toHaveAttribute("href", `/en/releases/${ID}/bilingual#ukraine`);
  });
});

describe("paragraph numbers", () => {
  it("give a paragraph the same number in the article and side by side, in both languages, linking to its fragment", async () => {
    for (const url of [`/fr/releases/${ID}`, `/en/releases/${ID}/bilingual`]) {
      const view = renderApp(url);
      const name = url.startsWith("/fr") ? `Paragraphe${NBSP}3` : "Paragraph 3";
      expect(await screen.findByRole("link", { name })).toHaveAttribute("href", "#defence-planning-quote");
      expect(screen.getByRole("link", { name }).textContent).toBe(`¶${NBSP}3`);
      // The photo is not numbered: the lead is ¶ 1, the next paragraph ¶ 2.
      expect(within(document.getElementById("defence-planning") as HTMLElement).getByRole("link", { name: /2$/ })).toBeInTheDocument();
      view.unmount();
    }
  });

  it("copy a paragraph's address by keyboard, and say so in the live region", async () => {
    const user = userEvent.setup();
    renderApp(`/fr/releases/${ID}/bilingual`);
    const button = await screen.findByRole("button", { name: `Copier le lien du paragraphe${NBSP}3` });
    button.focus();
    await user.keyboard("{Enter}");
    const status = document.getElementById("live-region") as HTMLElement;
    await waitFor(() => expect(status.textContent).toBe(`Lien du paragraphe${NBSP}3 copié.`));
    expect(await navigator.clipboard.readText()).toMatch(new RegExp(`/fr/releases/${ID}/bilingual#defence-planning-quote$`));
  });

  it("say so when the browser refuses the clipboard", async () => {
    const user = userEvent.setup();
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("Denied", "NotAllowedError"));
    renderApp(`/en/releases/${ID}`);
    await user.click(await screen.findByRole("button", { name: "Copy link to paragraph 1" }));
    const status = document.getElementById("live-region") as HTMLElement;
    await waitFor(() => expect(status).toHaveTextContent("The browser did not allow copying. The link to paragraph 1 is its number"));
  });
});
