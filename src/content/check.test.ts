import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { contentCheck } from "../../scripts/content-check.ts";
import { checkReleaseDir, checkReleaseText, MAX_FILE_BYTES, syntaxErrorOffset } from "./check.ts";

const DIR = "tests/fixtures/bad-content";

// One bad file per rule, and the line an editor gets for it.
const EXPECTED: Record<string, string> = {
  "bad-slug":
    'meetings[0].id: expected a URL-safe slug (lowercase letters, digits, single hyphens, at most 100 characters), found "Ministers Meeting"',
  "date-and-span": "meetings[0]: expected either date, or start and end, found date, start, end",
  "date-time-without-offset":
    'updatedAt: expected an existing calendar date YYYY-MM-DD, or a date-time with its offset such as 2023-02-15T17:21:00+01:00, found "2023-02-15T17:21:00"',
  "decision-outside-meeting": `decisions[0].date: "2023-02-16" is outside its meeting's days (2023-02-15)`,
  "duplicate-id": 'body[2].id: "lead" is used twice in body',
  "empty-text": 'body[0].text.en: expected text (or null to mark a text missing in this language), found ""',
  "file-name-not-id": 'id: "another-id" must match the file name (expected the file to be named another-id.json)',
  "html-in-text": 'body[0].text.fr: expected plain text without HTML markup or entities, found "Paragraphe <b>gras</b>."',
  "http-source": 'sources[1].url: expected an absolute https:// URL, found "http://example.com/news"',
  "impossible-date": 'meetings[0].date: expected an existing calendar date YYYY-MM-DD, found "2023-02-30"',
  "meeting-far-from-release":
    "meetings[0]: meeting on 2019-06-26 is implausibly far from the release's publication (2023-02-15); expected within 120 days before or 31 after",
  "missing-language": "title.en: missing: expected string",
  "no-text-in-either-language": 'meetings[0].summary: expected a text in at least one language, found {"fr":null,"en":null}',
  "not-json": "line 4, column 1: not valid JSON: Expected double-quoted property name",
  "official-url-not-a-source": 'provenance.fr.url: "https://www.nato.int/cps/fr/natohq/news_1.htm" is not listed in sources',
  "reserved-block-id": 'body[0].id: "meeting-lead" starts with a reserved prefix (meeting-, decision-, person-, source-)',
  "third-party-without-attribution":
    "body[0].text.fr: every source of it is a third party (Example News): say so in the text (« Selon … »)",
  "unknown-block": 'decisions[0].blocks[1]: "no-such-block" is not a body block of this release',
  "unknown-block-type": 'body[2].type: expected "type" to be one of "paragraph", "quote", "image", found "video"',
  "unknown-field": '(top level): unexpected field "titel"',
  "unknown-kind":
    'decisions[0].kind: expected one of "approved", "agreed", "decided", "announced", "stated", "discussed", found "welcomed"',
  "unknown-meeting": 'decisions[0].meetingId: "m-3" is not a meeting of this release',
  "unknown-source-language": 'sources[1].lang: expected a language tag of a known language, found "xx"',
  "unknown-person": 'body[1].speaker: "someone-else" is not a person of this release',
  "translation-with-a-gap": "body[1].text.en: missing, but the en text is our translation, which leaves no passage out: write it",
  "updated-before-published": 'updatedAt: "2023-02-14T09:00:00+01:00" is before publishedAt "2023-02-15"',
  "wrong-type": "publishedAt: expected string, found 20230215",
};

const MINIMAL = readFileSync("tests/fixtures/minimal.json", "utf8");

/** The minimal release, changed by `edit`, as the text of a file. */
function minimalWith(edit: (r: Record<string, unknown> & { body: Record<string, unknown>[] }) => void): string {
  const r = JSON.parse(MINIMAL);
  edit(r);
  return JSON.stringify(r, null, 2);
}

const check = (file: string) => checkReleaseText(`${DIR}/${file}.json`, readFileSync(`${DIR}/${file}.json`, "utf8"));

