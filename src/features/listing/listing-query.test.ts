import { describe, expect, it } from "vitest";
import { listingProblems, readListing, withRange } from "./listing-query.ts";

const read = (search: string, filters = false) => readListing(new URLSearchParams(search), { filters });
const q = (search: string, filters = false) => read(search, filters).query;

describe("reading a listing's URL", () => {
  it("takes canonical days as they are, and nothing when there is nothing", () => {
    expect(q("from=2023-02-14&to=2023-02-15")).toEqual({
      range: { from: "2023-02-14", to: "2023-02-15" },
      page: 1,
      problems: [],
      fields: { from: "2023-02-14", to: "2023-02-15" },
    });
    expect(q("from=2023-06-01").range).toEqual({ from: "2023-06-01" });
    expect(q("").range).toEqual({});
    expect(read("from=2023-02-14&to=2023-02-15").canonical).toBe("from=2023-02-14&to=2023-02-15");
  });

  it("takes a day typed another way and writes it back as YYYY-MM-DD", () => {
    const typed = read("from=15%2F02%2F2023&to=15+f%C3%A9vrier+2023");
    expect(typed.query.range).toEqual({ from: "2023-02-15", to: "2023-02-15" });
    expect(typed.query.problems).toEqual([]);
    expect(typed.canonical).toBe("from=2023-02-15&to=2023-02-15");
  });

  it("takes a month or a year as the whole period: its first day in From, its last in To", () => {
    expect(read("from=f%C3%A9vrier+2023&to=February+2023").canonical).toBe("from=2023-02-01&to=2023-02-28");
    expect(read("from=2023&to=2023").canonical).toBe("from=2023-01-01&to=2023-12-31");
    expect(read("to=02%2F2024").canonical).toBe("to=2024-02-29");
  });

  it("drops empty parameters from the canonical address and keeps others it does not know", () => {
    expect(read("from=&to=2023-01-01&topic=&kind=&page=&utm_source=x", true).canonical).toBe("to=2023-01-01&utm_source=x");
  });

  it("reports an impossible date and leaves that end open, keeping it in the address", () => {
    const r = read("from=2023-02-30&to=2023-12-31");
    expect(r.query.range).toEqual({ to: "2023-12-31" });
    expect(r.query.problems).toEqual([{ kind: "impossible", param: "from", value: "2023-02-30" }]);
    expect(r.canonical).toBe("from=2023-02-30&to=2023-12-31");
    expect(r.query.fields).toEqual({ from: "2023-02-30", to: "2023-12-31" });
  });

  it("reports what it cannot read, quoting back only a short piece of it", () => {
    expect(q("to=yesterday").problems).toEqual([{ kind: "invalid", param: "to", value: "yesterday" }]);
    const [problem] = q(`from=${"x".repeat(5000)}`).problems;
    expect(problem).toEqual({ kind: "invalid", param: "from", value: `${"x".repeat(40)}…` });
  });

  it("turns a reversed range round, whole periods kept, and says so", () => {
    expect(q("from=2024-06-01&to=2023-06-01")).toMatchObject({
      range: { from: "2023-06-01", to: "2024-06-01" },
      problems: [{ kind: "reversed", from: "2024-06-01", to: "2023-06-01" }],
    });
    const years = read("from=2024&to=2023");
    expect(years.query.range).toEqual({ from: "2023-01-01", to: "2024-12-31" });
    expect(years.canonical).toBe("from=2024&to=2023");
  });

  it("reports a repeated parameter, uses its first value, and keeps it as it is in the address", () => {
    expect(q("from=2023-01-01&from=2024-01-01")).toMatchObject({
      range: { from: "2023-01-01" },
      problems: [{ kind: "repeated", param: "from" }],
    });
    const empty = read("to=&to=2023");
    expect(empty.query).toMatchObject({ range: {}, problems: [{ kind: "repeated", param: "to" }] });
    expect(empty.canonical).toBe("to=&to=2023");
  });

  it("reads the page, and reports one that is not a page number", () => {
    expect(q("page=3").page).toBe(3);
    expect(q("page=abc")).toMatchObject({ page: 1, problems: [{ kind: "badPage", value: "abc" }] });
    expect(q("page=0").problems).toEqual([{ kind: "badPage", value: "0" }]);
  });

  it("reports a page past the last once the list is counted", () => {
    const query = q("page=9");
    expect(listingProblems(query, { page: 3, pages: 3 })).toEqual([{ kind: "pageTooFar", value: 9, last: 3 }]);
    expect(listingProblems(query, { page: 9, pages: 12 })).toEqual([]);
  });

  it("reads topic and kind where the view has them, and reports unknown ones", () => {
    expect(q("topic=ukraine&kind=agreed", true)).toMatchObject({ topic: "ukraine", kind: "agreed", problems: [] });
    expect(q("topic=weather&kind=vetoed", true).problems).toEqual([
      { kind: "unknownTopic", value: "weather" },
      { kind: "unknownKind", value: "vetoed" },
    ]);
    expect(q("topic=weather").problems).toEqual([]);
  });
});

describe("writing a range into the URL", () => {
  it("keeps the other parameters and starts again at page 1", () => {
    expect(withRange("?topic=ukraine&page=3&from=2020-01-01", { from: "2023-01-01", to: "2023-12-31" })).toBe(
      "?topic=ukraine&from=2023-01-01&to=2023-12-31",
    );
    expect(withRange("?from=2023-01-01&to=2023-12-31", {})).toBe("");
  });
});
