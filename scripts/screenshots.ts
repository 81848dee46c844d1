// `npm run screenshots [base-url]`: full-page screenshots of every view, desktop and phone, both languages,
// light and dark, into screenshots/ — to look at what we built. Needs a running server (npm run preview).
import { mkdirSync } from "node:fs";
import { chromium } from "playwright-core";
import { CHROMIUM_ARGS, chromiumPath } from "../tests/chromium-path.ts";

const base = process.argv[2] ?? "http://localhost:4173";
const pages = (
  process.env.PAGES ?? "/fr/releases/2023-02-15-defence-ministers,/en/releases/2023-02-15-defence-ministers,/fr/,/en/,/en/nowhere"
).split(",");
const widths = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 375, height: 740 },
];
const schemes = (process.env.SCHEMES ?? "light").split(",") as ("light" | "dark")[];

mkdirSync("screenshots", { recursive: true });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
for (const scheme of schemes) {
  for (const size of widths) {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, colorScheme: scheme });
    for (const path of pages) {
      await page.goto(base + path, { waitUntil: "networkidle" });
      await page.locator("html[data-hydrated]").waitFor({ state: "attached", timeout: 15_000 });
      const file = `screenshots/${path.replace(/[^a-z0-9]+/gi, "_").replace(/^_|_$/g, "") || "root"}-${size.name}-${scheme}.png`;
      await page.screenshot({ path: file, fullPage: process.env.FULL !== "0" });
      console.log(file);
    }
    await page.close();
  }
}
await browser.close();
