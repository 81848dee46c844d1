import type { Page } from "@playwright/test";
import { SUBPATH_PORT } from "../../playwright.config.ts";
import { expect, expectNoAxeViolations, LANGS, open, test } from "./fixtures.ts";

const T = {
  fr: {
    field: "Mots à rechercher",
    landmark: "Rechercher",
    quick: /^Raccourcis/,
    title: "Rechercher",
    fold: { typed: "defense", marked: /^défense$/i },
    stem: { typed: "ministre", marked: /^ministres$/i },
    count: /communiqués? contien/,
    failed: "La recherche est indisponible",
    retry: "Réessayer",
    none: "Aucun communiqué trouvé",
    absent: "arbre", // no release holds it; « à » begins it
    stop: "Rien à rechercher",
    noWords: /«.{1,2}% -.{1,2}» ne contient aucun mot/, // the words are isolated (bidi) in the sentence
    cut: "seuls ses 200 premiers caractères",
    guide: "Comment chercher",
    noScript: "La recherche a besoin de JavaScript",
    archive: "les communiqués",
    langNav: "Langue",
    other: "English",
    paragraph: "Paragraphe\\s:", // the accessible name has the no-break space as a space
    badDate: "n’est pas une date lisible",
  },
  en: {
    field: "Words to search for",
    landmark: "Search",
    quick: /^Quick ranges/,
    title: "Search",
    fold: { typed: "defense", marked: /^défense$/i }, // with the French texts (in=both): accents folded there too
    stem: { typed: "minister", marked: /^ministers$/i },
    count: /releases? holds?/,
    failed: "Search is unavailable",
    retry: "Try again",
    none: "No release found",
    absent: "alert", // no release holds it; "a" begins it
    stop: "Nothing to search for",
    noWords: /“.?% -.?” holds no word/, // the words are isolated (bidi) in the sentence
    cut: "only its first 200 characters",
    guide: "How to search",
    noScript: "Search needs JavaScript",
    archive: "the archive",
    langNav: "Language",
    other: "Français",
    paragraph: "Paragraph:",
    badDate: "is not a date",
  },
} as const;

/** The words marked in the results. */
async function marks(page: Page): Promise<string[]> {
  return page.locator("main .search-results mark").allTextContents();
}

const results = (page: Page) => page.locator("main .search-results > li");
/** The first search loads the engine and its index: on a busy machine, more than expect's default wait. */
const SEARCHED = { timeout: 30_000 };

