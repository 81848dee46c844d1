import { screen, waitFor } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { saveLang } from "../lib/lang.ts";
import { renderApp } from "./test-router.tsx";

function browserLanguages(languages: string[]) {
  vi.spyOn(window.navigator, "languages", "get").mockReturnValue(languages);
}

afterEach(() => vi.restoreAllMocks());

describe("choosing the language", () => {
  it("sends / to the saved choice first", async () => {
    browserLanguages(["en-GB"]);
    saveLang("fr");
    const { router } = renderApp("/");
    await waitFor(() => expect(router.state.location.pathname).toBe("/fr/"));
  });

  it("else sends / to the browser's language: any French variant gives French", async () => {
    browserLanguages(["fr-CA", "en"]);
    const { router } = renderApp("/");
    await waitFor(() => expect(router.state.location.pathname).toBe("/fr/"));
  });

  it("else to English", async () => {
    browserLanguages(["de-DE", "es"]);
    const { router } = renderApp("/");
    await waitFor(() => expect(router.state.location.pathname).toBe("/en/"));
    expect(await screen.findByRole("heading", { level: 1, name: "Releases" })).toBeInTheDocument();
  });

  it("redirects an unsupported language prefix to the best supported one, keeping the rest of the URL", async () => {
    browserLanguages(["fr"]);
    const { router } = renderApp("/de/releases/2023-02-15-defence-ministers?from=2023-01-01");
    await waitFor(() => expect(router.state.location.pathname).toBe("/fr/releases/2023-02-15-defence-ministers"));
    expect(router.state.location.search).toBe("?from=2023-01-01");
  });

  it("reads a language prefix in another case or with a region", async () => {
    const { router } = renderApp("/EN-gb/");
    await waitFor(() => expect(router.state.location.pathname).toBe("/en/"));
  });

  it("shows a path with no language in the reader's language", async () => {
    browserLanguages(["en"]);
    const { router } = renderApp("/nowhere/at-all");
    await waitFor(() => expect(router.state.location.pathname).toBe("/en/nowhere/at-all"));
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
  });

  it("shows an unknown path under a language as a 404 in that language", async () => {
    renderApp("/fr/pas/ici");
    expect(await screen.findByRole("heading", { level: 1, name: "Page introuvable" })).toBeInTheDocument();
    expect(document.title).toBe("Page introuvable — Communiqué");
  });
});
