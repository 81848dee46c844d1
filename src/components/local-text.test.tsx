import { render, screen } from "@testing-library/react";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { describe, expect, it } from "vitest";
import type { Localised } from "../content/schema.ts";
import { LocalText } from "./local-text.tsx";

function renderIn(lang: string, ui: React.ReactNode) {
  const router = createMemoryRouter([{ path: "/:lang", element: ui }], { initialEntries: [`/${lang}`] });
  return render(<RouterProvider router={router} />);
}

const frOnly: Localised = { fr: "Texte seulement en français.", en: null };

describe("a localised text", () => {
  it("shows the page language's text with no lang attribute of its own", () => {
    renderIn("fr", <LocalText as="p" text={frOnly} />);
    const p = screen.getByText("Texte seulement en français.");
    expect(p).not.toHaveAttribute("lang");
    expect(screen.queryByRole("note")).not.toBeInTheDocument();
  });

  it("missing in the page language, shows a notice in the reader's language and the other text marked with its lang", () => {
    renderIn("en", <LocalText as="p" text={frOnly} />);
    expect(screen.getByRole("note")).toHaveTextContent("This text does not exist in English. Here it is in French.");
    expect(screen.getByText("Texte seulement en français.")).toHaveAttribute("lang", "fr");
  });

  it("inline, says which language the text is in", () => {
    renderIn("fr", <LocalText text={{ fr: null, en: "Only in English" }} />);
    expect(screen.getByText("Only in English")).toHaveAttribute("lang", "en");
    expect(screen.getByText("(uniquement en anglais)")).toBeInTheDocument();
  });

  it("marks a fragment written in another language, like the English caption of the French release", () => {
    renderIn("fr", <LocalText text={{ fr: { text: "General view of the meeting", lang: "en" }, en: "General view of the meeting" }} />);
    expect(screen.getByText("General view of the meeting")).toHaveAttribute("lang", "en");
    expect(screen.queryByText(/uniquement/)).not.toBeInTheDocument();
  });

  it("renders markup in a text as inert text", () => {
    const { container } = renderIn(
      "en",
      <LocalText as="p" text={{ fr: "x", en: '<img src=x onerror="alert(1)"><script>alert(2)</script>' }} />,
    );
    expect(container.querySelector("img, script")).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)"><script>alert(2)</script>')).toBeInTheDocument();
  });
});
