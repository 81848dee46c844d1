import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CACHE_FOREVER, CACHE_PAGE, SECURITY_HEADERS } from "./security.ts";

// The snippets in docs/HOSTING.md are copied into other hosts' settings: they must say what the build's _headers says.
const doc = readFileSync("docs/HOSTING.md", "utf8");
const blocks = (lang: string) => [...doc.matchAll(new RegExp(`\`\`\`${lang}\\n([\\s\\S]*?)\`\`\``, "g"))].map((m) => m[1] ?? "");

type Policy = {
  SecurityHeadersConfig: {
    ContentSecurityPolicy: { ContentSecurityPolicy: string };
    ContentTypeOptions: object;
    ReferrerPolicy: { ReferrerPolicy: string };
  };
  CustomHeadersConfig: { Quantity: number; Items: { Header: string; Value: string }[] };
};

describe("docs/HOSTING.md", () => {
  it("gives nginx the security headers, once each, and the cache lifetimes by path", () => {
    const [nginx = ""] = blocks("nginx");
    const added = [...nginx.matchAll(/^add_header (\S+) "([^"]*)" always;$/gm)].map((m) => [m[1], m[2]]);
    expect(added).toEqual(SECURITY_HEADERS);
    expect(nginx).toMatch(/^add_header Cache-Control \$communique_cache always;$/m);
    expect(nginx).toContain(`~^/(assets|data)/  "${CACHE_FOREVER}";`);
    expect(nginx).toContain(`default            "${CACHE_PAGE}";`);
    // An add_header inside a location would silently drop the server block's.
    expect(nginx).not.toMatch(/location[^{]*\{[^}]*add_header/);
  });

  it("gives nginx redirects that stay on the site: never to //another-host", () => {
    const [nginx = ""] = blocks("nginx");
    const rules = [...nginx.matchAll(/^if \(\$request_uri ~ "([^"]+)"\) \{ return 301 (\S+); \}$/gm)].map((m) => ({
      pattern: new RegExp(m[1] ?? ""),
      location: m[2] ?? "",
    }));
    expect(rules.length).toBe(2);
    const answer = (uri: string) => {
      for (const { pattern, location } of rules) {
        const match = pattern.exec(uri);
        if (match) return location.replace(/\$(\d)/g, (_, n: string) => match[Number(n)] ?? "");
      }
      return null;
    };
    expect(answer("/fr/index.html?x=1")).toBe("/fr/?x=1");
    expect(answer("/index.html")).toBe("/");
    expect(answer("/fr/timeline.html")).toBe("/fr/timeline");
    for (const uri of ["//evil.example/index.html", "//evil.example.html", "///evil.example/index.html", "//evil.example/x.html?y"]) {
      const location = answer(uri);
      if (location !== null) expect(location, uri).toMatch(/^\/(?!\/)/);
    }
  });

  it("gives CloudFront the security headers and one cache lifetime in each policy", () => {
    const policies = blocks("json").map((text) => JSON.parse(text) as Policy);
    expect(policies.length).toBe(2);
    const want = Object.fromEntries(SECURITY_HEADERS);
    for (const [policy, cache] of [
      [policies[0], CACHE_PAGE],
      [policies[1], CACHE_FOREVER],
    ] as const) {
      const security = policy?.SecurityHeadersConfig;
      expect(security?.ContentSecurityPolicy.ContentSecurityPolicy).toBe(want["Content-Security-Policy"]);
      expect(want["X-Content-Type-Options"]).toBe("nosniff"); // the only value CloudFront's ContentTypeOptions sends
      expect(security?.ReferrerPolicy.ReferrerPolicy).toBe(want["Referrer-Policy"]);
      const custom = policy?.CustomHeadersConfig;
      expect(custom?.Items.map((i) => [i.Header, i.Value])).toEqual([
        ["Permissions-Policy", want["Permissions-Policy"]],
        ["Cache-Control", cache],
      ]);
      expect(custom?.Quantity).toBe(custom?.Items.length);
    }
  });
});
