import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test-router.tsx";

const SEED_TITLE_EN = "NATO Defence Ministers step up support for Ukraine and strengthen deterrence and defence";

const cards = () => screen.getAllByRole("article");
const cardDays = () => cards().map((c) => c.querySelector("time")?.getAttribute("datetime") ?? "");
const echo = (name = "Showing:") => screen.getByRole("group", { name });

describe("the archive", () => {
  it("lists the releases newest first, with their meetings' dates, title and summary, each linking to its article", async () => {
    renderApp("/en/");
    expect(await screen.findByRole("heading", { level: 1, name: "Releases" })).toBeInTheDocument();
    const days = cardDays();
    expect(days).toEqual(["2024-10-17", "2023-06-15", "2023-02-14", "2022-10-12"]);
    const seed = within(screen.getByRole("article", { name: SEED_TITLE_EN }));
    expect(seed.getByRole("link", { name: SEED_TITLE_EN })).toHaveAttribute("href", "/en/releases/2023-02-15-defence-ministers");
    expect(screen.getByRole("article", { name: SEED_TITLE_EN })).toHaveTextContent(
      "On Wednesday (15 February 2023), at the close of the meeting",
    );
    expect(screen.getByRole("article", { name: SEED_TITLE_EN })).toHaveTextContent("our translation");
    expect(screen.getByRole("status")).toHaveTextContent("4 releases");
  });

  it("is in French under /fr/", async () => {
    renderApp("/fr/");
    expect(await screen.findByRole("heading", { level: 1, name: "Communiqués" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Les ministres de la Défense des pays de l’OTAN intensifient/ })).toHaveAttribute(
      "href",
      "/fr/releases/2023-02-15-defence-ministers",
    );
  });

  it("filters by the days of the meetings and says, in words, what it applied", async () => {
    renderApp("/en/?from=2023-01-01&to=2023-03-01");
    expect(await screen.findByRole("heading", { level: 1 })).toBeInTheDocument();
    expect(cards()).toHaveLength(1);
    expect(screen.getByRole("article", { name: SEED_TITLE_EN })).toBeInTheDocument();
    expect(echo()).toHaveTextContent("Showing: 1 January – 1 March 2023");
    expect(screen.getByRole("status")).toHaveTextContent("1 release");
    expect(screen.getByLabelText("From")).toHaveValue("2023-01-01");
    expect(screen.getByLabelText("To")).toHaveValue("2023-03-01");
  });

  it("shows the URL's range in the date fields when a link changes it: a quick range, then Clear", async () => {
    const user = userEvent.setup();
    renderApp("/en/?from=2023-01-01&to=2023-03-01");
    expect(await screen.findByLabelText("From")).toHaveValue("2023-01-01");
    await user.click(screen.getByRole("link", { name: "2024" }));
    await waitFor(() => expect(screen.getByLabelText("From")).toHaveValue("2024-01-01"));
    expect(screen.getByLabelText("To")).toHaveValue("2024-12-31");
    await user.click(within(echo()).getByRole("link", { name: "Clear the filter" }));
    await waitFor(() => expect(screen.getByLabelText("From")).toHaveValue(""));
    expect(screen.getByLabelText("To")).toHaveValue("");
  });

  it("echoes an open-ended range", async () => {
    renderApp("/fr/?from=2023-06-01");
    expect(await screen.findByRole("group", { name: "Période affichée\u00a0:" })).toHaveTextContent("depuis le 1er juin 2023");
    expect(cardDays()).toEqual(["2024-10-17", "2023-06-15"]);
  });

  it("reports an impossible date next to the filter and shows what is valid", async () => {
    renderApp("/fr/?from=2023-02-30&to=2023-03-01");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "« \u20682023-02-30\u2069 » n’existe pas dans le calendrier : le critère « Du » est ignoré.",
    );
    expect(echo("Période affichée\u00a0:")).toHaveTextContent("jusqu’au 1er mars 2023");
    const from = screen.getByLabelText("Du");
    expect(from).toHaveValue("2023-02-30"); // kept, to be corrected
    expect(from).toHaveAttribute("aria-invalid", "true");
    expect(from).toHaveAccessibleDescription(/«\u00a0\u20682023-02-30\u2069\u00a0» n’existe pas dans le calendrier/);
    expect(screen.getByLabelText("Au")).not.toHaveAttribute("aria-invalid");
    expect(cardDays()).toEqual(["2023-02-14", "2022-10-12"]);
  });

  it("turns a reversed range round and says so", async () => {
    renderApp("/en/?from=2023-03-01&to=2023-01-01");
    const alert = await screen.findByRole("alert");
    expect(alert).toHaveTextContent("The start date (1 March 2023) is after the end date (1 January 2023): the two have been swapped.");
    // Both dates were used: nothing, not even the words for screen readers, says otherwise.
    expect(alert).not.toHaveTextContent(/could not be used/);
    expect(cards()).toHaveLength(1);
  });

  it("reports what it cannot read as a date", async () => {
    renderApp("/en/?to=next-tuesday");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "“\u2068next-tuesday\u2069” is not a date we can read (for example 15/02/2023 or 15 February 2023): the “To” date is ignored.",
    );
  });

  it("quotes a crafted value from the address short and isolated, so it can neither speak at length nor reverse the text", async () => {
    const crafted = `\u202eyrtnuoc ruoy rof eid lliw uoy ${"and this link goes on and on ".repeat(5)}`;
    renderApp(`/en/?from=${encodeURIComponent(crafted)}`);
    const alert = await screen.findByRole("alert");
    const quoted = alert.textContent?.match(/\u2068([^\u2069]*)\u2069/)?.[1] ?? "";
    expect(quoted).toBe(`yrtnuoc ruoy rof eid lliw uoy and this l…`);
    expect(alert.textContent).not.toContain("\u202e");
    expect(alert).toHaveTextContent("is not a date we can read");
  });

  it("says when nothing matches and offers to clear the filter", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/?from=2030-01-01");
    const empty = await screen.findByRole("region", { name: "No results" });
    expect(empty).toHaveTextContent("No release covers a meeting in this period.");
    expect(screen.getByRole("status")).toHaveTextContent("0 releases");
    await user.click(within(empty).getByRole("link", { name: "Clear the filter" }));
    expect(router.state.location.search).toBe("");
    expect(await screen.findAllByRole("article")).toHaveLength(4);
    // The link pressed is gone: focus is on the results' heading, not lost to the page's body.
    expect(screen.getByRole("heading", { level: 1 })).toHaveFocus();
  });

  it("applies a typed range as one history entry, not one per keystroke", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/");
    await screen.findByRole("heading", { level: 1 });
    await user.type(screen.getByLabelText("From"), "2023-01-01");
    await user.type(screen.getByLabelText("To"), "2023-03-01");
    expect(router.state.location.search).toBe("");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(router.state.location.search).toBe("?from=2023-01-01&to=2023-03-01"));
    expect(router.state.historyAction).toBe("PUSH");
    await waitFor(() => expect(screen.getByRole("status")).toHaveTextContent("1 release"));
  });

  it("reads days as a French reader types them, writes them back as YYYY-MM-DD and echoes them in words", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/fr/");
    await screen.findByRole("heading", { level: 1 });
    const from = screen.getByRole("textbox", { name: "Du" });
    const to = screen.getByRole("textbox", { name: "Au" });
    expect(from).toHaveAccessibleDescription("Par exemple\u00a0: 15/02/2023, 15 février 2023, février 2023 ou 2023.");
    await user.type(from, "14/02/2023");
    await user.type(to, "15 fevrier 2023");
    await user.click(screen.getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(router.state.location.search).toBe("?from=2023-02-14&to=2023-02-15"));
    expect(router.state.historyAction).toBe("PUSH");
    await waitFor(() => expect(echo("Période affichée\u00a0:")).toHaveTextContent("14–15 février 2023"));
    expect(from).toHaveValue("2023-02-14");
    expect(screen.queryByRole("alert")).not.toBeInTheDocument();
  });

  it("replaces an address with a day written another way by its canonical form", async () => {
    const { router } = renderApp("/en/?from=15%2F02%2F2023&to=");
    await waitFor(() => expect(router.state.location.search).toBe("?from=2023-02-15"));
    expect(router.state.historyAction).toBe("REPLACE");
    await waitFor(() => expect(echo()).toHaveTextContent("since 15 February 2023"));
  });

  it("reads a month and a year as whole periods, in either language", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/");
    await screen.findByRole("heading", { level: 1 });
    await user.type(screen.getByLabelText("From"), "February 2023");
    await user.type(screen.getByLabelText("To"), "2023");
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(router.state.location.search).toBe("?from=2023-02-01&to=2023-12-31"));
    await waitFor(() => expect(echo()).toHaveTextContent("1 February – 31 December 2023"));
    expect(cardDays()).toEqual(["2023-06-15", "2023-02-14"]);
  });

  it("adds no history entry when the filter is applied again unchanged, as a browser's own form does", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/?from=2023-01-01");
    await screen.findByRole("heading", { level: 1 });
    await user.click(screen.getByRole("button", { name: "Apply" }));
    await waitFor(() => expect(router.state.historyAction).toBe("REPLACE"));
    expect(router.state.location.search).toBe("?from=2023-01-01");
  });

  it("offers each year and the latest meeting as quick ranges", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/");
    await screen.findByRole("heading", { level: 1 });
    await user.click(screen.getByRole("link", { name: "2023" }));
    expect(router.state.location.search).toBe("?from=2023-01-01&to=2023-12-31");
    await waitFor(() => expect(cardDays()).toEqual(["2023-06-15", "2023-02-14"]));
    await user.click(screen.getByRole("link", { name: "Latest meeting" }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(router.state.location.search).toBe("?from=2024-10-17&to=2024-10-18");
  });
});