describe("content validation", () => {
  it("accepts a minimal valid release", () => {
    const result = checkReleaseText("tests/fixtures/minimal.json", readFileSync("tests/fixtures/minimal.json", "utf8"));
    expect(result.problems).toEqual([]);
    expect(result.release?.id).toBe("minimal");
  });

  it("has a bad file for every rule, and nothing else in the folder", () => {
    const files = readdirSync(DIR).map((f) => f.replace(/\.json$/, ""));
    expect(files.sort()).toEqual([...Object.keys(EXPECTED), "several-problems"].sort());
  });

  for (const [file, line] of Object.entries(EXPECTED)) {
    it(`rejects ${file}.json, naming the file, the field, what was expected and what was found`, () => {
      const result = check(file);
      expect(result.release).toBeUndefined();
      expect(result.problems).toContain(`${DIR}/${file}.json: ${line}`);
    });
  }

  it("keeps the side-by-side pairs whole where the text is ours: a gap only in the institution's own texts", () => {
    const bothOfficial = minimalWith((r) => {
      r.provenance = {
        fr: { kind: "official", url: "https://www.nato.int/cps/fr/natohq/news_211740.htm" },
        en: { kind: "official", url: "https://www.nato.int/cps/fr/natohq/news_211740.htm" },
      };
      (r.body[1] as { text: Record<string, unknown> }).text.en = null;
    });
    expect(checkReleaseText("minimal.json", bothOfficial).problems).toEqual([]);
    const beyondTheOfficialText = minimalWith((r) => {
      (r.body[1] as { text: Record<string, unknown> }).text.fr = null;
    });
    expect(checkReleaseText("minimal.json", beyondTheOfficialText).problems).toEqual([
      "minimal.json: body[1].text.en: our translation has a passage the official fr text does not (body[1].text.fr is null)",
    ]);
    const digest = minimalWith((r) => {
      r.provenance = { fr: { kind: "digest" }, en: { kind: "digest" } };
      r.title = { fr: "Titre", en: null };
    });
    expect(checkReleaseText("minimal.json", digest).problems).toEqual([
      "minimal.json: title.en: missing, but the en text is our digest, which leaves no passage out: write it",
    ]);
  });

  it("refuses an image path that the page would refuse to show", () => {
    const text = minimalWith((r) => {
      r.body.push({ id: "photo", type: "image", src: "/images/../favicon.png", alt: { fr: "a", en: "a" }, caption: { fr: "c", en: "c" } });
    });
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      'minimal.json: body[2].src: expected a path under public/ such as /images/x.webp, found "/images/../favicon.png"',
    ]);
  });

  it("holds French text, and only French text, to French spacing: no plain space before : ; ! ? » or after «", () => {
    const text = minimalWith((r) => {
      r.title = { fr: "Défense : le point", en: "Defence: where things stand ; « quoted »" };
      r.summary = { fr: "« Bien\u00a0» dit-il\u202f!", en: { text: "Pourquoi ?", lang: "fr" } };
    });
    const advice = "French typography wants a no-break space (U+202F or U+00A0)";
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      `minimal.json: title.fr: a plain space before ":": ${advice}`,
      `minimal.json: summary.fr: a plain space after "«": ${advice}`,
      'minimal.json: summary.en.text: a plain space before "?": French typography wants a narrow no-break space (U+202F)',
    ]);
  });

  it("wants the narrow no-break space before ; ! ? in French, and no plain space inside a number or before %", () => {
    const text = minimalWith((r) => {
      r.title = { fr: "Deux objectifs\u00a0; un plan", en: "300 000 troops ; 5 % of GDP !" };
      r.summary = { fr: "Plus de 300 000 soldats prêts\u202f; en 2024 180 milliards", en: "Summary" };
      r.body[0] = {
        id: "lead",
        type: "paragraph",
        text: { fr: "Au moins 2 % du PIB, soit 40\u00a0000 soldats\u00a0!", en: "At least 2%" },
      };
    });
    const advice = "French typography wants a no-break space (U+202F or U+00A0)";
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      'minimal.json: title.fr: a no-break space U+00A0 before ";": French typography wants a narrow no-break space (U+202F)',
      `minimal.json: summary.fr: a plain space inside the number "300 000": ${advice}`,
      'minimal.json: body[0].text.fr: a no-break space U+00A0 before "!": French typography wants a narrow no-break space (U+202F)',
      `minimal.json: body[0].text.fr: a plain space before "%": ${advice}`,
    ]);
    const fixed = minimalWith((r) => {
      r.title = { fr: "Deux objectifs\u202f; un plan", en: "Two goals" };
      r.summary = { fr: "Plus de 300\u00a0000 soldats\u202f; 5\u202f% du PIB, 1\u202f000\u202f000 de drones", en: "Summary" };
    });
    expect(checkReleaseText("minimal.json", fixed).problems).toEqual([]);
  });

  it("refuses text made only of invisible characters, and bidi overrides anywhere, showing them as escapes", () => {
    const text = minimalWith((r) => {
      r.title = { fr: "\u200B\u200D\u00AD", en: "\u200E \u2060" };
      r.body[0] = { id: "lead", type: "paragraph", text: { fr: "Paragraphe \u202Eesreve\u202C.", en: "Isolated \u2067x\u2069." } };
    });
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      'minimal.json: title.fr: expected at least one visible character (invisible characters alone are not text), found "\\u200B\\u200D\\u00AD"',
      'minimal.json: title.en: expected at least one visible character (invisible characters alone are not text), found "\\u200E \\u2060"',
      'minimal.json: body[0].text.fr: expected text without bidi override characters (U+202A–U+202E, U+2066–U+2069): they can reverse how it reads, found "Paragraphe \\u202Eesreve\\u202C."',
      'minimal.json: body[0].text.en: expected text without bidi override characters (U+202A–U+202E, U+2066–U+2069): they can reverse how it reads, found "Isolated \\u2067x\\u2069."',
    ]);
  });

  it("refuses control characters and broken characters, which the page's HTML would not keep as written", () => {
    const text = minimalWith((r) => {
      r.title = { fr: "Titre\u0000", en: "Line\nbreak" };
      r.body[0] = { id: "lead", type: "paragraph", text: { fr: "Demi \uD83D caractère", en: "Tab\there" } };
    });
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      'minimal.json: title.fr: expected text without control characters (tab, line break…), found "Titre\\u0000"',
      'minimal.json: title.en: expected text without control characters (tab, line break…), found "Line\\nbreak"',
      'minimal.json: body[0].text.fr: expected text without a broken character (a lone surrogate), found "Demi \\ud83d caractère"',
      'minimal.json: body[0].text.en: expected text without control characters (tab, line break…), found "Tab\\there"',
    ]);
  });

  it("takes a source's publisher as one name for both languages or as each language's, French spacing held", () => {
    const source = { url: "https://www.nato.int/cps/fr/natohq/news_211740.htm", lang: "fr", thirdParty: false };
    const one = minimalWith((r) => {
      r.sources = [{ ...source, id: "nato", publisher: "Interfax-Ukraine" }];
    });
    expect(checkReleaseText("minimal.json", one).release?.sources[0]?.publisher).toEqual({
      fr: "Interfax-Ukraine",
      en: "Interfax-Ukraine",
    });
    const each = minimalWith((r) => {
      r.sources = [{ ...source, id: "nato", publisher: { fr: "OTAN", en: "NATO" } }];
    });
    expect(checkReleaseText("minimal.json", each).release?.sources[0]?.publisher).toEqual({ fr: "OTAN", en: "NATO" });
    const spaced = minimalWith((r) => {
      r.sources = [{ ...source, id: "nato", publisher: { fr: "OTAN : Bruxelles", en: "NATO" } }];
    });
    expect(checkReleaseText("minimal.json", spaced).problems).toEqual([
      'minimal.json: sources[0].publisher.fr: a plain space before ":": French typography wants a no-break space (U+202F or U+00A0)',
    ]);
    // A name in each language is named where it is wrong, not as a string expected.
    const half = minimalWith((r) => {
      r.sources = [{ ...source, id: "nato", publisher: { fr: "OTAN", en: null } }];
    });
    expect(checkReleaseText("minimal.json", half).problems).toEqual(["minimal.json: sources[0].publisher.en: expected string, found null"]);
  });

  it("holds every human-readable text to the same rules, the photo credit and source fields included", () => {
    const text = minimalWith((r) => {
      r.body.push({ id: "photo", type: "image", caption: { fr: "Vue", en: "View" }, credit: "<b>NATO</b>" });
      r.sources = [
        {
          id: "nato",
          url: "https://www.nato.int/cps/fr/natohq/news_211740.htm",
          publisher: "\u200B",
          lang: "fr",
          title: "",
          thirdParty: false,
        },
      ];
      r.officialTitles = [{ text: "&amp;", lang: "fr", source: "nato" }];
    });
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      'minimal.json: officialTitles[0].text: expected plain text without HTML markup or entities, found "&amp;"',
      'minimal.json: body[2].credit: expected plain text without HTML markup or entities, found "<b>NATO</b>"',
      'minimal.json: sources[0].publisher: expected at least one visible character (invisible characters alone are not text), found "\\u200B"',
      'minimal.json: sources[0].title: expected text (or null to mark a text missing in this language), found ""',
    ]);
  });

  it("names the limit a text or a list goes over, and by how much", () => {
    const text = minimalWith((r) => {
      r.title = { fr: "T".repeat(501), en: "😀".repeat(500) };
      r.body[0] = { id: "lead", type: "paragraph", text: { fr: "é".repeat(5001), en: "Paragraph." } };
      r.people = Array.from({ length: 201 }, (_, i) => ({
        id: i === 0 ? "jens-stoltenberg" : `p-${i}`,
        name: { fr: "N", en: "N" },
        role: { fr: "R", en: "R" },
      }));
      r.body[2] = { id: "photo", type: "image", caption: { fr: "c", en: "c" }, credit: "x".repeat(201) };
    });
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      "minimal.json: title.fr: 501 characters, at most 500",
      "minimal.json: body[0].text.fr: 5001 characters, at most 5000",
      "minimal.json: body[2].credit: 201 characters, at most 200",
      "minimal.json: people: 201 items, at most 200",
    ]);
  });

  it("reports every problem of a file at once, not only the first", () => {
    const { problems } = check("several-problems");
    expect(problems).toEqual(
      expect.arrayContaining([
        `${DIR}/several-problems.json: title.en: expected text (or null to mark a text missing in this language), found ""`,
        `${DIR}/several-problems.json: meetings[0].date: expected an existing calendar date YYYY-MM-DD, found "2023-13-01"`,
        `${DIR}/several-problems.json: sources[0].url: expected an absolute https:// URL, found "ftp://nato.int/x"`,
        `${DIR}/several-problems.json: decisions[0].meetingId: "m-3" is not a meeting of this release`,
      ]),
    );
  });

  it("reports the problems of every file of a folder in one run", () => {
    const { releases, problems } = checkReleaseDir(DIR);
    expect(releases).toEqual([]);
    for (const file of Object.keys(EXPECTED))
      expect(
        problems.some((p) => p.startsWith(`${DIR}/${file}.json: `)),
        file,
      ).toBe(true);
  });

  it("`npm run content:check` lists every problem, or says the content passed", () => {
    const bad = contentCheck(DIR);
    expect(bad.ok).toBe(false);
    expect(bad.lines[0]).toMatch(/^Release content has \d+ problems:$/);
    expect(bad.lines).toContain(`  ${DIR}/unknown-meeting.json: decisions[0].meetingId: "m-3" is not a meeting of this release`);
    expect(contentCheck("tests/fixtures/releases")).toEqual({ ok: true, lines: ["4 release files checked: no problems."] });
  });

  it("`npm run content:check` exits non-zero on bad content, naming the file and the field", () => {
    const bad = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", DIR], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${DIR}/unknown-meeting.json: decisions[0].meetingId: "m-3" is not a meeting of this release`);
  });
});

