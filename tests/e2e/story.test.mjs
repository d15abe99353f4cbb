// End-to-end tests of the classroom features: stepping through the default story with the
// keyboard (each scene's date and caption checked), the presenter view and its keys (which
// work whatever has focus, the map too), leaving a story, a link to a scene, and the printed
// handout.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { activeOn, dataset, firstDay, open, ready, setDate, setup, shots, test } from "./helpers.mjs";

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

/** Starts the default story and presents it. */
async function present(page) {
  await page.getByRole("button", { name: "Story", exact: true }).click();
  await page.getByRole("button", { name: "Present" }).click();
  await page.locator(".app.presenter").waitFor();
}

const PROJECTOR = { viewport: { width: 1280, height: 720 } };

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
    const { page, context } = await open(env, "", PROJECTOR);
    await ready(page);
    await present(page);
    const size = await page.locator(".caption").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    assert.ok(size >= 24, `caption font size ${size}px`);
    await page.keyboard.press("ArrowRight");
    await expectScene(page, 1);
    await ready(page);
    await page.screenshot({ path: join(shots, "presenter.png") });
    await page.keyboard.press("p");
    await page.getByRole("button", { name: "Pause" }).waitFor();
    await page.keyboard.press("p");
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

  test("in the presenter view the clicker's keys step through the story whatever has focus", async () => {
    const { page, context } = await open(env, "", PROJECTOR);
    await ready(page);
    await present(page);
    await expectScene(page, 0);
    await page.locator(".keys-hint").waitFor();
    await ready(page); // the glide to the scene has ended
    await page.screenshot({ path: join(shots, "presenter-scene-1.png") });
    // A click on the map gives it focus; the arrow still changes the scene.
    const box = await page.locator("canvas.map-canvas").boundingBox();
    await page.mouse.click(box.x + 30, box.y + box.height - 30);
    assert.equal(await page.evaluate(() => document.activeElement?.tagName), "CANVAS");
    await page.keyboard.press("ArrowRight");
    await expectScene(page, 1);
    await page.keyboard.press("PageDown");
    await expectScene(page, 2);
    // Space goes on to the next scene, as in slides, and does not play.
    await page.keyboard.press(" ");
    await expectScene(page, 3);
    assert.equal(await page.getByRole("button", { name: "Pause" }).count(), 0, "space played the timeline");
    await ready(page);
    await page.screenshot({ path: join(shots, "presenter-scene-4.png") });
    await page.keyboard.press("End");
    await expectScene(page, story.scenes.length - 1);
    await page.keyboard.press("Home");
    await expectScene(page, 0);
    await page.keyboard.press("ArrowLeft");
    await expectScene(page, 0);
    await context.close();
  });

  test("playing leaves the scene visibly, and the way back brings caption and map together", async () => {
    const { page, context } = await open(env, "", PROJECTOR);
    await ready(page);
    await present(page);
    await expectScene(page, 0);
    await page.keyboard.press("p");
    await page.getByRole("button", { name: "Pause" }).waitFor();
    await page.locator(".off-scene").waitFor();
    await page.keyboard.press("p");
    await page.getByRole("button", { name: "Play through time" }).waitFor();
    const note = await page.locator(".off-scene").textContent();
    const shown = await page.locator("output.date").textContent();
    assert.ok(note.includes(`The map has left this scene: it shows ${shown}; the caption is about 1997.`), note);
    await page.screenshot({ path: join(shots, "presenter-off-scene.png") });
    await page.getByRole("button", { name: "Back to the scene" }).click();
    await expectScene(page, 0);
    await page.locator(".off-scene").waitFor({ state: "detached" });
    // The hint in the caption's corner opens the list of keys.
    await page.getByRole("button", { name: "? keys" }).click();
    await page.getByRole("dialog", { name: "Keys" }).waitFor();
    await context.close();
  });

  test("leaving a story gives back the view from before it", async () => {
    const { page, context } = await open(env, "", PROJECTOR);
    await ready(page);
    await setDate(page, "2010-06-01");
    const compare = page.getByRole("checkbox", { name: "Compare with another date" });
    await present(page);
    // The last scene compares two dates and selects a tie.
    await page.keyboard.press("End");
    await expectScene(page, story.scenes.length - 1);
    await page.getByRole("button", { name: "Leave presenter view" }).click();
    await page.locator(".app.presenter").waitFor({ state: "detached" });
    assert.ok(await compare.isChecked());
    await page.getByRole("button", { name: "Close details" }).waitFor();
    await page.getByRole("button", { name: "Leave story" }).click();
    await page.locator("section.story").waitFor({ state: "detached" });
    assert.equal(await page.locator("output.date").textContent(), words("2010-06-01"));
    assert.equal(await compare.isChecked(), false, "the story's comparison stayed on");
    assert.equal(await page.getByRole("button", { name: "Close details" }).count(), 0, "the story's selection stayed");
    await context.close();
  });

  test("a link opens a scene", async () => {
    const { page, context } = await open(env, `?story=${story.id}&scene=3`);
    await ready(page);
    await expectScene(page, 2);
    await context.close();
  });

  test("the handout of a story scene prints its caption, the comparison date and the selected tie", async () => {
    const k = story.scenes.findIndex((s) => s.compare && s.focus.length);
    const scene = story.scenes[k];
    const tie = dataset.ties.find((t) => t.id === scene.focus[0]);
    const { page, context } = await open(env, `?story=${story.id}&scene=${k + 1}`);
    await ready(page);
    await expectScene(page, k);
    await page.emulateMedia({ media: "print" });
    for (const [css, want] of [
      [".scene-title", scene.title],
      [".caption", scene.caption],
      [".compare-date", words(scene.compare)],
      [".detail h2", tie.title],
      [".detail .summary", tie.summary],
    ]) {
      const at = page.locator(css);
      assert.ok(await at.isVisible(), `${css} is printed`);
      assert.ok((await at.textContent()).includes(want), `${css} says ${want}`);
    }
    for (const css of [".story-buttons", ".scenes", ".detail .zoom-to", ".compare .switch"]) {
      assert.equal(await page.locator(css).isVisible(), false, `${css} is left off the handout`);
    }
    await page.screenshot({ path: join(shots, "handout-scene.png"), fullPage: true });
    await writeFile(join(shots, "handout-scene.pdf"), await page.pdf({ format: "A4", printBackground: true }));
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
