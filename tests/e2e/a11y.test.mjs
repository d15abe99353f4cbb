// Accessibility: axe-core audits of every view (light and dark), the whole flow with the
// keyboard alone, the polite announcements, the table view, and reduced motion.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { activeOn, centreOf, dataset, firstDay, frames, inForce, open, ready, repo, setup, shots, test } from "./helpers.mjs";

const env = setup();
const axePath = join(repo, "node_modules", "axe-core", "axe.min.js");

/** Injecting axe-core is an inline script, which the page's policy forbids: the audits
 * run in contexts that bypass it (the policy itself is tested in security.test.mjs). */
async function audit(page) {
  await page.addScriptTag({ path: axePath });
  return page.evaluate(async () => {
    const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  });
}

describe("accessibility", () => {
  for (const [name, path, scheme] of [
    ["the full view", "", "light"],
    ["the full view, dark", "", "dark"],
    ["a selected state", "?state=JPN", "light"],
    ["embed mode", "?embed=1", "light"],
    ["a story scene", `?story=${dataset.stories[0].id}&scene=4`, "light"],
  ]) {
    test(`axe finds no violations in ${name}`, async () => {
      const { page, context } = await open(env, path, { viewport: { width: 1280, height: 800 }, colorScheme: scheme, bypassCSP: true });
      await ready(page);
      assert.deepEqual(await audit(page), []);
      if (scheme === "dark") await page.screenshot({ path: join(shots, "dark.png") });
      await context.close();
    });
  }

  test("axe finds no violations in the presenter view and the table view", async () => {
    const { page, context } = await open(env, "", { viewport: { width: 1280, height: 800 }, bypassCSP: true });
    await ready(page);
    await page.getByRole("button", { name: "Table" }).click();
    await page.locator(".table-view").waitFor();
    assert.deepEqual(await audit(page), []);
    await page.getByRole("button", { name: "Hide the table" }).click();
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await page.getByRole("button", { name: "Present" }).click();
    await page.locator(".app.presenter").waitFor();
    assert.deepEqual(await audit(page), []);
    await context.close();
  });

  test("the whole flow works with the keyboard alone", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute("aria-label") ?? document.activeElement?.id ?? document.activeElement?.tagName);
    // Tab to the date slider and pick a date with the keys.
    for (let i = 0; i < 40 && (await focused()) !== "date-slider"; i++) await page.keyboard.press("Tab");
    assert.equal(await focused(), "date-slider");
    await page.keyboard.press("Home");
    await page.waitForFunction(() => document.querySelector("#date-slider").value === document.querySelector("#date-slider").min);
    await page.keyboard.press("End");
    for (let i = 0; i < 5; i++) await page.keyboard.press("PageDown");
    const day = Number(await page.locator("#date-slider").inputValue());
    assert.ok(day < Number(await page.locator("#date-slider").getAttribute("max")));
    // Find a state.
    await page.getByRole("combobox", { name: "Find a state" }).focus();
    await page.keyboard.type("India");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "India", level: 2 }).waitFor();
    // Into the map: arrows move along India's ties.
    await page.locator("canvas.map-canvas").focus();
    await page.keyboard.press("ArrowRight");
    await page.waitForFunction(() => document.querySelector(".detail h2")?.textContent !== "India");
    const now = await page.locator(".detail h2").textContent();
    const partners = new Set(dataset.ties.filter((t) => inForce(t, day) && t.members.includes("IND")).flatMap((t) => t.members));
    const id = dataset.states.find((s) => s.name === now)?.id;
    assert.ok(id, `a state is selected: ${now}`);
    // Enter goes to the details; Tab reaches a tie; Enter opens its sources.
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), now);
    await page.keyboard.press("Tab");
    const tieTitle = await page.evaluate(() => document.activeElement?.textContent);
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: tieTitle, level: 2 }).waitFor();
    const tie = dataset.ties.find((t) => t.title === tieTitle);
    assert.ok((await page.locator(".detail blockquote").first().textContent()).includes(tie.sources[0].quote));
    assert.ok(partners.has(id) || dataset.ties.some((t) => inForce(t, day) && t.members.includes(id)), `${id} is a partner of India or shown`);
    await context.close();
  });

  test("screen readers hear the date, the counts and what began or ended", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const slider = page.getByRole("slider", { name: /Ties in force on/ });
    await slider.fill(String(firstDay("2015-04-01")));
    await slider.fill(String(firstDay("2015-05-01")));
    const status = page.locator('p[role="status"][aria-live="polite"]');
    await page.waitForFunction(() => /^1 May 2015:/.test(document.querySelector('p[role="status"][aria-live="polite"]')?.textContent ?? ""));
    const text = await status.textContent();
    const n = activeOn(firstDay("2015-05-01")).length;
    assert.match(text, new RegExp(`^1 May 2015: ${n} ties among \\d+ states\\. Began: Guidelines for U\\.S\\.-Japan Defense Cooperation \\(2015\\)\\.`));
    await context.close();
  });

  test("going back in time, screen readers hear what has not begun yet, not what ended", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const slider = page.getByRole("slider", { name: /Ties in force on/ });
    const status = page.locator('p[role="status"][aria-live="polite"]');
    // Waits until the live region speaks of `date`; when time runs out, fails with what it says.
    const speaksOf = async (date) => {
      try {
        await page.waitForFunction((d) => (document.querySelector('p[role="status"][aria-live="polite"]')?.textContent ?? "").startsWith(`${d}:`), date, { timeout: 5000 });
      } catch (e) {
        throw new Error(`the live region did not speak of ${date} within 5 s; it says: ${await status.textContent()}`, { cause: e });
      }
    };
    await slider.fill(String(firstDay("2015-05-01")));
    await speaksOf("1 May 2015");
    await slider.fill(String(firstDay("2015-04-01")));
    await speaksOf("1 April 2015");
    const text = await status.textContent();
    const n = activeOn(firstDay("2015-04-01")).length;
    assert.match(text, new RegExp(`^1 April 2015: ${n} ties among \\d+ states\\. Not yet begun: Guidelines for U\\.S\\.-Japan Defense Cooperation \\(2015\\)\\.$`));
    assert.doesNotMatch(text, /Ended:/);
    await context.close();
  });

  test("at 200 % zoom (a 1280x800 screen seen as 640x400) the page reflows without sideways scrolling", async () => {
    const { page, context } = await open(env, "", { viewport: { width: 640, height: 400 } });
    await ready(page);
    assert.ok((await page.evaluate(() => document.documentElement.scrollWidth)) <= 640);
    assert.ok((await page.locator("canvas.map-canvas").boundingBox()).width > 500);
    await page.getByRole("slider", { name: /Ties in force on/ }).scrollIntoViewIfNeeded();
    assert.ok(await page.getByRole("slider", { name: /Ties in force on/ }).isVisible());
    await page.screenshot({ path: join(shots, "zoom-200.png"), fullPage: true });
    await context.close();
  });

  test("with reduced motion the map is still from its first paint", async () => {
    const { page, context } = await open(env, "", { viewport: { width: 1280, height: 800 }, reducedMotion: "reduce" });
    await ready(page);
    const first = await centreOf(page, "JPN");
    await frames(page, 20);
    assert.deepEqual(await centreOf(page, "JPN"), first);
    await page.getByRole("combobox", { name: "Find a state" }).fill("Brazil");
    await page.keyboard.press("Enter");
    // The view jumps to the selection at once: no frame in between is busy.
    await page.getByRole("heading", { name: "Brazil", level: 2 }).waitFor();
    assert.equal(await page.locator("canvas.map-canvas").getAttribute("aria-busy"), "false");
    await context.close();
  });
});
