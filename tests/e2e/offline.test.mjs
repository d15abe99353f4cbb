// The Download menu's "Offline page (HTML)": one HTML file holding the app and the dataset
// loaded now, opened from a file:// address (with the network off where the driver allows:
// Chromium) and checked: the map draws the right ties, the default dataset's story plays,
// another dataset comes along instead of the default one, and an offline page makes another.
// Also: the menu closes after every choice.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { copyFile, mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { engine } from "./browser.mjs";
import { activeOn, dataset, drawnTies, open, ready, setup, shots, test } from "./helpers.mjs";

const env = setup();
const OFFLINE = "Offline page (HTML)";
const story = dataset.stories[0];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const words = (date) => {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

const menuOpen = (page) => page.evaluate(() => document.querySelector("details.downloads").open);

/** Chooses `name` from the Download menu; returns the file saved, under its own name in a
 * folder of its own (a page opens from the disk by its .html name). */
async function choose(page, name) {
  if (!(await menuOpen(page))) await page.locator(".downloads summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
  const path = join(await mkdtemp(join(tmpdir(), "offline-")), file.suggestedFilename());
  await copyFile(await file.path(), path);
  return { path, name: file.suggestedFilename() };
}

/** Opens a saved page from its file:// address, in a context without network where the
 * driver can turn it off (WebDriver cannot: there the page still has no server to ask). */
async function openFile(path) {
  const options = { viewport: { width: 1280, height: 800 }, ...(engine === "chromium" ? { offline: true } : {}) };
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const requests = [];
  if (engine === "chromium") page.on("request", (r) => requests.push(r.url()));
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(pathToFileURL(path).href);
  await ready(page);
  const elsewhere = () => requests.filter((u) => !/^(file|data|blob):/.test(u));
  return { page, context, errors, elsewhere };
}

const lastDay = async (page) => Number(await page.getByRole("slider", { name: /Ties in force on/ }).getAttribute("max"));

async function expectScene(page, k) {
  const scene = story.scenes[k];
  await page.getByRole("heading", { name: new RegExp(`Scene ${k + 1} of ${story.scenes.length}`) }).waitFor();
  assert.equal(await page.locator(".caption").textContent(), scene.caption);
  assert.equal(await page.locator("output.date").textContent(), words(scene.date));
}

describe("the offline page", () => {
  test("the Download menu closes after each choice, giving the focus back to it", async () => {
    const { page, context, errors } = await open(env);
    await ready(page);
    await page.locator(".downloads summary").click();
    await page.getByRole("button", { name: OFFLINE }).waitFor();
    await page.screenshot({ path: join(shots, "downloads-menu.png") });
    for (const name of ["SVG image", "PNG image", "CSV of the ties shown", "GEXF for Gephi", OFFLINE]) {
      await choose(page, name);
      await page.waitForFunction(() => !document.querySelector("details.downloads").open).catch(() => {
        throw new Error(`the Download menu is still open after "${name}"`);
      });
      const focused = await page.evaluate(() => document.activeElement === document.querySelector(".downloads summary"));
      assert.ok(focused, `after "${name}" the focus is on the menu's summary`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("an offline page of the default dataset opens from the disk, and its story plays", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const file = await choose(page, OFFLINE);
    assert.equal(file.name, "alliance-map-space-cyber-and-isr-ties.html");
    await context.close();

    const off = await openFile(file.path);
    const last = await lastDay(off.page);
    assert.deepEqual(await drawnTies(off.page), activeOn(last).sort());
    await off.page.getByRole("button", { name: "Story", exact: true }).click();
    await expectScene(off.page, 0);
    await off.page.keyboard.press("ArrowRight");
    await expectScene(off.page, 1);
    assert.notEqual(words(story.scenes[1].date), words(story.scenes[0].date), "the scenes chosen are on two dates");
    await ready(off.page);
    await off.page.screenshot({ path: join(shots, "offline-page.png") });

    // The offline page, from the disk, makes another, which works too.
    await off.page.keyboard.press("Escape");
    const second = await choose(off.page, OFFLINE);
    assert.equal(second.name, file.name);
    assert.deepEqual(off.elsewhere(), []);
    assert.deepEqual(off.errors, []);
    await off.context.close();
    const again = await openFile(second.path);
    assert.deepEqual(await drawnTies(again.page), activeOn(await lastDay(again.page)).sort());
    assert.deepEqual(again.elsewhere(), []);
    assert.deepEqual(again.errors, []);
    await again.context.close();
  });

  test("the offline page carries the dataset loaded now, not the default one", async () => {
    // A reader's dataset by address, whose texts hold markup (a tie's title is a <script>
    // element): it must arrive as text, without ending the page's script early.
    const { page, context } = await open(env, "?data=fixtures/hostile.json");
    await ready(page);
    const title = await page.getByRole("heading", { level: 1 }).textContent();
    const [ties, last] = [await drawnTies(page), await lastDay(page)];
    assert.ok(ties.length > 0, "the dataset draws ties");
    const file = await choose(page, OFFLINE);
    assert.equal(file.name, "alliance-map-hostile-i-text-i.html");
    await context.close();

    const off = await openFile(file.path);
    assert.equal(await off.page.getByRole("heading", { level: 1 }).textContent(), title);
    assert.equal(await lastDay(off.page), last);
    assert.deepEqual(await drawnTies(off.page), ties);
    await off.page.getByRole("list", { name: "States" }).getByRole("button", { name: '<img src=x onerror="window.pwned=1">' }).click();
    await off.page.getByRole("button", { name: "<script>window.pwned=2</script>" }).waitFor();
    assert.equal(await off.page.evaluate(() => typeof window.pwned), "undefined");
    assert.deepEqual(off.elsewhere(), []);
    assert.deepEqual(off.errors, []);
    await off.page.screenshot({ path: join(shots, "offline-page-own-data.png") });
    await off.context.close();
  });
});
