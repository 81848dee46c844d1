/** The address, when it is an absolute http(s) URL; anything else (javascript:, data:, relative) is not linked. */
export function externalHref(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const LOCAL_IMAGE = /^\/[\w\-/.]+\.(?:avif|webp|jpe?g|png|svg)$/;

/** The one rule for an image path under public/ (e.g. /images/x.webp): the content check and the page both use it. */
export function isLocalImagePath(src: string): boolean {
  return LOCAL_IMAGE.test(src) && !src.includes("..");
}

/** A path of an image shipped in public/, under the app's base; anything else is refused. */
export function localImage(src: string): string | undefined {
  return isLocalImagePath(src) ? `${import.meta.env.BASE_URL}${src.slice(1)}` : undefined;
}

/**
 * The absolute address of an app path ("/fr/timeline"): under the site the build was given (`--site`,
 * decision 0010), else under the address the page is served from (`npm run dev`).
 */
export function absoluteUrl(path: string): string {
  const origin = import.meta.env.VITE_SITE_URL || (typeof window === "undefined" ? "http://localhost:4173" : window.location.origin);
  return `${origin}${import.meta.env.BASE_URL.replace(/\/$/, "")}${path}`;
}
