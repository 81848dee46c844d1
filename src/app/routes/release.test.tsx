import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test-router.tsx";

const ID = "2023-02-15-defence-ministers";

describe("the article view", () => {
  it("shows NATO's French release with its dates and says it is the official text", async () => {
    renderApp(`/fr/releases/${ID}`);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "Les ministres de la Défense des pays de l’OTAN intensifient le soutien à l’Ukraine et renforcent la dissuasion et la défense",
      }),
    ).toBeInTheDocument();
    const [published, updated] = screen.getAllByRole("definition");
    expect(screen.getAllByRole("term").map((dt) => dt.textContent)).toEqual(expect.arrayContaining(["Publié le", "Mis à jour le"]));
    expect(published).toHaveTextContent(/^15 février 2023$/);
    expect(updated).toHaveTextContent(/^15 février 2023, 17 h 21 \(heure de Bruxelles\)$/);
    const provenance = screen.getByRole("region", { name: "À propos de ce texte" });
    expect(provenance).toHaveTextContent("Texte officiel publié par l’OTAN.");
    expect(within(provenance).getByRole("link", { name: "Page d’origine" })).toHaveAttribute(
      "href",
      "https://www.nato.int/cps/fr/natohq/news_211740.htm",
    );
    expect(document.title).toContain("Les ministres de la Défense");
  });

  it("says plainly that the English text is our translation", async () => {
    renderApp(`/en/releases/${ID}`);
    const provenance = await screen.findByRole("region", { name: "About this text" });
    expect(provenance).toHaveTextContent("Our translation of the official French text. It is not an official text of NATO");
    expect(screen.getAllByRole("definition")[1]).toHaveTextContent(/^15 February 2023, 17:21 \(Brussels time\)$/);
    // At each quotation too, not only in the notice: the words are ours, not the words spoken.
    expect(document.getElementById("defence-planning-quote")).toHaveTextContent("(our translation from French)");
    // NATO's French title is the official one, marked as French; no English title is presented as NATO's.
    const [official, ...others] = screen.getAllByText(/Official title/);
    expect(others).toHaveLength(0);
    const cite = official?.closest("li")?.querySelector("cite");
    expect(cite).toHaveAttribute("lang", "fr");
    expect(cite).toHaveTextContent(/^Les ministres de la Défense des pays de l’OTAN intensifient/);
  });

  it("does not mark NATO's own French quotations as translated, nor repeat the headline as the official title", async () => {
    renderApp(`/fr/releases/${ID}`);
    await screen.findByRole("heading", { level: 1 });
    expect(document.getElementById("defence-planning-quote")).not.toHaveTextContent(/traduction/);
    expect(screen.queryByText(/Titre officiel/)).not.toBeInTheDocument();
  });

  it("gives every body block an id shared by both languages, and marks the English caption on the French page", async () => {
    renderApp(`/fr/releases/${ID}`);
    await screen.findByRole("heading", { level: 1 });
    const caption = screen.getByText("General view of the meeting");
    expect(caption).toHaveAttribute("lang", "en");
    expect(document.getElementById("defence-planning")).toHaveTextContent("approuvé de nouvelles directives");
    const quote = document.getElementById("defence-planning-quote");
    expect(quote).toHaveTextContent("« Il s’agissait de prendre en compte");
    expect(quote).toHaveTextContent("Jens Stoltenberg, secrétaire général de l’OTAN");
  });

  it("draws the two meetings as an ordered, dated list with participants and outcomes", async () => {
    renderApp(`/en/releases/${ID}`);
    const section = await screen.findByRole("region", { name: "Meetings" });
    const meetings = within(section)
      .getAllByRole("heading", { level: 3 })
      .map((h) => h.closest("li") as HTMLElement);
    expect(meetings).toHaveLength(2);
    const [first, second] = meetings as [HTMLElement, HTMLElement];
    expect(within(first).getByRole("heading", { level: 3 })).toHaveTextContent("Allies with Ukraine’s Minister of Defence");
    expect(first.querySelector("time")).toHaveAttribute("datetime", "2023-02-14");
    expect(first).toHaveTextContent("Oleksii Reznikov, Minister of Defence of Ukraine");
    expect(within(second).getByRole("heading", { level: 3 })).toHaveTextContent("Meeting of NATO Defence Ministers");
    expect(second).toHaveTextContent("NATO Headquarters, Brussels");
    expect(within(second).getByRole("link", { name: "New guidance for NATO defence planning" })).toHaveAttribute(
      "href",
      "#decision-defence-planning-guidance",
    );
  });

  it("lists every outcome as a record with its kind, topic, meeting and source paragraph", async () => {
    renderApp(`/en/releases/${ID}`);
    const section = await screen.findByRole("region", { name: /Decisions/ });
    expect(section).toHaveTextContent("10 decisions");
    const topic = within(section).getByRole("region", { name: "Critical infrastructure" });
    const record = within(topic).getByRole("listitem");
    expect(record).toHaveTextContent("Announced");
    expect(record).toHaveTextContent("A coordination cell for critical undersea infrastructure");
    expect(within(record).getByRole("link", { name: /15 February 2023.*Meeting of NATO Defence Ministers/ })).toHaveAttribute(
      "href",
      "#meeting-defence-ministers-2023-02-15",
    );
    expect(within(record).getByRole("link", { name: "Source paragraph" })).toHaveAttribute("href", "#undersea-infrastructure");
    expect(within(section).getByRole("region", { name: "Partners" })).toHaveTextContent("Decided");
  });

  it("names the people with their roles, and the sources", async () => {
    renderApp(`/en/releases/${ID}`);
    const people = await screen.findByRole("region", { name: "People named" });
    expect(people).toHaveTextContent("Jens Stoltenberg, NATO Secretary General");
    expect(people).toHaveTextContent("Oleksii Reznikov, Minister of Defence of Ukraine");
    const sources = screen.getByRole("region", { name: "Sources" });
    expect(within(sources).getAllByRole("link")[0]).toHaveAttribute("href", "https://www.nato.int/cps/fr/natohq/news_211740.htm");
  });

  it("shows a 404 in the reader's language for an unknown release, with a way back", async () => {
    renderApp("/fr/releases/no-such-release");
    expect(await screen.findByRole("heading", { level: 1, name: "Page introuvable" })).toBeInTheDocument();
    expect(screen.getByText("Aucun communiqué ne porte l’identifiant « \u2068no-such-release\u2069 ».")).toBeInTheDocument();
    expect(screen.getByRole("link", { name: "Aller à la liste des communiqués" })).toHaveAttribute("href", "/fr/");
  });

  it("quotes an unknown id from the address short and isolated", async () => {
    renderApp(`/en/releases/${encodeURIComponent(`\u202e${"x".repeat(200)}`)}`);
    expect(await screen.findByRole("heading", { level: 1, name: "Page not found" })).toBeInTheDocument();
    expect(screen.getByText(`There is no release with the id “\u2068${"x".repeat(40)}…\u2069”.`)).toBeInTheDocument();
  });

  it("switches language on the same release, keeping query and fragment", async () => {
    const user = userEvent.setup();
    const { router } = renderApp(`/fr/releases/${ID}?from=2023-02-14#ukraine`);
    await screen.findByRole("heading", { level: 1 });
    const nav = screen.getByRole("navigation", { name: "Langue" });
    const link = within(nav).getByRole("link", { name: "English" });
    expect(link).toHaveAttribute("href", `/en/releases/${ID}?from=2023-02-14#ukraine`);
    expect(link).toHaveAttribute("lang", "en");
    await user.click(link);
    expect(
      await screen.findByRole("heading", {
        level: 1,
        name: "NATO Defence Ministers step up support for Ukraine and strengthen deterrence and defence",
      }),
    ).toBeInTheDocument();
    expect(router.state.location).toMatchObject({ pathname: `/en/releases/${ID}`, search: "?from=2023-02-14", hash: "#ukraine" });
    expect(document.documentElement.lang).toBe("en");
    expect(localStorage.getItem("communique.lang")).toBe("en");
    expect(within(screen.getByRole("navigation", { name: "Language" })).getByRole("link", { name: "Français" })).toHaveFocus();
  });
});
