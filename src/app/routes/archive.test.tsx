import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test-router.tsx";

const SEED_TITLE_EN = "NATO Defence Ministers step up support for Ukraine and strengthen deterrence and defence";

const cards = () => screen.getAllByRole("article");
const cardDays = () => cards().map((c) => c.querySelector("time")?.getAttribute("datetime") ?? "");

describe("the archive", () => {
  it("lists the releases newest first, with their meetings' dates, title and summary, each linking to its article", async () => {
    renderApp("/en/");
    expect(await screen.findByRole("heading", { level: 1, name: "Releases" })).toBeInTheDocument();
    const days = cardDays();
    expect(days.length).toBeGreaterThan(1);
    expect([...days].sort().reverse()).toEqual(days);
    const seed = within(screen.getByRole("article", { name: SEED_TITLE_EN }));
    expect(seed.getByRole("link", { name: SEED_TITLE_EN })).toHaveAttribute("href", "/en/releases/2023-02-15-defence-ministers");
    expect(screen.getByRole("article", { name: SEED_TITLE_EN })).toHaveTextContent(
      "On Wednesday (15 February 2023), at the close of the meeting",
    );
    expect(screen.getByRole("article", { name: SEED_TITLE_EN })).toHaveTextContent("our translation");
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
    expect(screen.getByText("Showing:").parentElement).toHaveTextContent("Showing: 1 January 2023 – 1 March 2023");
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
    await user.click(screen.getByRole("link", { name: "Clear the filter" }));
    await waitFor(() => expect(screen.getByLabelText("From")).toHaveValue(""));
    expect(screen.getByLabelText("To")).toHaveValue("");
  });

  it("echoes an open-ended range", async () => {
    renderApp("/fr/?from=2023-06-01");
    expect(await screen.findByText("Période affichée :")).toBeInTheDocument();
    expect(screen.getByText("Période affichée :").parentElement).toHaveTextContent("depuis le 1er juin 2023");
    expect(cardDays().every((d) => d >= "2023-06-01")).toBe(true);
  });

  it("reports an impossible date next to the filter and shows what is valid", async () => {
    renderApp("/fr/?from=2023-02-30&to=2023-03-01");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "Le 2023-02-30 n’existe pas dans le calendrier : le critère « Du » est ignoré.",
    );
    expect(screen.getByText("Période affichée :").parentElement).toHaveTextContent("jusqu’au 1er mars 2023");
    expect(cardDays().every((d) => d <= "2023-03-01")).toBe(true);
  });

  it("turns a reversed range round and says so", async () => {
    renderApp("/en/?from=2023-03-01&to=2023-01-01");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "The start date (1 March 2023) is after the end date (1 January 2023): the two have been swapped.",
    );
    expect(cards()).toHaveLength(1);
  });

  it("reports garbage in the URL", async () => {
    renderApp("/en/?to=next-tuesday");
    expect(await screen.findByRole("alert")).toHaveTextContent(
      "“next-tuesday” is not a date in the form YYYY-MM-DD: the “To” date is ignored.",
    );
  });

  it("says when nothing matches and offers to clear the filter", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/?from=2030-01-01");
    expect(await screen.findByText("No release covers a meeting in this period.")).toBeInTheDocument();
    expect(screen.getByRole("status")).toHaveTextContent("0 releases");
    await user.click(screen.getAllByRole("link", { name: "Clear the filter" })[0] as HTMLElement);
    expect(router.state.location.search).toBe("");
    expect(await screen.findAllByRole("article")).not.toHaveLength(0);
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

  it("takes days typed as text, with their format told beside the fields", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/fr/");
    await screen.findByRole("heading", { level: 1 });
    const from = screen.getByRole("textbox", { name: "Du" });
    const to = screen.getByRole("textbox", { name: "Au" });
    expect(from).toHaveAccessibleDescription("Format : AAAA-MM-JJ");
    expect(to).toHaveAccessibleDescription("Format : AAAA-MM-JJ");
    await user.type(from, "2023-01-01");
    await user.type(to, "15/02/2023");
    await user.click(screen.getByRole("button", { name: "Appliquer" }));
    await waitFor(() => expect(router.state.location.search).toBe("?from=2023-01-01&to=15%2F02%2F2023"));
    expect(await screen.findByRole("alert")).toHaveTextContent("« 15/02/2023 » n’est pas une date au format AAAA-MM-JJ");
  });

  it("offers each year and the latest meeting as quick ranges", async () => {
    const user = userEvent.setup();
    const { router } = renderApp("/en/");
    await screen.findByRole("heading", { level: 1 });
    await user.click(screen.getByRole("link", { name: "2023" }));
    expect(router.state.location.search).toBe("?from=2023-01-01&to=2023-12-31");
    await waitFor(() => expect(cardDays().every((d) => d.startsWith("2023"))).toBe(true));
    await user.click(screen.getByRole("link", { name: "Latest meeting" }));
    await waitFor(() => expect(cards()).toHaveLength(1));
    expect(router.state.location.search).toMatch(/^\?from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}$/);
  });
});
