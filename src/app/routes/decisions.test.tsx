import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test-router.tsx";

/** The records on the page: the items of the list named after the page's heading. */
const records = (name = "Decisions") => within(screen.getByRole("list", { name })).getAllByRole("listitem");

describe("the list of all decisions", () => {
  it("shows the decisions newest first, firmest first within a day, twenty a page", async () => {
    renderApp("/en/decisions");
    expect(await screen.findByRole("heading", { level: 1, name: "Decisions" })).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("36 decisions");
    const days = records().map((r) => r.querySelector("time")?.getAttribute("datetime") ?? "");
    expect(days).toHaveLength(20);
    expect([...days].sort().reverse()).toEqual(days);
    expect(records()[0]).toHaveTextContent(/^Stated/);
    expect(screen.getByRole("navigation", { name: "Pages" })).toHaveTextContent("Page 1 of 2");
  });

  it("filters by topic and kind as well as by date, each record linked to its meeting, paragraph and release", async () => {
    renderApp("/en/decisions?topic=partners&kind=decided&from=2023-01-01&to=2023-12-31");
    await screen.findByRole("heading", { level: 1 });
    expect(records()).toHaveLength(1);
    const record = within(records()[0] as HTMLElement);
    expect(records()[0]).toHaveTextContent(
      "Decided Stepping up support for other partners at risk: Bosnia and Herzegovina, Georgia and the Republic of Moldova",
    );
    expect(records()[0]).toHaveTextContent("Partners");
    expect(record.getByRole("link", { name: "Source paragraph" })).toHaveAttribute(
      "href",
      "/en/releases/2023-02-15-defence-ministers#ukraine",
    );
    expect(record.getByRole("link", { name: /^15 February 2023, ?Meeting of NATO Defence Ministers$/ })).toHaveAttribute(
      "href",
      "/en/releases/2023-02-15-defence-ministers#meeting-defence-ministers-2023-02-15",
    );
    expect(record.getByRole("link", { name: /^NATO Defence Ministers step up support for Ukraine/ })).toHaveAttribute(
      "href",
      "/en/releases/2023-02-15-defence-ministers",
    );
    expect(screen.getByLabelText("Topic")).toHaveValue("partners");
    expect(screen.getByLabelText("Kind")).toHaveValue("decided");
  });

  it("counts a topic and a kind over the whole list", async () => {
    renderApp("/en/decisions?topic=ukraine&kind=announced");
    await screen.findByRole("heading", { level: 1 });
    expect(screen.getByRole("status")).toHaveTextContent("6 decisions");
    expect(records().every((r) => r.textContent?.startsWith("Announced"))).toBe(true);
  });

  it("within a day, shows the firmest outcomes first", async () => {
    renderApp("/en/decisions?from=2023-06-16&to=2023-06-16");
    await screen.findByRole("heading", { level: 1 });
    const kinds = records().map((r) => r.textContent?.match(/^(Approved|Agreed|Decided|Announced|Stated|Discussed)/)?.[1]);
    expect(kinds).toEqual([
      "Agreed",
      "Agreed",
      "Announced",
      "Announced",
      "Announced",
      "Stated",
      "Stated",
      "Stated",
      "Discussed",
      "Discussed",
    ]);
  });

  it("shows a third-party source as such", async () => {
    renderApp("/en/decisions?topic=innovation&from=2022-10-01&to=2022-10-31");
    await screen.findByRole("heading", { level: 1 });
    expect(records()[0]).toHaveTextContent(/Sources: Folketinget \(NATO PA policy brief\) \(third-party source\)/);
    // The brief gives no day: the record is dated by its meeting's days, not by a day we would have to guess.
    expect(records()[0]).toHaveTextContent(/^Agreed .*12\s?–\s?13 October 2022/);
  });

  it("tells apart two pages of one publisher: each link names its page, in the page's language", async () => {
    renderApp("/en/decisions?topic=ukraine&kind=announced&from=2022-10-13&to=2022-10-13");
    await screen.findByRole("heading", { level: 1 });
    expect(records()).toHaveLength(1);
    const news = screen.getByRole("link", {
      name: "NATO: L’OTAN intensifie son soutien à l’Ukraine et renforce sa dissuasion et sa défense",
    });
    const pressConference = screen.getByRole("link", {
      name: "NATO: Press conference by NATO Secretary General Jens Stoltenberg following the meetings of NATO Defence Ministers",
    });
    expect(news).toHaveAttribute("href", "https://www.nato.int/cps/en/natohq/news_208101.htm?selectedLocale=fr");
    expect(pressConference).not.toHaveAttribute("href", news.getAttribute("href"));
    // On screen the line stays short: the titles are for screen readers, each in its page's language.
    const hiddenTitle = screen.getByText(/L’OTAN intensifie son soutien/);
    expect(hiddenTitle).toHaveClass("visually-hidden");
    expect(hiddenTitle).toHaveAttribute("lang", "fr");
  });

  it("reports an unknown topic or kind, and shows all of them instead", async () => {
    renderApp("/fr/decisions?topic=weather&kind=vetoed&from=2023-02-15&to=2023-02-15");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "« \u2068weather\u2069 » n’est pas un thème : tous les thèmes sont affichés.",
    );
    expect(screen.getByRole("alert")).toHaveTextContent(
      "« \u2068vetoed\u2069 » n’est pas un type de décision : tous les types sont affichés.",
    );
    expect(screen.getByRole("status")).toHaveTextContent("9 décisions");
  });

  it("applies the topic chosen in the form with the dates, as one history entry, empty fields left out", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/decisions?from=2023-02-14&to=2023-02-15");
    await screen.findByRole("heading", { level: 1 });
    await user.selectOptions(screen.getByLabelText("Topic"), "industry-stockpiles");
    expect(router.state.location.search).toBe("?from=2023-02-14&to=2023-02-15");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(router.state.location.search).toBe("?from=2023-02-14&to=2023-02-15&topic=industry-stockpiles"));
    expect(router.state.historyAction).toBe("PUSH");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("3 decisions"));
  });

  it("pages the list and reports a page that does not exist, showing the last", async () => {
    renderApp("/en/decisions?page=99");
    expect(await screen.findByRole("alert")).toHaveTextContent("There is no page 99: the last page, 2, is shown.");
    expect(screen.getByRole("navigation", { name: "Pages" })).toHaveTextContent("Page 2 of 2");
    expect(records()).toHaveLength(16);
  });

  it("sends focus to the heading of a page of results turned, where the view goes, never to the page's body", async () => {
    const user = userEvent.setup();
    renderApp("/en/decisions?page=2");
    const previous = await screen.findByRole("link", { name: "Previous page" });
    previous.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("navigation", { name: "Pages" })).toHaveTextContent("Page 1 of 2"));
    expect(screen.queryByRole("link", { name: "Previous page" })).toBeNull();
    expect(screen.getByRole("heading", { level: 1 })).toHaveFocus();
    // The control pressed stays, far below the new page's top: focus goes to the top with the view.
    const next = screen.getByRole("link", { name: "Next page" });
    next.focus();
    await user.keyboard("{Enter}");
    await waitFor(() => expect(screen.getByRole("navigation", { name: "Pages" })).toHaveTextContent("Page 2 of 2"));
    expect(screen.getByRole("heading", { level: 1 })).toHaveFocus();
  });

  it("announces every change of the filter, with what was applied, even when the count stays the same", async () => {
    const user = userEvent.setup();
    renderApp("/en/decisions?from=2023-02-14&to=2023-02-15&kind=agreed");
    await screen.findByRole("heading", { level: 1 });
    const before = screen.getByRole("status").textContent;
    expect(before).toMatch(/^\d+ decisions?, 14 – 15 February 2023, Agreed$/);
    // The same dates written as the whole of February: the count may stay, the announcement changes.
    await user.clear(screen.getByLabelText("From"));
    await user.type(screen.getByLabelText("From"), "February 2023");
    await user.clear(screen.getByLabelText("To"));
    await user.type(screen.getByLabelText("To"), "February 2023{Enter}");
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/, 1 – 28 February 2023, Agreed$/));
    expect(screen.getByRole("status").textContent?.split(",")[0]).toBe(before?.split(",")[0]);
  });

  it("says when nothing matches and offers to clear every filter", async () => {
    renderApp("/en/decisions?topic=partners&from=2024-01-01");
    const empty = await screen.findByRole("region", { name: "No results" });
    expect(empty).toHaveTextContent("No decision matches this filter.");
    expect(within(empty).getByRole("link", { name: "Clear all filters" })).toHaveAttribute("href", "/en/decisions");
  });
});
