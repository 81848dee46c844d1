// The one schema of a release file. Types are inferred from it; the browser only imports the types,
// so zod stays in Node (the content plugin and `npm run content:check`).
import { z } from "zod";
import { isCalendarDay } from "../lib/days.ts";
import { isLocalImagePath } from "../lib/urls.ts";
import { DECISION_KINDS, isSlug, LANGS, MAX_SLUG_LENGTH, TOPICS } from "./vocabulary.ts";

const Lang = z.enum(LANGS);

const DATE_TIME = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):([0-5]\d)(?::([0-5]\d))?([+-](?:0\d|1[0-4]):[0-5]\d)$/;
// A tag-like run such as <b>, </p>, <img …>, <!-- or an entity such as &amp; / &#39;.
const HTML = /<\/?[a-z!][^>]*>|&(?:[a-z]+|#\d+|#x[0-9a-f]+);/i;

// A language Intl knows by name, so that the pages can name it in the reader's language ("en anglais", "in Romanian").
const namedLanguages = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
const LanguageTag = z
  .string()
  .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, { error: "expected a language tag such as fr, en or ro" })
  .refine((tag) => namedLanguages.of(tag.split("-")[0] ?? tag) !== undefined, { error: "expected a language tag of a known language" });

const Slug = z.string().refine(isSlug, {
  error: `expected a URL-safe slug (lowercase letters, digits, single hyphens, at most ${MAX_SLUG_LENGTH} characters)`,
});

// Characters that show nothing by themselves: spaces, controls, format characters (zero-width, bidi marks,
// soft hyphen, BOM), combining marks alone, Hangul and Braille fillers.
const INVISIBLE = /[\p{White_Space}\p{Cc}\p{Cf}\p{M}\u115F\u1160\u3164\uFFA0\u2800]/gu;
// Embeddings, overrides and isolates can reverse how a text is shown; nothing in our languages needs them.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;
// The page's HTML would not keep these as written: a browser drops or replaces NUL, CR and lone surrogates.
const CONTROL = /\p{Cc}/u;
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** Longest text of each kind, in characters: far above any real release, low enough to catch a pasting accident. */
export const MAX_CHARS = { name: 200, line: 500, summary: 2000, paragraph: 5000 } as const;

/** What is wrong with a human-readable text, if anything; `bare` messages need no "found …". */
function textProblem(s: string, max: number): { message: string; bare?: boolean } | undefined {
  if (s.trim().length === 0) return { message: "expected text (or null to mark a text missing in this language)" };
  if (CONTROL.test(s)) return { message: "expected text without control characters (tab, line break…)" };
  if (LONE_SURROGATE.test(s)) return { message: "expected text without a broken character (a lone surrogate)" };
  if (BIDI_CONTROL.test(s)) {
    return { message: "expected text without bidi override characters (U+202A–U+202E, U+2066–U+2069): they can reverse how it reads" };
  }
  if (s.replace(INVISIBLE, "").length === 0)
    return { message: "expected at least one visible character (invisible characters alone are not text)" };
  if (HTML.test(s)) return { message: "expected plain text without HTML markup or entities" };
  const length = [...s].length;
  if (length > max) return { message: `${length} characters, at most ${max}`, bare: true };
  return undefined;
}

/** The one type of every human-readable text: plain, visible, not too long. */
function plainText(max: number) {
  return z.string().superRefine((s, ctx) => {
    const problem = textProblem(s, max);
    if (problem) ctx.addIssue({ code: "custom", message: problem.message, params: { bare: problem.bare === true }, input: s });
  });
}

/** A calendar date, YYYY-MM-DD, that exists. */
export const CalendarDate = z.string().refine(isCalendarDay, { error: "expected an existing calendar date YYYY-MM-DD" });

function isDateTime(s: string): boolean {
  const m = DATE_TIME.exec(s);
  return m !== null && isCalendarDay(m[1] ?? "");
}

/** A calendar date, or an instant with its UTC offset such as 2023-02-15T17:21:00+01:00 (Brussels time). */
export const DateOrDateTime = z.string().refine((s) => isCalendarDay(s) || isDateTime(s), {
  error: "expected an existing calendar date YYYY-MM-DD, or a date-time with its offset such as 2023-02-15T17:21:00+01:00",
});

