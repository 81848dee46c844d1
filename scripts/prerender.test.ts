import { describe, expect, it } from "vitest";
import { fileFor, fillPage, replaceOnce } from "./prerender.ts";

describe("filling the built page", () => {
  it("inserts content as it is, whatever replacement patterns it holds", () => {
    const html = '<body><div id="root"></div></body>';
    const content = "<p>$& $' $` $$ $1 </script></p>";
    expect(replaceOnce(html, /<div id="root"><\/div>/, `<div id="root">${content}</div>`)).toBe(
      `<body><div id="root">${content}</div></body>`,
    );
  });

  it("fails loudly, naming what it looked for, when the page has changed shape", () => {
    expect(() => replaceOnce("<body></body>", /<div id="root"><\/div>/, "x")).toThrow(
      /expected the built index\.html to hold .*root.* once, found it 0 times/,
    );
    expect(() => replaceOnce("<title>a</title><title>b</title>", /<title>[^<]*<\/title>/, "x")).toThrow(/found it 2 times/);
  });

  it("gives a page its own description when it has one, else the site's, marked for a page rendered afresh", () => {
    const template =
      '<html lang="en"><head>\n    <meta name="description" data-page-head content="Site" />\n    <title>Communiqué</title></head>' +
      '<body><div id="root"></div></body></html>';
    const page = { kind: "page", status: 200, lang: "fr", description: "Le site", html: "<p>x</p>" } as const;
    const own = fillPage(template, { ...page, head: '<title>P</title><meta name="description" content="La page"/>' }, "/fr/");
    expect(own.match(/name="description"/g)).toHaveLength(1);
    expect(own).toContain('<meta data-page-head name="description" content="La page"/>');
    expect(own).toContain("<title data-page-head>P</title>");
    const none = fillPage(template, { ...page, head: "<title>404</title>" }, null);
    expect(none).toContain('<meta name="description" data-page-head content="Le site" />');
  });

  it("names the file a static host serves for each path", () => {
    expect(fileFor("/")).toBe("index.html");
    expect(fileFor("/fr/")).toBe("fr/index.html");
    expect(fileFor("/en/releases/x")).toBe("en/releases/x.html");
  });
});
