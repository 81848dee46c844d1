import { describe, expect, it } from "vitest";
import { paginate } from "./pagination.ts";

const q = (s: string) => new URLSearchParams(s);
const numbers = Array.from({ length: 45 }, (_, i) => i);

describe("paging a list", () => {
  it("cuts the page the URL asks for", () => {
    expect(paginate(numbers, q("page=2"), 20)).toMatchObject({ items: numbers.slice(20, 40), page: 2, pages: 3, total: 45 });
    expect(paginate([], q(""), 20)).toMatchObject({ items: [], page: 1, pages: 1, total: 0 });
  });

  it("reports a page that is not a number, or too far, and shows a page that exists", () => {
    expect(paginate(numbers, q("page=abc"), 20)).toMatchObject({ page: 1, problem: { kind: "badPage", value: "abc" } });
    expect(paginate(numbers, q("page=0"), 20)).toMatchObject({ page: 1, problem: { kind: "badPage", value: "0" } });
    expect(paginate(numbers, q("page=9"), 20)).toMatchObject({ page: 3, problem: { kind: "pageTooFar", value: "9", last: 3 } });
  });
});
