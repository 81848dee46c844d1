import { type LoaderFunctionArgs, redirect } from "react-router";
import { isLang, LANGS, type Lang } from "../content/vocabulary.ts";
import { i18n, loadLocale } from "../i18n/index.ts";
import { langOfTag, preferredLang } from "../lib/lang.ts";
import { appPath, canonicalPath } from "../lib/paths.ts";

// Looks like a language tag: "de", "DE", "fr-CA", "en_GB".
const LANGUAGE_TAG = /^[a-z]{2}(?:[-_][a-z0-9]{2,8})*$/i;

/** `/`: the saved choice, else the browser's languages. Prerendered, it is a page linking both languages. */
export async function rootLoader() {
  if (typeof document !== "undefined") return redirect(`/${preferredLang()}/`);
  await Promise.all(LANGS.map((lang) => loadLocale(lang)));
  return null;
}

/**
 * Where a path under the app's base must go, or null when its first segment is a supported language:
 * another language tag (`/de/…`, `/FR/…`) is replaced by the best supported one; a path with no language
 * (`/releases/…`) gets the reader's language in front. The reader's language is asked only then. Pure,
 * so that any URL can be tried against it.
 */
export function languageRedirect(appPath: string, search: string, preferred: () => Lang): string | null {
  const segment = appPath.split("/")[1] ?? "";
  if (isLang(segment)) return null;
  if (LANGUAGE_TAG.test(segment)) {
    const rest = appPath.slice(segment.length + 1);
    return `/${langOfTag(segment) ?? preferred()}${rest || "/"}${search}`;
  }
  return `/${preferred()}${appPath.startsWith("/") ? appPath : `/${appPath}`}${search}`;
}

/**
 * Where a path in the app ends up, or null when it is already there: another spelling made canonical (see
 * canonicalPath), a language put in front (see languageRedirect), until neither applies.
 */
export function settledPath(path: string): string | null {
  let settling = path;
  for (let step = 0; step < 4; step++) {
    const next = canonicalPath(settling) ?? languageRedirect(settling, "", preferredLang);
    if (next === null) break;
    settling = next;
  }
  return settling === path ? null : settling;
}

/**
 * `/:lang/*`: a supported language at its canonical path loads its strings; any other path goes where it
 * settles (see settledPath), as the static host would send it.
 */
export async function langLoader({ params, request }: LoaderFunctionArgs) {
  const url = new URL(request.url);
  const settled = settledPath(appPath(url.pathname));
  const segment = params.lang ?? "";
  if (settled === null && isLang(segment)) {
    await loadLocale(segment);
    if (i18n.language !== segment) await i18n.changeLanguage(segment);
    return null;
  }
  throw redirect(`${settled ?? "/"}${url.search}`);
}
