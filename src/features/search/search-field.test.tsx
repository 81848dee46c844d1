import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter } from "react-router";
import { RouterProvider } from "react-router/dom";
import { describe, expect, it, vi } from "vitest";
import { SearchField } from "./search-field.tsx";
import { readSearch } from "./search-query.ts";

const engine = vi.hoisted(() => ({ warmUp: vi.fn(), preload: vi.fn() }));
vi.mock("./search-client.ts", () => engine);

function Field() {
  return <SearchField query={readSearch(new URLSearchParams(), "fr")} form="search-form" other="anglais" langs={["fr", "en"]} />;
}

function renderField(url: string) {
  const router = createMemoryRouter([{ path: "/:lang/search", Component: Field }], { initialEntries: [url] });
  render(<RouterProvider router={router} />);
}

describe("the search page's field", () => {
  it("loads the engine when the reader enters it, and asks for the index of the words so far at each key", async () => {
    renderField("/fr/search");
    const field = screen.getByRole("searchbox", { name: "Mots à rechercher" });
    await userEvent.click(field);
    await waitFor(() => expect(engine.warmUp).toHaveBeenCalledWith(["fr", "en"]));
    await userEvent.type(field, "Défense, <b>OTAN");
    // As the search will receive them: punctuation and markup are not words.
    expect(engine.preload).toHaveBeenLastCalledWith("Défense b OTAN", ["fr", "en"]);
    expect(engine.preload).toHaveBeenCalledWith("D", ["fr", "en"]);
  });
});
