import { screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { renderApp } from "../test-router.tsx";

describe("the archive", () => {
  it("lists the releases with date, title and summary, each linking to its article", async () => {
    renderApp("/en/");
    expect(await screen.findByRole("heading", { level: 1, name: "Releases" })).toBeInTheDocument();
    const card = screen.getAllByRole("article")[0] as HTMLElement;
    expect(card).toHaveTextContent("15 February 2023");
    expect(card).toHaveTextContent("On Wednesday (15 February 2023), at the close of the meeting");
    expect(
      within(card).getByRole("link", { name: "NATO Defence Ministers step up support for Ukraine and strengthen deterrence and defence" }),
    ).toHaveAttribute("href", "/en/releases/2023-02-15-defence-ministers");
  });

  it("is in French under /fr/", async () => {
    renderApp("/fr/");
    expect(await screen.findByRole("heading", { level: 1, name: "Communiqués" })).toBeInTheDocument();
    expect(screen.getByRole("link", { name: /Les ministres de la Défense des pays de l’OTAN/ })).toHaveAttribute(
      "href",
      "/fr/releases/2023-02-15-defence-ministers",
    );
  });
});
