// The security headers of every page, written once: the build puts the policy in a <meta> of every page
// and writes all of them into dist/_headers (read by Netlify and Cloudflare Pages). frame-ancestors is
// only in the header: browsers ignore it in a <meta>.

/** Only our own scripts, styles, images and data; no inline code, no plugins, no <base>, forms only to ourselves. */
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

/** The headers every response gets. No Cross-Origin-Opener-Policy: see docs/decisions/0002-no-coop-header.md. */
export const SECURITY_HEADERS: [string, string][] = [
  ["Content-Security-Policy", `${CSP}; frame-ancestors 'none'`],
  ["X-Content-Type-Options", "nosniff"],
  ["Referrer-Policy", "strict-origin-when-cross-origin"],
  ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
];

/**
 * The `_headers` file for a site served under `prefix` ("" or "/communique"): the security headers, and a
 * preload of each stylesheet, so that hosts that read it start fetching the stylesheet with the page's first
 * bytes. The preload matches the <link>'s request mode (Vite marks it crossorigin), or the browser fetches twice.
 */
export function headersFile(prefix: string, stylesheets: { href: string; crossorigin: boolean }[]): string {
  const lines = [
    "# Written by scripts/prerender.ts from scripts/security.ts.",
    `${prefix}/*`,
    ...SECURITY_HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    ...stylesheets.map((s) => `  Link: <${s.href}>; rel=preload; as=style${s.crossorigin ? "; crossorigin" : ""}`),
  ];
  return `${lines.join("\n")}\n`;
}
