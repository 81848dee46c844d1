import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, isCalendarDay } from "../../lib/days.ts";
import { overlaps, parseRange, withRange } from "./range.ts";

const q = (search: string) => parseRange(new URLSearchParams(search));

// Any existing day between 1900 and 2100, as YYYY-MM-DD.
const day = fc
  .integer({ min: Date.UTC(1900, 0, 1) / 86_400_000, max: Date.UTC(2100, 11, 31) / 86_400_000 })
  .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));

describe("reading the range from the URL", () => {
  it("takes canonical, existing days", () => {
    expect(q("from=2023-02-14&to=2023-02-15")).toEqual({ range: { from: "2023-02-14", to: "2023-02-15" }, problems: [] });
    expect(q("from=2023-06-01")).toEqual({ range: { from: "2023-06-01" }, problems: [] });
    expect(q("")).toEqual({ range: {}, problems: [] });
    expect(q("from=&to=")).toEqual({ range: {}, problems: [] });
  });

  it("reports an impossible date and leaves that end open", () => {
    expect(q("from=2023-02-30&to=2023-12-31")).toEqual({
      range: { to: "2023-12-31" },
      problems: [{ kind: "impossible", param: "from", value: "2023-02-30" }],
    });
  });

  it("reports garbage and non-canonical dates", () => {
    expect(q("to=yesterday").problems).toEqual([{ kind: "invalid", param: "to", value: "yesterday" }]);
    expect(q("from=2023-2-5").problems).toEqual([{ kind: "invalid", param: "from", value: "2023-2-5" }]);
    expect(q("from=15/02/2023").range).toEqual({});
  });

  it("turns a reversed range round and says so", () => {
    expect(q("from=2024-06-01&to=2023-06-01")).toEqual({
      range: { from: "2023-06-01", to: "2024-06-01" },
      problems: [{ kind: "reversed", from: "2024-06-01", to: "2023-06-01" }],
    });
  });

  it("reports a repeated parameter and uses its first value", () => {
    expect(q("from=2023-01-01&from=2024-01-01")).toEqual({
      range: { from: "2023-01-01" },
      problems: [{ kind: "repeated", param: "from" }],
    });
  });

  it("never echoes more than a short piece of a long value", () => {
    const [problem] = q(`from=${"x".repeat(5000)}`).problems;
    expect(problem?.kind === "invalid" && problem.value.length).toBeLessThanOrEqual(41);
  });

  it("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (s) => {
        const result = q(s);
        expect(result.range).toBeTypeOf("object");
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: "binary" }), (from, to) => {
        q(new URLSearchParams({ from, to }).toString());
      }),
    );
  });

  it("keeps a day only when it is canonical and exists", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          day,
          day.map((d) => d.replace(/-0/g, "-")),
          fc.constantFrom("2023-02-29", "2024-02-30", "2023-13-01", "2023-00-10"),
        ),
        (s) => {
          const { range } = q(new URLSearchParams({ from: s }).toString());
          if (range.from !== undefined) {
            expect(isCalendarDay(range.from)).toBe(true);
            expect(range.from).toBe(s.trim());
          } else {
            expect(isCalendarDay(s.trim())).toBe(false);
          }
        },
      ),
    );
  });

  it("round-trips every valid range through the URL", () => {
    fc.assert(
      fc.property(fc.option(day, { nil: undefined }), fc.option(day, { nil: undefined }), (a, b) => {
        const [from, to] = a && b && a > b ? [b, a] : [a, b];
        const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
        const search = withRange(new URLSearchParams("topic=ukraine&page=3"), range);
        const params = new URLSearchParams(search);
        expect(parseRange(params)).toEqual({ range, problems: [] });
        expect(params.get("topic")).toBe("ukraine");
        expect(params.has("page")).toBe(false);
      }),
    );
  });
});

describe("matching a span of days against a range", () => {
  it("matches a two-day meeting when the range touches either day", () => {
    expect(overlaps("2023-02-14", "2023-02-15", { from: "2023-02-15" })).toBe(true);
    expect(overlaps("2023-02-14", "2023-02-15", { to: "2023-02-14" })).toBe(true);
    expect(overlaps("2023-02-14", "2023-02-15", { from: "2023-02-16" })).toBe(false);
    expect(overlaps("2023-02-14", "2023-02-15", { to: "2023-02-13" })).toBe(false);
    expect(overlaps("2023-02-14", "2023-02-15", {})).toBe(true);
  });

  it("matches exactly when one of the meeting's days lies in the range", () => {
    fc.assert(
      fc.property(
        day,
        fc.integer({ min: 0, max: 4 }),
        fc.option(day, { nil: undefined }),
        fc.option(day, { nil: undefined }),
        (start, length, from, to) => {
          const end = addDays(start, length);
          const range = { ...(from ? { from } : {}), ...(to ? { to } : {}) };
          const days = Array.from({ length: length + 1 }, (_, i) => addDays(start, i));
          const expected = days.some((d) => (!from || d >= from) && (!to || d <= to));
          expect(overlaps(start, end, range)).toBe(expected);
        },
      ),
    );
  });
});