const HttpsUrl = z.string().refine(
  (s) => {
    try {
      const u = new URL(s);
      return u.protocol === "https:" && u.hostname.includes(".");
    } catch {
      return false;
    }
  },
  { error: "expected an absolute https:// URL" },
);

/** A text in one language; `{ text, lang }` marks a fragment written in another language than its slot. */
function text(max: number) {
  return z.union([plainText(max), z.strictObject({ text: plainText(max), lang: Lang })]);
}
export type Text = z.infer<ReturnType<typeof text>>;

/** A text in both languages; `null` marks a text that does not exist in that language (the reader is told). */
function localised(max: number) {
  return z
    .strictObject({
      fr: text(max).nullable(),
      en: text(max).nullable(),
    })
    .refine((t) => t.fr !== null || t.en !== null, { error: "expected a text in at least one language" });
}
export type Localised = z.infer<ReturnType<typeof localised>>;

/** Longest lists: far above any real release. */
export const MAX_ITEMS = { blocks: 300, meetings: 50, decisions: 300, people: 200, sources: 200, officialTitles: 20, ids: 100 } as const;

/** A list of at most `max` items. */
function list<T extends z.ZodType>(item: T, max: number) {
  return z.array(item).max(max);
}

const ParagraphBlock = z.strictObject({
  /** Stable id shared by both languages: the `#fragment` of the paragraph. */
  id: Slug,
  type: z.literal("paragraph"),
  /** The paragraph text. */
  text: localised(MAX_CHARS.paragraph),
  /** Ids of the release's sources this paragraph rests on (digests). */
  sources: list(Slug, MAX_ITEMS.ids).optional(),
});

const QuoteBlock = z.strictObject({
  /** Stable id shared by both languages. */
  id: Slug,
  type: z.literal("quote"),
  /** The quoted sentence as published, quotation marks and attribution included. */
  text: localised(MAX_CHARS.paragraph),
  /** Person id of the speaker. */
  speaker: Slug,
});

const ImageBlock = z.strictObject({
  /** Stable id shared by both languages. */
  id: Slug,
  type: z.literal("image"),
  /** Path of the image under public/, or absent when the photo is not reproduced here. */
  src: z.string().refine(isLocalImagePath, { error: "expected a path under public/ such as /images/x.webp" }).optional(),
  /** Text alternative of the image; required with src. */
  alt: localised(MAX_CHARS.line).optional(),
  /** Caption as published. */
  caption: localised(MAX_CHARS.line),
  /** Who holds the rights. */
  credit: plainText(MAX_CHARS.name).optional(),
});

/** A body block: paragraph, quote or image. */
export const Block = z.discriminatedUnion("type", [ParagraphBlock, QuoteBlock, ImageBlock]);
export type Block = z.infer<typeof Block>;

/** A meeting covered by the release. */
export const Meeting = z.strictObject({
  /** Stable id, unique in the release. */
  id: Slug,
  /** The day of a one-day meeting. */
  date: CalendarDate.optional(),
  /** First day of a meeting spanning several days. */
  start: CalendarDate.optional(),
  /** Last day of a meeting spanning several days. */
  end: CalendarDate.optional(),
  /** Where it took place. */
  place: localised(MAX_CHARS.name),
  /** What it was, in our words (not an official title). */
  title: localised(MAX_CHARS.line),
  /** Person id of the chair. */
  chair: Slug.optional(),
  /** Person ids of those named as taking part. */
  participants: list(Slug, MAX_ITEMS.people),
  /** What happened there. */
  summary: localised(MAX_CHARS.summary),
  /** Ids of the release's sources for this meeting (digests). */
  sources: list(Slug, MAX_ITEMS.ids).optional(),
});
export type Meeting = z.infer<typeof Meeting>;

/** An outcome of a meeting. */
export const Decision = z.strictObject({
  /** Stable id, unique in the release. */
  id: Slug,
  /** The meeting it was taken at. */
  meetingId: Slug,
  /** The day it was taken or announced, when the sources give it; without it, the outcome is dated by its meeting's days. */
  date: CalendarDate.optional(),
  /** What kind of outcome it is. */
  kind: z.enum(DECISION_KINDS),
  /** What it is about. */
  topic: z.enum(TOPICS),
  /** The outcome in one sentence. */
  text: localised(MAX_CHARS.summary),
  /** Ids of the body blocks it comes from. */
  blocks: list(Slug, MAX_ITEMS.ids).min(1, { error: "expected at least one body block id" }),
  /** Ids of the release's sources for it (digests). */
  sources: list(Slug, MAX_ITEMS.ids).optional(),
});
export type Decision = z.infer<typeof Decision>;

