import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test-router.tsx";

/** The meetings on the page, each found by its title, a heading of level 4 under its year and month. */
const stops = () => screen.getAllByRole("heading", { level: 4 }).map((h) => h.closest("li") as HTMLElement);

describe("the timeline of all meetings", () => {
  it("puts every meeting of every release on one list, in order, grouped by year and month", async () => {
    renderApp("/en/timeline");
    expect(await screen.findByRole("heading", { level: 1, name: "Timeline of meetings" })).toBeInTheDocument();
    const years = screen.getAllByRole("heading", { level: 2 }).map((h) => h.textContent);
    expect(years).toEqual(["Filter by date", "2022", "2023", "2024"]);
    expect(screen.getByRole("heading", { level: 3, name: "February 2023" })).toBeInTheDocument();
    const days = stops().map((li) => li.querySelector("time")?.getAttribute("datetime") ?? "");
    expect([...days].sort()).toEqual(days);
    expect(screen.getByRole("status")).toHaveTextContent(`${days.length} meetings`);
  });

  it("shows each meeting with its place and chair, linked to its place in its release", async () => {
    renderApp("/en/timeline?from=2023-02-14&to=2023-02-14");
    await screen.findByRole("heading", { level: 1 });
    // The talks with Ukraine's minister on the 14th, and the ministerial of the 14th and 15th.
    expect(stops()).toHaveLength(2);
    const stop = stops().find((li) => li.textContent?.includes("Allies with Ukraine’s Minister of Defence")) as HTMLElement;
    expect(within(stop).getByRole("link", { name: "Allies with Ukraine’s Minister of Defence" })).toHaveAttribute(
      "href",
      "/en/releases/2023-02-15-defence-ministers#meeting-allies-with-ukraine-2023-02-14",
    );
    expect(
      within(stop)
        .getAllByRole("term")
        .map((dt) => dt.textContent),
    ).toEqual(["Place", "Chair"]);
    expect(
      within(stop)
        .getAllByRole("definition")
        .map((dd) => dd.textContent),
    ).toEqual(["NATO Headquarters, Brussels", "Jens Stoltenberg"]);
    expect(stop).toHaveTextContent("1 decision");
    expect(within(stop).getByRole("link", { name: /^NATO: Les ministres de la Défense/ })).toHaveAttribute(
      "href",
      "https://www.nato.int/cps/fr/natohq/news_211740.htm",
    );
  });

  it("names each source's publisher in the page's language", async () => {
    renderApp("/fr/timeline?from=2023-02-14&to=2023-02-14");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.getAllByRole("link", { name: /^OTAN: Les ministres de la Défense/ })[0]).toHaveAttribute(
      "href",
      "https://www.nato.int/cps/fr/natohq/news_211740.htm",
    );
    expect(screen.queryAllByRole("link", { name: /^NATO\b/ })).toEqual([]);
  });

  it("keeps a two-day meeting when the range touches either of its days", async () => {
    renderApp("/fr/timeline?from=2023-06-16&to=2023-06-30");
    await screen.findByRole("heading", { level: 1 });
    const [stop] = stops();
    expect(stop?.querySelector("time")?.getAttribute("datetime")).toBe("2023-06-15");
    expect(stop).toHaveTextContent("15–16 juin 2023");
  });

  it("says when no meeting falls in the period", async () => {
    renderApp("/fr/timeline?from=2021-01-01&to=2021-12-31");
    expect(await screen.findByRole("region", { name: "Aucun résultat" })).toHaveTextContent("Aucune réunion dans cette période.");
    expect(screen.getByRole("status")).toHaveTextContent("0 réunion");
  });
});
