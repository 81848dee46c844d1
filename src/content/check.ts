// Validation of release files, run in Node by the content plugin (build, dev) and `npm run content:check`.
// It reports every problem of a run, one line each: `file: json.path: what was expected, what was found`.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, join, relative, resolve } from "node:path";
import type { z } from "zod";
import { isCalendarDay } from "../lib/days.ts";
import { isLocalImagePath } from "../lib/urls.ts";
import { pickLocalised } from "./citation.ts";
import { type Localised, Release } from "./schema.ts";
import { LANGS } from "./vocabulary.ts";

/** The releases that passed, the problems that fail the run, and warnings that do not. */
export type Checked = { releases: Release[]; problems: string[]; warnings: string[] };

/** Where the images named by `src` are (the project's `public/` unless told), and what file names are relative to. */
export type CheckOptions = { root?: string; publicDir?: string };

// A meeting more than this far from the release's publication is almost certainly a typo in a date.
// A digest is written after the fact, so it may come years later, never long before.
const WINDOW_BEFORE_DAYS = 120;
const DIGEST_WINDOW_BEFORE_DAYS = 3650;
const WINDOW_AFTER_DAYS = 31;
const RESERVED_BLOCK_PREFIX = /^(?:meeting|decision|person|source)-/;
/** Largest release file: far above any real release, low enough to catch a pasting accident. */
export const MAX_FILE_BYTES = 1_000_000;
/** Files an editor may keep beside the releases without a word. */
const QUIET_FILES = new Set(["README.md"]);
// Hidden files and an editor's working files (vim's .x.json.swp, emacs's .#x.json and #x.json#, JetBrains'
// x.json___jb_tmp___): there only while a file is open, never a release.
const WORKING_FILE = /^[.#]|___jb_(?:tmp|old)___$/;
// A name or a start that says "release": a backup copy, another case, a date-named file.
const RELEASE_LIKE_NAME = /\.json|^\d{4}-\d{2}-\d{2}/i;

/** Checks every `*.json` in `dir`, and names any other file or folder there. */
export function checkReleaseDir(dir: string, options: CheckOptions = {}): Checked {
  const root = options.root ?? process.cwd();
  const publicDir = options.publicDir ?? resolve(root, "public");
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const releases: Release[] = [];
  const problems: string[] = [];
  const warnings: string[] = [];
  const seen = new Map<string, string>();
  let files = 0;
  for (const entry of entries) {
    const path = join(dir, entry.name);
    const name = relative(root, path);
    if (entry.isDirectory()) {
      problems.push(
        `${name}: a folder is not read: release files sit directly in ${relative(root, dir) || "."}/ (move its files up, or the folder out)`,
      );
      continue;
    }
    if (WORKING_FILE.test(entry.name)) {
      warnings.push(`${name}: a hidden or editor's working file; ignored`);
      continue;
    }
    if (!entry.name.endsWith(".json")) {
      if (QUIET_FILES.has(entry.name)) continue;
      if (RELEASE_LIKE_NAME.test(entry.name) || startsLikeJson(path)) {
        problems.push(
          `${name}: looks like a release but is not read: a release file is named <id>.json, in lowercase (rename it, or move it out)`,
        );
      } else {
        warnings.push(`${name}: not a release file (only *.json files are read); ignored`);
      }
      continue;
    }
    files++;
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(readFileSync(path));
    } catch {
      problems.push(`${name}: not UTF-8 text: save the file as UTF-8 without BOM`);
      continue;
    }
    const result = checkReleaseText(name, text, { publicDir });
    problems.push(...result.problems);
    if (result.id !== undefined) {
      const other = seen.get(result.id);
      if (other) problems.push(`${name}: id: "${result.id}" is already the id of ${other}`);
      else seen.set(result.id, name);
    }
    if (result.release) releases.push(result.release);
  }
  if (files === 0) problems.push(`${relative(root, dir) || "."}: no release files (*.json) found`);
  return { releases, problems, warnings };
}

