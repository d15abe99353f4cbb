// The overlays behave as dialogs: the table view, the embed dialog and the presenter's list of
// keys close with Escape, take focus when they open and give it back to what opened them when
// they close, and never cover the control that toggles them.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { open, ready, setup, shots, test } from "./helpers.mjs";

const env = setup();

/** The dialog that holds the focus (by the id of its title), and the focused element. */
const focus = (page) =>
  page.evaluate(() => {
    const e = document.activeElement;
    return {
      dialog: e?.closest('[role="dialog"]')?.getAttribute("aria-labelledby") ?? null,
      text: e?.textContent?.trim() ?? "",
      controls: e?.getAttribute("aria-controls") ?? null,
    };
  });

/** Whether nothing covers the element: it is the topmost thing at its centre. */
const uncovered = (locator) =>
  locator.evaluate((e) => {
    e.scrollIntoView({ block: "nearest" });
    const r = e.getBoundingClientRect();
    const top = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    return r.width > 0 && (top === e || e.contains(top));
  });

describe("dialogs", () => {
  for (const [size, viewport] of [
    ["wide", { width: 1280, height: 800 }],
    ["narrow", { width: 640, height: 600 }],
  ]) {
    test(`the table view (${size}): Escape closes it, focus goes in and back to Table, which stays in reach`, async () => {
      const { page, context, errors } = await open(env, "", { viewport });
      await ready(page);
      const table = page.getByRole("button", { name: "Table", exact: true });
      const dialog = page.getByRole("dialog", { name: "Table of the ties shown" });
      await table.click();
      await dialog.waitFor();
      await page.locator(".table-view .ties-table tbody tr").first().waitFor();
      assert.equal((await focus(page)).dialog, "table-title", "focus moves into the table");
      assert.equal(await table.getAttribute("aria-expanded"), "true");
      assert.ok(await uncovered(table), "the Table button is not covered");
      await page.screenshot({ path: join(shots, `table-view-${size}.png`) });
      await page.keyboard.press("Escape");
      await dialog.waitFor({ state: "detached" });
      assert.equal((await focus(page)).controls, "ties-table", "focus is back on the Table button");
      assert.equal(await table.getAttribute("aria-expanded"), "false");
      // Closed, the table stays in the page for assistive technology.
      assert.equal(await page.locator("#ties-table .ties-table").count(), 1);
      // The Table button closes it as it opened it; so does the table's own ×.
      await table.click();
      await dialog.waitFor();
      await table.click();
      await dialog.waitFor({ state: "detached" });
      await table.click();
      await dialog.waitFor();
      await page.getByRole("button", { name: "Hide the table" }).click();
      await dialog.waitFor({ state: "detached" });
      assert.equal((await focus(page)).controls, "ties-table");
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("the embed dialog: Escape closes it, Tab stays inside, focus goes back to Embed", async () => {
    const { page, context, errors } = await open(env);
    await ready(page);
    const embed = page.getByRole("button", { name: "Embed", exact: true });
    const dialog = page.getByRole("dialog", { name: "Embed this map" });
    await embed.click();
    await dialog.waitFor();
    assert.equal((await focus(page)).dialog, "embed-title", "focus moves into the dialog");
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      assert.equal((await focus(page)).dialog, "embed-title", `Tab ${i + 1} stays in the dialog`);
    }
    await page.screenshot({ path: join(shots, "embed-dialog-focus.png") });
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    assert.equal((await focus(page)).text, "Embed", "focus is back on the Embed button");
    // Its Close button, in view, does the same.
    await embed.click();
    await dialog.waitFor();
    const close = dialog.getByRole("button", { name: "Close", exact: true });
    assert.ok(await uncovered(close));
    await close.click();
    await dialog.waitFor({ state: "detached" });
    assert.equal((await focus(page)).text, "Embed");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("the presenter's keys: Escape closes them before the presenter view, ? toggles them, focus comes back", async () => {
    const { page, context, errors } = await open(env, "", { viewport: { width: 1280, height: 720 } });
    await ready(page);
    await page.getByRole("button", { name: "Story", exact: true }).click();
    await page.getByRole("button", { name: "Present" }).click();
    await page.locator(".app.presenter").waitFor();
    // Where Present took the page full screen, the browser keeps Esc for leaving it; F leaves it too.
    if (await page.evaluate(() => document.fullscreenElement !== null)) {
      await page.keyboard.press("f");
      await page.waitForFunction(() => document.fullscreenElement === null);
    }
    const next = page.getByRole("button", { name: "Next →" });
    const dialog = page.getByRole("dialog", { name: "Keys" });
    await next.focus();
    await page.keyboard.press("?");
    await dialog.waitFor();
    assert.equal((await focus(page)).dialog, "help-title", "focus moves into the list of keys");
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press("Tab");
      assert.equal((await focus(page)).dialog, "help-title", `Tab ${i + 1} stays in the dialog`);
    }
    await page.keyboard.press("Escape");
    await dialog.waitFor({ state: "detached" });
    assert.equal(await page.locator(".app.presenter").count(), 1, "Esc closed the keys, not the presenter view");
    assert.equal((await focus(page)).text, "Next →", "focus is back where it was");
    // The key that shows the list hides it too, from inside it.
    await page.keyboard.press("?");
    await dialog.waitFor();
    await page.keyboard.press("?");
    await dialog.waitFor({ state: "detached" });
    assert.equal((await focus(page)).text, "Next →");
    // Then Esc leaves the presenter view.
    await page.keyboard.press("Escape");
    await page.locator(".app.presenter").waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
    await context.close();
  });
});
