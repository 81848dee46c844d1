// Every test: any console.error or console.warn is a failure, React warnings and act() warnings included.
import { beforeEach, vi } from "vitest";

beforeEach(() => {
  for (const method of ["error", "warn"] as const) {
    vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
      throw new Error(`console.${method} called: ${args.map(String).join(" ")}`);
    });
  }
});
