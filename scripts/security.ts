// The Content-Security-Policy of every page: only our own scripts, styles, images and data; no inline
// code, no plugins, no <base>, forms only to ourselves. The same policy is sent as a header by hosts that
// read public/_headers, with frame-ancestors, which browsers ignore in a <meta>.
export const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'";

export const CSP_HEADER = `${CSP}; frame-ancestors 'none'`;
