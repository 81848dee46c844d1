import { describe, expect, it } from "vitest";
import { fileFor, replaceOnce } from "./prerender.ts";

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

  it("names the file a static host serves for each path", () => {
    expect(fileFor("/")).toBe("index.html");
    expect(fileFor("/fr/")).toBe("fr/index.html");
    expect(fileFor("/en/releases/x")).toBe("en/releases/x.html");
  });
});
