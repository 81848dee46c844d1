// What the build puts in import.meta.env besides Vite's own (scripts/build.ts).
interface ImportMetaEnv {
  /** The site's origin, "https://example.org", from `npm run build -- --site` or SITE_URL; unset in dev. */
  readonly VITE_SITE_URL?: string;
}