function startsLikeJson(path: string): boolean {
  try {
    return /^\uFEFF?\s*[{[]/.test(readFileSync(path).subarray(0, 64).toString("utf8"));
  } catch {
    return false;
  }
}

/**
 * Parses and checks one release file's text; `release` is set only when there is no problem, `id` whenever
 * the file names one (so that a clash is reported even in a file with other problems).
 */
export function checkReleaseText(
  name: string,
  text: string,
  options: Pick<CheckOptions, "publicDir"> = {},
): { release?: Release; id?: string; problems: string[] } {
  const publicDir = options.publicDir ?? resolve("public");
  const bytes = Buffer.byteLength(text);
  if (bytes > MAX_FILE_BYTES) return { problems: [`${name}: ${bytes} bytes, at most ${MAX_FILE_BYTES}: split the release or shorten it`] };
  const problems: string[] = [];
  if (text.startsWith("\uFEFF")) {
    problems.push(`${name}: starts with a byte-order mark (BOM): save the file as UTF-8 without BOM`);
    text = text.slice(1);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const { line, column } = lineAndColumn(text, syntaxErrorOffset(text));
    return { problems: [...problems, `${name}: line ${line}, column ${column}: not valid JSON: ${jsonReason(error as Error)}`] };
  }
  const id = json && typeof json === "object" && "id" in json && typeof json.id === "string" ? json.id : undefined;
  const parsed = Release.safeParse(json, { reportInput: true });
  if (!parsed.success) {
    problems.push(...parsed.error.issues.flatMap(objectForm).map((issue) => `${name}: ${formatPath(issue.path)}: ${describeIssue(issue)}`));
    // Report the reference and date problems too, as far as the file can be read, so one run shows everything.
    try {
      const seen = new Set(parsed.error.issues.map((issue) => formatPath(issue.path)));
      for (const p of crossCheck(json as Release, publicDir)) if (!seen.has(p.slice(0, p.indexOf(": ")))) problems.push(`${name}: ${p}`);
    } catch {
      // the file is too broken for the cross-reference rules; the schema problems above say why
    }
    return { id, problems };
  }
  const expected = `${parsed.data.id}.json`;
  if (basename(name) !== expected) {
    problems.push(`${name}: id: "${parsed.data.id}" must match the file name (expected the file to be named ${expected})`);
  }
  problems.push(...crossCheck(parsed.data, publicDir).map((p) => `${name}: ${p}`));
  return problems.length ? { id, problems } : { release: parsed.data, id, problems };
}

/** JSON.parse's reason without its position (given as line:column instead) or its quote of the file. */
function jsonReason(error: Error): string {
  return error.message.replace(/ in JSON at position \d+.*$/s, "").replace(/, (?:\.\.\.)?".*is not valid JSON$/s, "");
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

/** Where JSON's grammar breaks in `text`: the offset of the first character that cannot be read. */
export function syntaxErrorOffset(text: string): number {
  let i = 0;
  const space = () => {
    while (i < text.length && " \t\n\r".includes(text.charAt(i))) i++;
  };
  const word = (w: string) => {
    for (const c of w) {
      if (text.charAt(i) !== c) return false;
      i++;
    }
    return true;
  };
  const digits = () => {
    const start = i;
    while (text.charAt(i) >= "0" && text.charAt(i) <= "9") i++;
    return i > start;
  };
  const number = () => {
    if (text.charAt(i) === "-") i++;
    if (text.charAt(i) === "0") i++;
    else if (!digits()) return false;
    if (text.charAt(i) === ".") {
      i++;
      if (!digits()) return false;
    }
    if (text.charAt(i) === "e" || text.charAt(i) === "E") {
      i++;
      if (text.charAt(i) === "+" || text.charAt(i) === "-") i++;
      if (!digits()) return false;
    }
    return true;
  };
  const string = () => {
    i++;
    while (i < text.length) {
      const c = text.charAt(i);
      if (c === '"') {
        i++;
        return true;
      }
      if (c < " ") return false;
      if (c === "\\") {
        i++;
        if (text.charAt(i) === "u") {
          for (let k = 0; k < 4; k++) {
            i++;
            if (!/[0-9a-f]/i.test(text.charAt(i))) return false;
          }
        } else if (i >= text.length || !'"\\/bfnrt'.includes(text.charAt(i))) return false;
      }
      i++;
    }
    return false;
  };
  const container = (close: string, object: boolean): boolean => {
    i++;
    space();
    if (text.charAt(i) === close) {
      i++;
      return true;
    }
    for (;;) {
      if (object) {
        space();
        if (text.charAt(i) !== '"' || !string()) return false;
        space();
        if (text.charAt(i) !== ":") return false;
        i++;
      }
      if (!value()) return false;
      space();
      if (text.charAt(i) === ",") i++;
      else if (text.charAt(i) === close) {
        i++;
        return true;
      } else return false;
    }
  };
  const value = (): boolean => {
    space();
    const c = text.charAt(i);
    if (c === "{") return container("}", true);
    if (c === "[") return container("]", false);
    if (c === '"') return string();
    if (c === "t") return word("true");
    if (c === "f") return word("false");
    if (c === "n") return word("null");
    return (c === "-" || (c >= "0" && c <= "9")) && number();
  };
  if (value()) space();
  return i;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function formatPath(path: PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || "(top level)";
}

function found(input: unknown): string {
  if (input === undefined) return "nothing";
  // Invisible and bidi characters are shown as escapes, so that the message itself reads as written.
  const text = JSON.stringify(input).replace(
    /[\p{Cf}\u0080-\u009f]/gu,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`,
  );
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** A text or a name written as an object that failed: the object form's own problems, at their paths (`publisher.en: missing`). */
function objectForm(issue: z.core.$ZodIssue): z.core.$ZodIssue[] {
  if (issue.code !== "invalid_union" || issue.discriminator || typeof issue.input !== "object" || issue.input === null) return [issue];
  const form = issue.errors.find((issues) => !issues.every((i) => i.code === "invalid_type" && i.path.length === 0));
  return form ? form.flatMap((i) => objectForm({ ...i, path: [...issue.path, ...i.path] } as z.core.$ZodIssue)) : [issue];
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined ? `missing: expected ${issue.expected}` : `expected ${issue.expected}, found ${found(issue.input)}`;
    case "unrecognized_keys":
      return `unexpected field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
    case "invalid_value":
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${found(issue.input)}`;
    case "invalid_union": {
      if (issue.discriminator) {
        const options = "options" in issue && issue.options ? issue.options.map((o) => JSON.stringify(o)).join(", ") : "";
        const input = issue.input as Record<string, unknown> | undefined;
        return `expected "${issue.discriminator}" to be one of ${options}, found ${found(input?.[issue.discriminator])}`;
      }
      // Strings and {text, lang} both failed: report what the string form expected.
      const first = issue.errors[0]?.[0];
      return first ? describeIssue({ ...first, input: issue.input } as z.core.$ZodIssue) : `unexpected value ${found(issue.input)}`;
    }
    case "custom":
      return issue.params?.bare ? issue.message : `${issue.message}, found ${found(issue.input)}`;
    case "too_big":
      return Array.isArray(issue.input) ? `${issue.input.length} items, at most ${issue.maximum}` : issue.message;
    case "too_small":
      return `${issue.message}, found ${Array.isArray(issue.input) ? `${issue.input.length} item(s)` : found(issue.input)}`;
    default:
      return `${issue.message.replace(/^Invalid input: /, "")}, found ${found(issue.input)}`;
  }
}

/** Rules that need the whole release: references, uniqueness, dates. */
function crossCheck(r: Release, publicDir: string): string[] {
  const problems: string[] = [];
  const unique = (kind: string, items: { id: string }[]) => {
    const ids = new Set<string>();
    items.forEach((item, i) => {
      if (ids.has(item.id)) problems.push(`${kind}[${i}].id: "${item.id}" is used twice in ${kind}`);
      ids.add(item.id);
    });
    return ids;
  };
  const blocks = unique("body", r.body);
  const meetings = unique("meetings", r.meetings);
  unique("decisions", r.decisions);
  const people = unique("people", r.people);
  const sources = unique("sources", r.sources);

  const ref = (path: string, id: string, ids: Set<string>, what: string) => {
    if (!ids.has(id)) problems.push(`${path}: "${id}" is not ${what} of this release`);
  };

  const refs = (path: string, ids: string[] | undefined, known: Set<string>, what: string) => {
    for (const [j, id] of (ids ?? []).entries()) ref(`${path}[${j}]`, id, known, what);
  };

  const published = dayOf(r.publishedAt);
  r.body.forEach((b, i) => {
    if (RESERVED_BLOCK_PREFIX.test(b.id))
      problems.push(`body[${i}].id: "${b.id}" starts with a reserved prefix (meeting-, decision-, person-, source-)`);
    if (b.type === "quote") ref(`body[${i}].speaker`, b.speaker, people, "a person");
    if (b.type === "image" && b.src && !b.alt) problems.push(`body[${i}].alt: missing: an image with src needs a text alternative`);
    if (b.type === "image" && b.src && isLocalImagePath(b.src) && !isFile(join(publicDir, b.src))) {
      problems.push(
        `body[${i}].src: "${b.src}" is not a file under public/ (looked for ${relative(process.cwd(), join(publicDir, b.src))})`,
      );
    }
    if (b.type === "paragraph") refs(`body[${i}].sources`, b.sources, sources, "a source");
    forEachText(b, `body[${i}]`, problems);
  });

  const digest = r.provenance?.fr?.kind === "digest" && r.provenance?.en?.kind === "digest";
  const before = digest ? DIGEST_WINDOW_BEFORE_DAYS : WINDOW_BEFORE_DAYS;
  const meetingDays = new Map<string, [string, string]>();
  r.meetings.forEach((m, i) => {
    const p = `meetings[${i}]`;
    const days = meetingSpan(m, p, problems);
    if (days) {
      meetingDays.set(m.id, days);
      const [start, end] = days;
      if (daysBetween(end, published) > before || daysBetween(published, start) > WINDOW_AFTER_DAYS) {
        problems.push(
          `${p}: meeting on ${start === end ? start : `${start}–${end}`} is implausibly far from the release's publication (${published}); expected within ${before} days before or ${WINDOW_AFTER_DAYS} after`,
        );
      }
    }
    if (m.chair) ref(`${p}.chair`, m.chair, people, "a person");
    refs(`${p}.participants`, m.participants, people, "a person");
    refs(`${p}.sources`, m.sources, sources, "a source");
    forEachText(m, p, problems);
  });

  r.decisions.forEach((d, i) => {
    const p = `decisions[${i}]`;
    ref(`${p}.meetingId`, d.meetingId, meetings, "a meeting");
    refs(`${p}.blocks`, d.blocks, blocks, "a body block");
    refs(`${p}.sources`, d.sources, sources, "a source");
    const days = meetingDays.get(d.meetingId);
    if (days && d.date !== undefined && (d.date < days[0] || d.date > days[1])) {
      problems.push(`${p}.date: "${d.date}" is outside its meeting's days (${days[0]}${days[0] === days[1] ? "" : `–${days[1]}`})`);
    }
    forEachText(d, p, problems);
  });

  for (const [i, person] of r.people.entries()) forEachText(person, `people[${i}]`, problems);
  for (const [i, source] of r.sources.entries()) forEachText(source, `sources[${i}]`, problems, ["publisher"]);
  for (const [i, title] of (r.officialTitles ?? []).entries()) ref(`officialTitles[${i}].source`, title.source, sources, "a source");
  forEachText(r, "", problems, ["title", "summary", "publisher"]);

  if (compareInstants(r.updatedAt, r.publishedAt) < 0) {
    problems.push(`updatedAt: "${r.updatedAt}" is before publishedAt "${r.publishedAt}"`);
  }
  for (const lang of LANGS) {
    const prov = r.provenance[lang];
    if (prov.kind === "official" && !r.sources.some((s) => s.url === prov.url)) {
      problems.push(`provenance.${lang}.url: "${prov.url}" is not listed in sources`);
    }
    if (prov.kind === "translation" && prov.from === lang) {
      problems.push(`provenance.${lang}.from: a translation cannot be from its own language`);
    }
  }
  for (const [path, text] of frenchTexts(r, "")) problems.push(...frenchTypography(path, text));
  problems.push(...thirdPartyAttribution(r));
  problems.push(...completePairs(r));
  return problems;
}

/**
 * The side-by-side view pairs every body block, and the title, across the two languages. Only the
 * institution's own texts may differ in what they hold (a passage it published in one language only);
 * our translation and our digests are whole, and a translation holds only what its official text holds.
 */
function completePairs(r: Release): string[] {
  const problems: string[] = [];
  const texts: [string, Localised][] = [
    ["title", r.title],
    ...r.body.map((b, i): [string, Localised] => [
      `body[${i}].${b.type === "image" ? "caption" : "text"}`,
      b.type === "image" ? b.caption : b.text,
    ]),
  ];
  for (const lang of LANGS) {
    const prov = r.provenance[lang];
    if (prov.kind === "official") continue;
    const ours = prov.kind === "translation" ? "our translation" : "our digest";
    for (const [path, text] of texts) {
      if (text[lang] === null) {
        problems.push(`${path}.${lang}: missing, but the ${lang} text is ${ours}, which leaves no passage out: write it`);
      } else if (prov.kind === "translation" && text[prov.from] === null) {
        problems.push(
          `${path}.${lang}: our translation has a passage the official ${prov.from} text does not (${path}.${prov.from} is null)`,
        );
      }
    }
  }
  return problems;
}

// What says, in the text itself, that a third party is speaking: « Selon … », « d’après … », "According to …", "… reported".
const ATTRIBUTION: Record<string, RegExp> = {
  fr: /(?<!\p{L})(?:selon|d[’']après)(?!\p{L})/iu,
  en: /\baccording to\b|\breport(?:s|ed)\b/i,
};

/** A paragraph, meeting or decision whose sources are all third parties says so in each language's text. */
function thirdPartyAttribution(r: Release): string[] {
  const problems: string[] = [];
  const thirdParty = new Map(r.sources.map((s) => [s.id, s] as const));
  const check = (path: string, field: string, text: Localised, ids: string[] | undefined) => {
    const sources = (ids ?? []).map((id) => thirdParty.get(id));
    if (sources.length === 0 || !sources.every((s) => s?.thirdParty)) return;
    const names = sources.map((s) => (s ? pickLocalised(s.publisher, "en").text : "")).join(", ");
    for (const lang of LANGS) {
      const value = text[lang];
      const s = typeof value === "string" ? value : value?.text;
      if (s === undefined || ATTRIBUTION[lang]?.test(s)) continue;
      problems.push(
        `${path}.${field}.${lang}: every source of it is a third party (${names}): say so in the text (${lang === "fr" ? "« Selon … »" : "“According to …”"})`,
      );
    }
  };
  r.body.forEach((b, i) => {
    if (b.type === "paragraph") check(`body[${i}]`, "text", b.text, b.sources);
  });
  r.meetings.forEach((m, i) => {
    check(`meetings[${i}]`, "summary", m.summary, m.sources);
  });
  r.decisions.forEach((d, i) => {
    check(`decisions[${i}]`, "text", d.text, d.sources);
  });
  return problems;
}

/** Every French text of a value, with its JSON path: the fr slot of a text in two languages, a fragment marked fr, a source's title in French. */
function* frenchTexts(value: unknown, path: string, lang?: string): Generator<[string, string]> {
  const at = (key: string | number) => (typeof key === "number" ? `${path}[${key}]` : path ? `${path}.${key}` : key);
  if (typeof value === "string") {
    if (lang === "fr") yield [path, value];
    return;
  }
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* frenchTexts(item, at(i), lang);
    return;
  }
  if (!value || typeof value !== "object") return;
  const record = value as Record<string, unknown>;
  const own = typeof record.lang === "string" ? record.lang : undefined;
  for (const [key, item] of Object.entries(record)) {
    if (key === "fr" || key === "en") yield* frenchTexts(item, at(key), "fr" in record && "en" in record ? key : lang);
    else if (key === "text" || key === "title") yield* frenchTexts(item, at(key), own ?? lang);
    else if (typeof item === "object") yield* frenchTexts(item, at(key), lang);
  }
}

// French sets « : ; ! ? » and the inside of « » apart with a no-break space, never a plain one that a line may break at:
// the narrow one (U+202F) before ; ! ?. A number's digit groups (« 300 000 ») and a percentage (« 5 % ») hold together too.
const PLAIN_SPACE_BEFORE = / ([:»])/;
const SPACE_BEFORE_MARK = /([ \u00a0])([;!?])/;
const PLAIN_SPACE_AFTER = /« /;
const PLAIN_SPACE_IN_NUMBER = /(?<!\d)\d{1,3}(?: \d{3})+(?!\d)/;
const PLAIN_SPACE_BEFORE_PERCENT = / %/;

/** The French spacing rules, one line per rule broken: used for the release files and for the interface's French strings. */
export function frenchTypography(path: string, text: string): string[] {
  const problems: string[] = [];
  const advice = "French typography wants a no-break space (U+202F or U+00A0)";
  const before = PLAIN_SPACE_BEFORE.exec(text);
  if (before) problems.push(`${path}: a plain space before "${before[1]}": ${advice}`);
  const mark = SPACE_BEFORE_MARK.exec(text);
  if (mark) {
    const space = mark[1] === " " ? "a plain space" : "a no-break space U+00A0";
    problems.push(`${path}: ${space} before "${mark[2]}": French typography wants a narrow no-break space (U+202F)`);
  }
  if (PLAIN_SPACE_AFTER.test(text)) problems.push(`${path}: a plain space after "«": ${advice}`);
  const number = PLAIN_SPACE_IN_NUMBER.exec(text);
  if (number) problems.push(`${path}: a plain space inside the number "${number[0]}": ${advice}`);
  if (PLAIN_SPACE_BEFORE_PERCENT.test(text)) problems.push(`${path}: a plain space before "%": ${advice}`);
  return problems;
}

function meetingSpan(m: Release["meetings"][number], p: string, problems: string[]): [string, string] | undefined {
  // A date the schema already rejected says nothing about the span.
  if ([m.date, m.start, m.end].some((d) => d !== undefined && !isCalendarDay(d))) return undefined;
  if (m.date && !m.start && !m.end) return [m.date, m.date];
  if (!m.date && m.start && m.end) {
    if (m.end <= m.start) {
      problems.push(`${p}.end: "${m.end}" is not after start "${m.start}" (use date for a one-day meeting)`);
      return undefined;
    }
    return [m.start, m.end];
  }
  problems.push(
    `${p}: expected either date, or start and end, found ${["date", "start", "end"].filter((k) => k in m).join(", ") || "none"}`,
  );
  return undefined;
}

// A localised text whose slot holds a fragment marked as the slot's own language is a slip worth naming.
function forEachText(obj: object, p: string, problems: string[], keys?: string[]) {
  for (const [key, value] of Object.entries(obj)) {
    if (keys && !keys.includes(key)) continue;
    if (value && typeof value === "object" && "fr" in value && "en" in value) {
      const t = value as Localised;
      for (const lang of LANGS) {
        const v = t[lang];
        if (v && typeof v === "object" && v.lang === lang) {
          problems.push(`${p ? `${p}.` : ""}${key}.${lang}.lang: "${lang}" repeats the slot's language; write the text as a plain string`);
        }
      }
    }
  }
}

function dayOf(value: string): string {
  return value.slice(0, 10);
}

function daysBetween(a: string, b: string): number {
  if (!isCalendarDay(a) || !isCalendarDay(b)) return 0;
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

// A calendar date compares by day; two date-times compare as instants.
function compareInstants(a: string, b: string): number {
  if (a.length === 10 || b.length === 10) return dayOf(a).localeCompare(dayOf(b));
  return Date.parse(a) - Date.parse(b);
}
