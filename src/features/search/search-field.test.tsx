import { act, render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createBrowserRouter, createMemoryRouter, Link, useLocation } from "react-router";
import { RouterProvider } from "react-router/dom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SearchField, TYPING_PAUSE_MS } from "./search-field.tsx";
import { readSearch } from "./search-query.ts";

const engine = vi.hoisted(() => ({ warmUp: vi.fn(), preload: vi.fn() }));
vi.mock("./search-client.ts", async (original) => ({
  ...engine,
  withWordsTyped: (await original<typeof import("./search-client.ts")>()).withWordsTyped,
}));

function Field() {
  return (
    <SearchField query={readSearch(new URLSearchParams(), "fr", () => false)} form="search-form" other="anglais" langs={["fr", "en"]} />
  );
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

/** Another page: only its address. */
function Address() {
  const location = useLocation();
  return (
    <>
      <output aria-label="page">{location.pathname}</output>
      <output aria-label="address">{location.search}</output>
    </>
  );
}

/** The search page's field, links elsewhere and the address. */
function PageWithField() {
  const location = useLocation();
  return (
    <>
      <SearchField
        query={readSearch(new URLSearchParams(location.search), "fr", () => false)}
        form="search-form"
        other="anglais"
        langs={["fr"]}
      />
      <form id="search-form" action={location.pathname} />
      <Link to="/fr/search?q=ukraine&from=2024-01-01">2024</Link>
      <Link to="/en/search?q=ukraine">English</Link>
      <Link to="/fr/decisions">Décisions</Link>
      <output aria-label="page">{location.pathname}</output>
      <output aria-label="address">{location.search}</output>
    </>
  );
}

describe("the pause after typing", () => {
  afterEach(() => {
    vi.useRealTimers();
    window.history.replaceState(null, "", "/");
  });
  // In the window's address, as in a browser: a link to this same page is told by it.
  const start = () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    window.history.replaceState(null, "", "/fr/search?q=ukraine");
    const router = createBrowserRouter([
      { path: "/:lang/search", Component: PageWithField },
      { path: "/:lang/decisions", Component: Address },
    ]);
    render(<RouterProvider router={router} />);
    return userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
  };
  const address = () => screen.getByRole("status", { name: "address" });

  it("gives the address the words typed, once the reader pauses", async () => {
    const user = start();
    await user.type(screen.getByRole("searchbox"), " otan");
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS + 50));
    expect(address().textContent).toBe("?q=ukraine+otan");
  });

  it("takes the words typed to a link to this page followed during the pause (a quick range), as Apply does", async () => {
    const user = start();
    await user.type(screen.getByRole("searchbox"), " otan");
    await user.click(screen.getByRole("link", { name: "2024" }));
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 4));
    expect(address().textContent).toBe("?q=ukraine+otan&from=2024-01-01");
    expect(screen.getByRole("searchbox")).toHaveValue("ukraine otan");
  });

  it("never overwrites another page the reader went to during the pause", async () => {
    const user = start();
    await user.type(screen.getByRole("searchbox"), " otan");
    await user.click(screen.getByRole("link", { name: "Décisions" }));
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 4));
    expect(screen.getByRole("status", { name: "page" }).textContent).toBe("/fr/decisions");
    expect(address().textContent).toBe("");
  });

  it("takes the words typed to the search page in the other language (the language switch) followed during the pause", async () => {
    const user = start();
    await user.type(screen.getByRole("searchbox"), " otan");
    await user.click(screen.getByRole("link", { name: "English" }));
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 4));
    expect(screen.getByRole("status", { name: "page" }).textContent).toBe("/en/search");
    expect(address().textContent).toBe("?q=ukraine+otan");
    expect(screen.getByRole("searchbox")).toHaveValue("ukraine otan");
  });

  it("still searches the words after a link opened elsewhere (a new tab) during the pause", async () => {
    const user = start();
    await user.type(screen.getByRole("searchbox"), " otan");
    await user.keyboard("{Control>}");
    await user.click(screen.getByRole("link", { name: "2024" }));
    await user.keyboard("{/Control}");
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 4));
    expect(address().textContent).toBe("?q=ukraine+otan");
  });

  it("searches both languages with the words typed during the pause", async () => {
    const user = start();
    await user.type(screen.getByRole("searchbox"), " otan");
    await user.click(screen.getByRole("checkbox"));
    await act(() => vi.advanceTimersByTimeAsync(TYPING_PAUSE_MS * 4));
    expect(address().textContent).toBe("?q=ukraine+otan&in=both");
    expect(screen.getByRole("checkbox")).toBeChecked();
  });
});
