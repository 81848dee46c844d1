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

/** A path of an image shipped in public/ (e.g. /images/x.webp), under the app's base; anything else is refused. */
export function localImage(src: string): string | undefined {
  return LOCAL_IMAGE.test(src) && !src.includes("..") ? `${import.meta.env.BASE_URL}${src.slice(1)}` : undefined;
}