for (const lang of LANGS) {
  const t = T[lang];
  test.describe(`search (${lang})`, () => {
    test(`every ${lang} page has a labelled search landmark in its header that leads to the search page`, async ({ page }) => {
      await open(page, `/${lang}/timeline`);
      const search = page.getByRole("search", { name: t.landmark });
      await search.getByRole("searchbox").fill(t.stem.typed);
      await search.getByRole("searchbox").press("Enter");
      // The address changes once the results are ready (the page waits for its loader, the search).
      await expect(page).toHaveURL(new RegExp(`/${lang}/search\\?q=${t.stem.typed}$`), SEARCHED);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      await expect(page.getByRole("main").getByRole("searchbox", { name: t.field })).toHaveValue(t.stem.typed);
    });

    test(`results follow the typing in ${lang}, focus stays in the field, words are stemmed and the count is announced`, async ({
      page,
    }) => {
      await open(page, `/${lang}/search`);
      await expect(page.getByRole("heading", { name: t.guide })).toBeVisible();
      await expect(page).toHaveTitle(`${t.title} — Communiqué`);
      const field = page.getByRole("main").getByRole("searchbox", { name: t.field });
      await field.click();
      await field.pressSequentially(t.stem.typed, { delay: 30 });
      await expect(results(page).first()).toBeVisible(SEARCHED);
      await expect(field).toBeFocused();
      await expect(field).toHaveValue(t.stem.typed);
      await expect(page).toHaveURL(new RegExp(`[?&]q=${t.stem.typed}(&|$)`));
      // The words searched name the tab and the history entry.
      await expect(page).toHaveTitle(`${t.stem.typed} — ${t.title} — Communiqué`);
      await expect(page.getByRole("status")).toHaveText(t.count, SEARCHED);
      expect((await marks(page)).some((m) => t.stem.marked.test(m))).toBe(true);
      await expectNoAxeViolations(page);
    });

    test(`a word no release holds finds nothing in ${lang}, alone or beside words that are found`, async ({ page }) => {
      await open(page, `/${lang}/search?q=${t.absent}`);
      await expect(page.getByRole("heading", { name: t.none })).toBeVisible(SEARCHED);
      await expect(results(page)).toHaveCount(0);
      await open(page, `/${lang}/search?q=${t.stem.typed}+${t.absent}`);
      await expect(page.getByRole("heading", { name: t.none })).toBeVisible(SEARCHED);
      await expect(results(page)).toHaveCount(0);
    });

    if (lang === "fr")
      test("a word after an elision is found in fr: alliance finds « l’Alliance », shown with its apostrophe", async ({ page }) => {
        await open(page, "/fr/search?q=alliance");
        await expect(results(page).first()).toBeVisible(SEARCHED);
        expect(await marks(page)).toContain("l’Alliance");
      });

    test(`accents are folded in ${lang}: defense finds « défense »`, async ({ page }) => {
      await open(page, `/${lang}/search?q=${t.fold.typed}${lang === "en" ? "&in=both" : ""}`);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      // Searching both languages counts texts, a release's two being two results.
      if (lang === "en") await expect(page.getByRole("status")).toHaveText(/^\d+ texts? holds? “.+”, in English or in French/);
      expect((await marks(page)).some((m) => t.fold.marked.test(m))).toBe(true);
    });

    test(`a result's excerpt leads to its paragraph in ${lang}, and Back returns to the same search`, async ({ page }) => {
      await open(page, `/${lang}/search?q=${t.stem.typed}`);
      const link = page.getByRole("link", { name: new RegExp(`^${t.paragraph}`) }).first();
      const href = (await link.getAttribute("href")) ?? "";
      const [, id = ""] = href.split("#");
      expect(href).toMatch(new RegExp(`^/${lang}/releases/[^#]+#.+`));
      await link.click();
      await expect(page).toHaveURL(new RegExp(`${href.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
      const paragraph = page.locator(`[id="${id}"]`);
      await expect(paragraph).toBeFocused();
      await expect(paragraph).toBeInViewport();
      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/${lang}/search\\?q=${t.stem.typed}$`));
      await expect(page.getByRole("main").getByRole("searchbox", { name: t.field })).toHaveValue(t.stem.typed);
      await expect(results(page).first()).toBeVisible(SEARCHED);
    });

    test(`the date, topic and kind filters narrow the search in ${lang}, with the listings' messages`, async ({ page }) => {
      await open(page, `/${lang}/search?q=${t.stem.typed}`);
      const all = await results(page).count();
      await open(page, `/${lang}/search?q=${t.stem.typed}&from=2023-01-01&to=2023-12-31`);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      const dates = await page.locator("main .search-result-about span:first-child").allTextContents();
      expect(dates.length).toBeLessThanOrEqual(all);
      for (const d of dates) expect(d).toContain("2023");
      await open(page, `/${lang}/search?q=${t.stem.typed}&topic=ukraine&kind=approved`);
      await expect(page.getByRole("combobox", { name: lang === "fr" ? "Thème" : "Topic" })).toHaveValue("ukraine");
      await open(page, `/${lang}/search?q=${t.stem.typed}&from=31/02/2023`);
      await expect(page.getByRole("alert")).toContainText(lang === "fr" ? "n’existe pas" : "does not exist");
      await open(page, `/${lang}/search?q=${t.stem.typed}&from=1900&to=1900`);
      await expect(page.getByRole("heading", { name: t.none })).toBeVisible(SEARCHED);
      await expectNoAxeViolations(page);
    });

    test(`Enter during the typing pause applies the whole form in ${lang}: the pause never overwrites it`, async ({ page }) => {
      await open(page, `/${lang}/search?q=${t.stem.typed}`);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      await page.getByRole("textbox", { name: lang === "fr" ? "Du" : "From", exact: true }).fill("2023");
      const field = page.getByRole("main").getByRole("searchbox", { name: t.field });
      await field.press("End");
      await field.pressSequentially(" nato", { delay: 20 });
      await field.press("Enter");
      const applied = new RegExp(`\\?q=${t.stem.typed}\\+nato&from=2023-01-01$`);
      await expect(page).toHaveURL(applied, SEARCHED);
      // Well past the pause: the address and the form still hold what the reader applied.
      await page.waitForTimeout(1_000);
      await expect(page).toHaveURL(applied);
      await expect(page.getByRole("main").getByRole("searchbox", { name: t.field })).toHaveValue(`${t.stem.typed} nato`);
    });

    test(`a quick range taken during the typing pause searches the words typed, in ${lang}`, async ({ page }) => {
      await open(page, `/${lang}/search?q=${t.stem.typed}`);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      const field = page.getByRole("main").getByRole("searchbox", { name: t.field });
      await field.press("End");
      await field.pressSequentially(" nato", { delay: 20 });
      await page.getByRole("group", { name: t.quick }).getByRole("link", { name: "2023", exact: true }).click();
      const applied = new RegExp(`\\?q=${t.stem.typed}\\+nato&from=2023-01-01&to=2023-12-31$`);
      await expect(page).toHaveURL(applied, SEARCHED);
      await page.waitForTimeout(1_000);
      await expect(page).toHaveURL(applied);
      await expect(field).toHaveValue(`${t.stem.typed} nato`);
    });

    test(`the language switch searches the same words in the other language (${lang})`, async ({ page }) => {
      const other = lang === "fr" ? "en" : "fr";
      await open(page, `/${lang}/search?q=${t.stem.typed}`);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      await page.getByRole("navigation", { name: t.langNav }).getByRole("link", { name: t.other }).click();
      await expect(page).toHaveURL(new RegExp(`/${other}/search\\?q=${t.stem.typed}$`));
      await expect(page.getByRole("main").getByRole("searchbox", { name: T[other].field })).toHaveValue(t.stem.typed);
      await expect(page.locator("html")).toHaveAttribute("lang", other);
    });

    test(`the language switch taken during the typing pause searches the words typed, in ${lang}`, async ({ page }) => {
      const other = lang === "fr" ? "en" : "fr";
      await open(page, `/${lang}/search?q=${t.stem.typed}`);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      const field = page.getByRole("main").getByRole("searchbox", { name: t.field });
      await field.press("End");
      await field.pressSequentially(" nato", { delay: 20 });
      const languages = page.getByRole("navigation", { name: t.langNav });
      await languages.getByRole("link", { name: t.other }).click();
      const applied = new RegExp(`/${other}/search\\?q=${t.stem.typed}\\+nato$`);
      await expect(page).toHaveURL(applied, SEARCHED);
      await page.waitForTimeout(1_000);
      await expect(page).toHaveURL(applied);
      await expect(page.getByRole("main").getByRole("searchbox", { name: T[other].field })).toHaveValue(`${t.stem.typed} nato`);
      await expect(page.locator("html")).toHaveAttribute("lang", other);
      // Focus stays on the switch, as after any switch of language.
      await expect(page.getByRole("navigation", { name: T[other].langNav }).getByRole("link", { name: T[other].other })).toBeFocused();
    });

    test(`queries that are too long, only stop words or markup are handled in ${lang}`, async ({ page }) => {
      await open(page, `/${lang}/search`);
      // 10,000 characters, typed (pasted) into the field: as an address, more than servers accept in a request.
      await page.getByRole("main").getByRole("searchbox", { name: t.field }).fill("défense ".repeat(1250));
      // Said with the count, in the status that is announced.
      await expect(page.getByRole("status")).toContainText(t.cut, SEARCHED);
      await expect(results(page).first()).toBeVisible(SEARCHED);
      await open(page, `/${lang}/search?q=${lang === "fr" ? "le+de+la" : "the+of+and"}`);
      await expect(page.getByRole("heading", { name: t.stop })).toBeVisible();
      await open(page, `/${lang}/search?q=${encodeURIComponent("% -")}`);
      await expect(page.getByRole("heading", { name: t.stop })).toBeVisible();
      await expect(page.getByRole("main").getByText(t.noWords)).toBeVisible();
      const hostile = '<b>x</b> "défense" OR -ukraine';
      await open(page, `/${lang}/search?q=${encodeURIComponent(hostile)}`);
      await expect(page.getByRole("status")).toContainText('<b>x</b> "défense" OR -ukraine', SEARCHED);
      await expect(page.locator("main b")).toHaveCount(0);
      await open(page, `/${lang}/search?q=zzqxwv`);
      await expect(page.getByRole("heading", { name: t.none })).toBeVisible(SEARCHED);
      await expectNoAxeViolations(page);
    });

    test.describe(() => {
      test.use({ allowConsole: [/pagefind|Pagefind|Failed to load resource|net::ERR_FAILED/] });
      test(`an index that fails to load says so in ${lang}, with a retry; the rest of the page works`, async ({ page }) => {
        let failing = true;
        await page.route(`**/pagefind/${lang}/pagefind-entry.json*`, (route) => (failing ? route.abort() : route.continue()));
        await open(page, `/${lang}/search?q=${t.stem.typed}`);
        await expect(page.getByRole("alert")).toContainText(t.failed, SEARCHED);
        await expectNoAxeViolations(page);
        failing = false;
        await page.getByRole("button", { name: t.retry }).click();
        await expect(results(page).first()).toBeVisible(SEARCHED);
        await expect(page.getByRole("alert")).toHaveCount(0);
        // A page asked for while the search is down: how many there are is not known, so none is said to be past the last.
        failing = true;
        await open(page, `/${lang}/search?q=${t.stem.typed}&page=9`);
        await expect(page.getByRole("alert")).toContainText(t.failed, SEARCHED);
        await expect(page.getByRole("alert")).toHaveCount(1);
      });

      test(`the stop words failing to load does not stop a search in ${lang}: every word is searched`, async ({ page }) => {
        await page.route("**/assets/stop-words-*.js", (route) => route.abort());
        await open(page, `/${lang}/search?q=${t.stem.typed}`);
        await expect(results(page).first()).toBeVisible(SEARCHED);
      });

      test(`a search worker that cannot start says so in ${lang}, with a retry`, async ({ page }) => {
        let failing = true;
        await page.route("**/pagefind/search-worker.js", (route) => (failing ? route.abort() : route.continue()));
        await open(page, `/${lang}/search?q=${t.stem.typed}`);
        await expect(page.getByRole("alert")).toContainText(t.failed, SEARCHED);
        failing = false;
        await page.getByRole("button", { name: t.retry }).click();
        await expect(results(page).first()).toBeVisible(SEARCHED);
        await expect(page.getByRole("alert")).toHaveCount(0);
      });

      test(`an index chunk that fails to load fails the search in ${lang} (not fewer results), with a retry`, async ({ page }) => {
        let failing = true;
        await page.route(`**/pagefind/${lang}/index/*.pf_index*`, (route) => (failing ? route.abort() : route.continue()));
        await open(page, `/${lang}/search?q=${t.stem.typed}`);
        await expect(page.getByRole("alert")).toContainText(t.failed, SEARCHED);
        await expect(page.getByText(t.none)).toHaveCount(0);
        failing = false;
        await page.getByRole("button", { name: t.retry }).click();
        await expect(results(page).first()).toBeVisible(SEARCHED);
        await expect(page.getByRole("alert")).toHaveCount(0);
      });
    });

    test(`search works from the keyboard alone in ${lang}`, async ({ page }) => {
      await open(page, `/${lang}/search`);
      await page.getByRole("main").getByRole("searchbox", { name: t.field }).focus();
      await page.keyboard.type(t.stem.typed);
      await page.keyboard.press("Enter");
      await expect(results(page).first()).toBeVisible(SEARCHED);
      let onResult = false;
      for (let n = 0; n < 60 && !onResult; n++) {
        await page.keyboard.press("Tab");
        onResult = await page.evaluate(() => document.activeElement?.closest(".search-results") !== null);
      }
      expect(onResult).toBe(true);
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(new RegExp(`/${lang}/releases/`));
    });

    test(`without JavaScript the ${lang} search page says search needs it and links to the listings`, async ({ browser, baseURL }) => {
      // On a phone, where the form and the filters fill the first screens: the notice is on the first.
      const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 375, height: 740 } });
      const page = await context.newPage();
      await page.goto(`/${lang}/search?q=${t.stem.typed}`);
      await expect(page.getByText(t.noScript)).toBeInViewport();
      await expect(page.getByRole("link", { name: t.archive })).toHaveAttribute("href", `/${lang}/`);
      await expect(page.getByRole("search", { name: t.landmark })).toBeVisible();
      await context.close();
    });
  });
}

