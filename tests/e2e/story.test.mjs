// End-to-end tests of the classroom features: stepping through the default story with the
// keyboard (each scene's date and caption checked), the presenter view and its keys, a link
// to a scene, and the printed handout.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { activeOn, dataset, firstDay, open, ready, setup, shots, test } from "./helpers.mjs";

const env = setup();
const story = dataset.stories[0];
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const words = (date) => {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return `${d} ${MONTHS[m - 1]} ${y}`;
};

async function expectScene(page, k) {
  const scene = story.scenes[k];
  await page.getByRole("heading", { name: new RegExp(`Scene ${k + 1} of ${story.scenes.length}`) }).waitFor();
  assert.equal(await page.locator(".caption").textContent(), scene.caption);
  assert.equal(await page.locator("output.date").textContent(), words(scene.date));
}

describe("stories and presenting", () => {
  test("the keyboard steps through every scene of the default story", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await expectScene(page, 0);
    for (let k = 1; k < story.scenes.length; k++) {
      await page.keyboard.press(k % 2 ? "ArrowRight" : "PageDown");
      await expectScene(page, k);
    }
    await page.waitForFunction((n) => new URLSearchParams(location.search).get("scene") === String(n), story.scenes.length);
    await page.keyboard.press("PageUp");
    await expectScene(page, story.scenes.length - 2);
    await page.keyboard.press("ArrowLeft");
    await expectScene(page, story.scenes.length - 3);
    await ready(page);
    await page.screenshot({ path: join(shots, "story-scene.png") });
    await context.close();
  });

  test("the presenter view is large and answers the presenter's keys", async () => {
    const { page, context } = await open(env, "", { viewport: { width: 1280, height: 720 } });
    await ready(page);
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await page.getByRole("button", { name: "Present" }).click();
    await page.locator(".app.presenter").waitFor();
    const size = await page.locator(".caption").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 24, `caption font size ${size}px`);
    await page.keyboard.press("ArrowRight");
    await expectScene(page, 1);
    await ready(page);
    await page.screenshot({ path: join(shots, "presenter.png") });
    await page.keyboard.press(" ");
    await page.getByRole("button", { name: "Pause" }).waitFor();
    await page.keyboard.press(" ");
    await page.getByRole("button", { name: "Play through time" }).waitFor();
    // Where Present took the page full screen, the browser keeps Esc for leaving it; F leaves it too.
    if (await page.evaluate(() => document.fullscreenElement !== null)) {
      await page.keyboard.press("f");
      await page.waitForFunction(() => document.fullscreenElement === null);
    }
    await page.keyboard.press("?");
    await page.getByRole("dialog", { name: "Keys" }).waitFor();
    await page.screenshot({ path: join(shots, "presenter-help.png") });
    await page.keyboard.press("Escape");
    await page.getByRole("dialog", { name: "Keys" }).waitFor({ state: "detached" });
    await page.keyboard.press("Escape");
    await page.locator(".app.presenter").waitFor({ state: "detached" });
    await context.close();
  });

  test("a link opens a scene", async () => {
    const { page, context } = await open(env, `?story=${story.id}&scene=3`);
    await ready(page);
    await expectScene(page, 2);
    await context.close();
  });

  test("printing gives the map, the legend and the table of ties shown", async () => {
    const { page, context } = await open(env, "?date=2021-06-15");
    await ready(page);
    await page.emulateMedia({ media: "print" });
    const rows = await page.locator(".ties-table tbody tr").count();
    assert.equal(rows, activeOn(firstDay("2021-06-15")).length);
    assert.ok(await page.locator(".ties-table").isVisible());
    await page.screenshot({ path: join(shots, "print.png"), fullPage: true });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    await writeFile(join(shots, "print.pdf"), pdf);
    assert.ok(pdf.length > 10_000 && pdf.subarray(0, 4).toString() === "%PDF");
    await context.close();
  });
});