describe("the releases folder, as an editor leaves it", () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });

  /** A temporary folder holding `files` (a Buffer is written as bytes; a name ending in / is a folder). */
  function folder(files: Record<string, string | Buffer>): string {
    const dir = mkdtempSync(join(tmpdir(), "communique-check-"));
    dirs.push(dir);
    for (const [name, content] of Object.entries(files)) {
      if (name.endsWith("/")) mkdirSync(join(dir, name));
      else writeFileSync(join(dir, name), content);
    }
    return dir;
  }

  it("names every file it does not read: an error when it looks like a release, a warning otherwise", () => {
    const dir = folder({
      "minimal.json": MINIMAL,
      "minimal.JSON": MINIMAL,
      "minimal.json~": MINIMAL,
      "minimal.json.bak": MINIMAL,
      "minimal.orig": MINIMAL,
      "2023-02-15-draft.txt": "to do",
      ".DS_Store": "\0\0\0\x01Bud1",
      "notes.md": "# Notes",
      "README.md": "# How to add a release",
      "drafts/": "",
      ".minimal.json.swp": "b0VIM",
      ".#minimal.json": "",
      "#minimal.json#": MINIMAL,
      "minimal.json___jb_tmp___": MINIMAL,
    });
    const { releases, problems, warnings } = checkReleaseDir(dir, { root: dir });
    expect(releases.map((r) => r.id)).toEqual(["minimal"]);
    const unread = "looks like a release but is not read: a release file is named <id>.json, in lowercase (rename it, or move it out)";
    expect(problems).toEqual([
      `2023-02-15-draft.txt: ${unread}`,
      "drafts: a folder is not read: release files sit directly in ./ (move its files up, or the folder out)",
      `minimal.JSON: ${unread}`,
      `minimal.json.bak: ${unread}`,
      `minimal.json~: ${unread}`,
      `minimal.orig: ${unread}`,
    ]);
    const working = "a hidden or editor's working file; ignored";
    expect(warnings).toEqual([
      `#minimal.json#: ${working}`,
      `.#minimal.json: ${working}`,
      `.DS_Store: ${working}`,
      `.minimal.json.swp: ${working}`,
      `minimal.json___jb_tmp___: ${working}`,
      "notes.md: not a release file (only *.json files are read); ignored",
    ]);
  });

  it("needs the image an image block names, under public/", () => {
    const publicDir = folder({ "images/": "" });
    writeFileSync(join(publicDir, "images", "here.webp"), "");
    const image = (src: string) =>
      minimalWith((r) => {
        r.body.push({ id: "photo", type: "image", src, alt: { fr: "Vue", en: "View" }, caption: { fr: "Vue", en: "View" } });
      });
    expect(checkReleaseText("minimal.json", image("/images/here.webp"), { publicDir }).problems).toEqual([]);
    const { problems } = checkReleaseText("minimal.json", image("/images/gone.webp"), { publicDir });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(
      /^minimal\.json: body\[2\]\.src: "\/images\/gone\.webp" is not a file under public\/ \(looked for .*images\/gone\.webp\)$/,
    );
    // By default, the project's public/ folder.
    expect(checkReleaseText("minimal.json", image("/favicon.png")).problems).toEqual([]);
    expect(checkReleaseText("minimal.json", image("/images/gone.webp")).problems).toEqual([
      'minimal.json: body[2].src: "/images/gone.webp" is not a file under public/ (looked for public/images/gone.webp)',
    ]);
  });

  it("names a byte-order mark, and still checks the rest of the file", () => {
    const text = minimalWith((r) => {
      r.title = { fr: "", en: "Title" };
    });
    expect(checkReleaseText("minimal.json", `\uFEFF${text}`).problems).toEqual([
      "minimal.json: starts with a byte-order mark (BOM): save the file as UTF-8 without BOM",
      'minimal.json: title.fr: expected text (or null to mark a text missing in this language), found ""',
    ]);
  });

  it("gives the line and column where a file stops being JSON", () => {
    const cut = MINIMAL.slice(0, MINIMAL.indexOf('"Titre"') + 4);
    expect(checkReleaseText("minimal.json", cut).problems).toEqual([
      "minimal.json: line 14, column 15: not valid JSON: Unterminated string",
    ]);
    const quoted = MINIMAL.replace('"fr": "Titre"', `"fr": 'Titre'`);
    expect(checkReleaseText("minimal.json", quoted).problems).toEqual([
      "minimal.json: line 14, column 11: not valid JSON: Unexpected token '''",
    ]);
    expect(checkReleaseText("minimal.json", MINIMAL.slice(0, -3)).problems).toEqual([
      "minimal.json: line 101, column 4: not valid JSON: Expected ',' or '}' after property value",
    ]);
  });

  it("finds the place JSON.parse names, for any one-character slip in a file", () => {
    const slips = fc.record({
      at: fc.nat({ max: MINIMAL.length }),
      cut: fc.nat({ max: 3 }),
      add: fc.constantFrom("", ",", "}", "]", '"', "'", "x", "\\", "0", "-", "\u0001"),
    });
    fc.assert(
      fc.property(slips, ({ at, cut, add }) => {
        const text = MINIMAL.slice(0, at) + add + MINIMAL.slice(at + cut);
        let position = text.length;
        try {
          JSON.parse(text);
        } catch (error) {
          const m = / at position (\d+)/.exec((error as Error).message);
          if (!m) return; // this message names no position: nothing to compare
          position = Number(m[1]);
        }
        expect(syntaxErrorOffset(text)).toBe(position);
      }),
      { numRuns: 300 },
    );
  });

  it("refuses a file far larger than any release, naming its size and the limit", () => {
    const text = `${MINIMAL}${" ".repeat(MAX_FILE_BYTES)}`;
    expect(checkReleaseText("minimal.json", text).problems).toEqual([
      `minimal.json: ${Buffer.byteLength(text)} bytes, at most ${MAX_FILE_BYTES}: split the release or shorten it`,
    ]);
  });

  it("refuses a file that is not UTF-8", () => {
    const dir = folder({ "minimal.json": Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL, "utf16le")]) });
    expect(checkReleaseDir(dir, { root: dir }).problems).toEqual(["minimal.json: not UTF-8 text: save the file as UTF-8 without BOM"]);
  });

  it("reports a JSON typo in one file and an id clash between two others in the same run", () => {
    const dir = folder({ "a.json": '{ "id": "a",, }', "minimal.json": MINIMAL, "minimal-copy.json": MINIMAL });
    expect(checkReleaseDir(dir, { root: dir }).problems).toEqual([
      "a.json: line 1, column 13: not valid JSON: Expected double-quoted property name",
      'minimal-copy.json: id: "minimal" must match the file name (expected the file to be named minimal.json)',
      'minimal.json: id: "minimal" is already the id of minimal-copy.json',
    ]);
  });

  it("`npm run content:check` prints every problem once, then the warnings, with no stack trace, and exits non-zero", () => {
    const dir = folder({ "a.json": "{", "minimal.json": MINIMAL, "minimal-copy.json": MINIMAL, "notes.txt": "" });
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/content-check.ts", dir], { encoding: "utf8" });
    expect(run.status).toBe(1);
    const rel = (f: string) => relative(process.cwd(), join(dir, f));
    expect(run.stderr.trim().split("\n")).toEqual([
      "Release content has 3 problems:",
      `  ${rel("a.json")}: line 1, column 2: not valid JSON: Expected property name or '}'`,
      `  ${rel("minimal-copy.json")}: id: "minimal" must match the file name (expected the file to be named minimal.json)`,
      `  ${rel("minimal.json")}: id: "minimal" is already the id of ${rel("minimal-copy.json")}`,
      `  warning: ${rel("notes.txt")}: not a release file (only *.json files are read); ignored`,
    ]);
  });
});