/** Someone named in the release. */
export const Person = z.strictObject({
  /** Stable id, unique in the release. */
  id: Slug,
  /** Name as written in each language. */
  name: localised(MAX_CHARS.name),
  /** Role at the time of the release. */
  role: localised(MAX_CHARS.line),
});
export type Person = z.infer<typeof Person>;

/** Where the release's facts come from. */
export const Source = z.strictObject({
  /** Stable id, unique in the release. */
  id: Slug,
  /** Address of the page. */
  url: HttpsUrl,
  /** Who published the page: a name written the same in both languages ("Interfax-Ukraine"), or each language's (`{ "fr": "OTAN", "en": "NATO" }`). */
  publisher: z
    .union([plainText(MAX_CHARS.name), z.strictObject({ fr: text(MAX_CHARS.name), en: text(MAX_CHARS.name) })])
    .transform((name): Localised => (typeof name === "string" ? { fr: name, en: name } : name)),
  /** Language of the page, a BCP 47 tag such as fr, en or ro. */
  lang: LanguageTag,
  /** Title of the page, quoted exactly as published, when it is known. */
  title: plainText(MAX_CHARS.line).optional(),
  /** True for a page not published by the institution (news agency, think tank, republisher). */
  thirdParty: z.boolean(),
});
export type Source = z.infer<typeof Source>;
/** What a link to a source needs: the page, its publisher, and its title and language to tell apart two pages of one publisher. */
export type SourceRef = Pick<Source, "publisher" | "url" | "thirdParty" | "title" | "lang">;

/** Who wrote the text in one language. */
export const Provenance = z.discriminatedUnion("kind", [
  z.strictObject({
    kind: z.literal("official"),
    /** Address of the institution's own page in this language. */
    url: HttpsUrl,
  }),
  z.strictObject({
    kind: z.literal("translation"),
    /** The language of the official text we translated. */
    from: Lang,
  }),
  z.strictObject({ kind: z.literal("digest") }),
]);
export type Provenance = z.infer<typeof Provenance>;

/** An official title of the release's subject, quoted exactly from its source. */
export const OfficialTitle = z.strictObject({
  /** The title as published. */
  text: plainText(MAX_CHARS.line),
  /** Its language. */
  lang: Lang,
  /** Id of the source that carries it. */
  source: Slug,
});

/** One release: a press release or our digest of a meeting. */
export const Release = z.strictObject({
  /** Stable slug, used in the URL. */
  id: Slug,
  /** First publication: a date, or a date-time with offset when the time is known. */
  publishedAt: DateOrDateTime,
  /** Last update, a date-time with offset (Brussels time). */
  updatedAt: DateOrDateTime,
  /** Who published this text: the institution for its own releases, Communiqué for our digests. */
  publisher: localised(MAX_CHARS.name),
  /** The institution whose meetings it covers (NATO). */
  institution: localised(MAX_CHARS.name),
  /** Headline: the institution's for an official text, ours for a digest (see officialTitles). */
  title: localised(MAX_CHARS.line),
  /** Standfirst shown in lists; the first paragraph stands in when absent. */
  summary: localised(MAX_CHARS.summary).optional(),
  /** Official titles, where the institution published them (digests). */
  officialTitles: list(OfficialTitle, MAX_ITEMS.officialTitles).optional(),
  /** The article, in order. */
  body: list(Block, MAX_ITEMS.blocks).min(1, { error: "expected at least one body block" }),
  /** Meetings the release covers. */
  meetings: list(Meeting, MAX_ITEMS.meetings).min(1, { error: "expected at least one meeting" }),
  /** Outcomes of those meetings. */
  decisions: list(Decision, MAX_ITEMS.decisions),
  /** People named. */
  people: list(Person, MAX_ITEMS.people),
  /** Pages the text comes from. */
  sources: list(Source, MAX_ITEMS.sources).min(1, { error: "expected at least one source" }),
  /** Who wrote each language's text. */
  provenance: z.strictObject({ fr: Provenance, en: Provenance }),
});
export type Release = z.infer<typeof Release>;
