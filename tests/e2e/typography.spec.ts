// The page's typography as the browser draws it: one face for every text (docs/decisions/0001-one-serif-face.md).
import { expect, LANGS, open, RELEASE, test } from "./fixtures.ts";

for (const lang of LANGS) {
  test(`in ${lang}, every view sets its text in one face, with no character drawn from another`, async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 740 });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("DOM.enable");
    await cdp.send("CSS.enable");
    const views = [
      `/${lang}/`,
      `/${lang}/releases/${RELEASE}`,
      `/${lang}/releases/${RELEASE}/bilingual`,
      `/${lang}/timeline`,
      `/${lang}/decisions`,
      `/${lang}/search`,
      `/${lang}/nowhere`,
    ];
    for (const path of views) {
      await open(page, path);
      const { root } = await cdp.send("DOM.getDocument", { depth: -1 });
      type DomNode = { nodeId: number; nodeType: number; localName: string; nodeValue: string; children?: DomNode[] };
      // Each element with text of its own, and the faces the browser drew that text with.
      const faces = new Map<string, string>();
      const visit = async (node: DomNode) => {
        const text = (node.children ?? []).filter((c) => c.nodeType === 3 && c.nodeValue.trim()).map((c) => c.nodeValue.trim());
        if (text.length > 0 && node.localName !== "script" && node.localName !== "title") {
          const { fonts } = await cdp.send("CSS.getPlatformFontsForNode", { nodeId: node.nodeId });
          for (const font of fonts)
            if (!faces.has(font.familyName)) faces.set(font.familyName, `<${node.localName}> “${text.join(" ").slice(0, 60)}”`);
        }
        for (const child of node.children ?? []) await visit(child);
      };
      await visit(root as DomNode);
      expect(
        [...faces].map(([face, where]) => `${face}: first in ${where}`),
        path,
      ).toHaveLength(1);
    }
  });
}
