import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { renderToString } from "react-dom/server";
import { createMemoryRouter, RouterProvider } from "react-router";
import { describe, expect, it, vi } from "vitest";
import { renderApp } from "../../app/test-router.tsx";
import { checkReleaseDir } from "../../content/check.ts";
import { buildDataFiles } from "../../content/data-files.ts";
import { dataPaths, type ReleaseFile } from "../../content/data-paths.ts";
import type { Release } from "../../content/schema.ts";
import { Cite } from "./cite.tsx";

const ID = "2023-02-15-defence-ministers";

/** The citation under a form's heading. */
function citation(region: HTMLElement, form: string): string {
  return within(region).getByRole("heading", { level: 3, name: form }).nextElementSibling?.textContent ?? "";
}

describe("Cite this release", () => {
  it("cites NATO's French text as NATO's, in French conventions, with the page's address", async () => {
    renderApp(`/fr/releases/${ID}`);
    const region = await screen.findByRole("region", { name: "Citer ce communiqué" });
    // French typography: a no-break space before the colon (toHaveTextContent would read it as a space).
    expect(region.textContent).toContain("Cité comme texte officiel\u00a0: l’OTAN en est l’auteur.");
    const address = `${window.location.origin}/fr/releases/${ID}`;
    expect(citation(region, "APA (7e édition)")).toBe(
      `OTAN. (2023, 15 février). Les ministres de la Défense des pays de l’OTAN intensifient le soutien à l’Ukraine et renforcent la dissuasion et la défense [Communiqué de presse]. Communiqué. ${address}`,
    );
    expect(citation(region, "Chicago (18e édition), note")).toMatch(
      new RegExp(`^OTAN, «\u00a0Les ministres .+ la défense\u00a0», communiqué de presse, Communiqué, 15 février 2023, ${address}\\.$`),
    );
    expect(citation(region, "Chicago (18e édition), bibliographie")).toMatch(
      /^OTAN\. «\u00a0Les ministres .+\u00a0»\. Communiqué de presse\. /,
    );
    expect(within(region).getByRole("link", { name: "Fichier RIS" })).toHaveAttribute("href", `/cite/ris/fr/${ID}.ris`);
    expect(within(region).getByRole("link", { name: "Fichier BibTeX" })).toHaveAttribute("href", `/cite/bibtex/fr/${ID}.bib`);
  });

  it("cites our English translation as ours, based on NATO's text", async () => {
    renderApp(`/en/releases/${ID}`);
    const region = await screen.findByRole("region", { name: "Cite this release" });
    expect(region).toHaveTextContent(
      "Cited as our translation: Communiqué is its author, and it is based on the official text published by NATO.",
    );
    expect(citation(region, "APA (7th edition)")).toMatch(
      /^Communiqué\. \(2023, February 15\)\. NATO Defence Ministers step up .+ \[Unofficial translation of a press release by NATO\]\. http/,
    );
    expect(citation(region, "Chicago (18th edition), note")).toMatch(/^Communiqué, “NATO Defence Ministers Step up Support for Ukraine/);
  });

  it("copies a citation by keyboard and says so in the polite live region", async () => {
    const user = userEvent.setup();
    renderApp(`/fr/releases/${ID}`);
    const region = await screen.findByRole("region", { name: "Citer ce communiqué" });
    const button = within(region).getByRole("button", { name: "Copier Chicago (18e édition), note" });
    button.focus();
    await user.keyboard("{Enter}");
    const status = within(region).getByRole("status");
    expect(status.textContent).toBe("Copié\u00a0: Chicago (18e édition), note.");
    expect(await navigator.clipboard.readText()).toBe(citation(region, "Chicago (18e édition), note"));
  });

  it("selects the citation for the keyboard when the browser refuses to copy", async () => {
    const user = userEvent.setup();
    renderApp(`/en/releases/${ID}`);
    const region = await screen.findByRole("region", { name: "Cite this release" });
    vi.spyOn(navigator.clipboard, "writeText").mockRejectedValue(new DOMException("denied", "NotAllowedError"));
    within(region).getByRole("button", { name: "Copy APA (7th edition)" }).focus();
    await user.keyboard(" ");
    expect(within(region).getByRole("status")).toHaveTextContent(
      "Your browser did not allow copying: the APA (7th edition) citation is selected, copy it with your keyboard.",
    );
    expect(window.getSelection()?.toString()).toBe(citation(region, "APA (7th edition)"));
  });
});

describe("the JSON-LD in the prerendered HTML", () => {
  it("keeps a title holding </script> and <!-- inside its script, as one text, parsed back whole", () => {
    const seed = checkReleaseDir("src/content/releases").releases.find((r) => r.id === ID) as Release;
    const title = "Défense </script><script>alert(1)</script> <!-- & « x » 🛡️";
    const hostile: Release = { ...seed, title: { fr: title, en: title } };
    const release = buildDataFiles([hostile]).get(dataPaths.release(ID)) as ReleaseFile;
    const router = createMemoryRouter([{ path: "/:lang/releases/:id", element: <Cite release={release} /> }], {
      initialEntries: [`/fr/releases/${ID}`],
    });
    const html = renderToString(<RouterProvider router={router} />);
    const doc = new DOMParser().parseFromString(html, "text/html");
    const scripts = doc.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]?.type).toBe("application/ld+json");
    expect(JSON.parse(scripts[0]?.textContent ?? "").headline).toBe(title);
    expect(html.match(/<\/script/g)).toHaveLength(1);
    expect(doc.querySelector('meta[name="citation_title"]')?.getAttribute("content")).toBe(title);
  });
});
