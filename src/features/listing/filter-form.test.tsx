import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, describe, expect, it, vi } from "vitest";

const Real = Intl.DateTimeFormat;
afterEach(() => {
  Intl.DateTimeFormat = Real;
});

describe("the date filter", () => {
  it("loads the calendar's words when the reader comes to the form, before Apply and not with the page", async () => {
    // Intl's own formatter, each construction recorded.
    const created: unknown[][] = [];
    Intl.DateTimeFormat = new Proxy(Real, {
      construct(target, args) {
        created.push(args);
        return Reflect.construct(target, args);
      },
    });
    // The app as a page loads it: no formatter made yet by an earlier test file (component test files share modules).
    vi.resetModules();
    const { renderApp } = await import("../../app/test-router.tsx");
    renderApp("/fr/decisions");
    const from = await screen.findByRole("textbox", { name: "Du" });
    expect(created).toEqual([]);
    await userEvent.click(from);
    // The day formatter the echo of a range uses, and the months' names the parser reads, both languages.
    expect(created).toContainEqual(["fr-FR", expect.objectContaining({ day: "numeric", month: "long", year: "numeric" })]);
    expect(created).toContainEqual(["en-GB", { month: "long", timeZone: "UTC" }]);
  });
});