test("only the search worker may run WebAssembly: one policy for each path, as the host sends it", async ({ page, request }) => {
  const policies = async (path: string) =>
    (await request.get(path)).headersArray().filter((h) => h.name.toLowerCase() === "content-security-policy");
  for (const lang of LANGS) {
    for (const path of [`/${lang}/search`, `/${lang}/`, `/${lang}/timeline`, `/${lang}/releases/2023-02-15-defence-ministers`]) {
      const policy = await policies(path);
      expect(policy, path).toHaveLength(1);
      expect(policy[0]?.value, path).not.toContain("wasm");
    }
  }
  // The search page, under the default policy (header and <meta>), finds: the worker it starts runs the
  // engine, with the policy of its own response.
  expect(await (await request.get("/fr/search")).text()).not.toContain("wasm");
  const started = page.waitForEvent("worker");
  await open(page, "/fr/search?q=ministre");
  await expect(results(page).first()).toBeVisible(SEARCHED);
  const workerPath = new URL((await started).url()).pathname;
  expect(workerPath).toBe("/pagefind/search-worker.js");
  const worker = await policies(workerPath);
  expect(worker).toHaveLength(1);
  expect(worker[0]?.value).toContain("'wasm-unsafe-eval'");
  for (const path of ["/fr/search", "/fr/", "/pagefind/fr/pagefind.js", workerPath]) {
    for (const h of await policies(path)) expect(h.value).not.toMatch(/'unsafe-eval'|'unsafe-inline'/);
  }
});

test("search works on a site served under a sub-path", async ({ page }) => {
  await open(page, `http://localhost:${SUBPATH_PORT}/communique/fr/search?q=ministre`);
  await expect(results(page).first()).toBeVisible(SEARCHED);
  await expect(page.getByRole("link", { name: new RegExp(`^${T.fr.paragraph}`) }).first()).toHaveAttribute(
    "href",
    /^\/communique\/fr\/releases\/[^#]+#.+/,
  );
});
