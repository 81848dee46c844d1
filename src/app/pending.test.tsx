import { screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { describe, expect, it } from "vitest";
import { fixtureContent, renderApp } from "./test-router.tsx";

/** The fixture corpus, its reads held back while `held` is true, until `release()`. */
function slowContent() {
  let held = false;
  const waiting: (() => void)[] = [];
  const content = fixtureContent(async () => {
    if (held) await new Promise<void>((resolve) => waiting.push(resolve));
  });
  return {
    content,
    hold: () => {
      held = true;
    },
    release: () => {
      held = false;
      for (const resolve of waiting.splice(0)) resolve();
    },
  };
}

describe("a page waiting for its data", () => {
  it("marks the main region busy at once, says it is loading after a moment, and clears both when the page arrives", async () => {
    const user = userEvent.setup();
    const slow = slowContent();
    renderApp("/en/", slow.content);
    await screen.findByRole("heading", { level: 1, name: "Releases" });
    const main = screen.getByRole("main");
    expect(main).not.toHaveAttribute("aria-busy");
    expect(screen.getByText("Loading…")).not.toBeVisible();

    slow.hold();
    await user.click(screen.getByRole("link", { name: "Timeline" }));
    await waitFor(() => expect(main).toHaveAttribute("aria-busy", "true"));
    await waitFor(() => expect(screen.getByText("Loading…")).toBeVisible());

    slow.release();
    expect(await screen.findByRole("heading", { level: 1, name: "Timeline of meetings" })).toBeInTheDocument();
    expect(main).not.toHaveAttribute("aria-busy");
    expect(screen.getByText("Loading…")).not.toBeVisible();
  });
});
