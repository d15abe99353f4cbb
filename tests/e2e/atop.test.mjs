// The ATOP dataset (alliances 1815-2018): opened by link and from the picker, the alliances
// drawn on three dates are exactly those in force then (computed here from the file, with
// members' own dates), states that did not exist are said so, and the citations are shown.
// Screenshots at 1914, 1955 and 2018 go to target/screenshots/.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { drawnTies, firstDay, inForce, lastDay, open, ready, repo, setup, shots, test } from "./helpers.mjs";

const env = setup();
const atop = JSON.parse(await readFile(join(repo, "data", "atop-5.1.json"), "utf8"));
const TITLE = "Alliances 1815–2018 (ATOP 5.1)";

/** A member takes part from its own start (or the tie's) to its own end (or the tie's). */
const takesPart = (m, t, day) => {
  const [start, end] = typeof m === "string" ? [t.start, t.end] : [m.start ?? t.start, m.end ?? t.end];
  return firstDay(start) <= day && (end == null || day <= lastDay(end));
};
/** An alliance is drawn when in force and at least two of its members take part. */
const drawnOn = (day) => atop.ties.filter((t) => inForce(t, day) && t.members.filter((m) => takesPart(m, t, day)).length >= 2).map((t) => t.id).sort();

describe("the ATOP dataset", () => {
  for (const [date, shot, expect] of [
    ["1914-06-28", "atop-1914.png", ["atop-1350-p4"]],
    ["1955-05-14", "atop-1955.png", ["atop-3180-p2", "atop-3285"]],
    ["2018-06-30", "atop-2018.png", ["atop-3180-p2"]],
  ]) {
    test(`on ${date}, the alliances in force are drawn`, async () => {
      const { page, context, errors } = await open(env, `?dataset=atop-5.1&date=${date}`);
      await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor({ timeout: 30_000 });
      await ready(page);
      const want = drawnOn(firstDay(date));
      for (const id of expect) assert.ok(want.includes(id), `${id} is in force on ${date}`);
      assert.deepEqual(await drawnTies(page), want);
      await page.screenshot({ path: join(shots, shot) });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("the picker switches datasets, and the link keeps the choice", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await page.getByRole("combobox", { name: "Dataset" }).selectOption("atop-5.1");
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor({ timeout: 30_000 });
    await ready(page);
    await page.waitForFunction(() => /dataset=atop-5\.1/.test(location.search) && /date=/.test(location.search));
    assert.equal(await page.getByRole("combobox", { name: "Dataset" }).inputValue(), "atop-5.1");
    await page.getByRole("combobox", { name: "Dataset" }).selectOption("space-cyber-isr");
    await page.getByRole("heading", { name: "Space, cyber and ISR ties", level: 1 }).waitFor({ timeout: 30_000 });
    await context.close();
  });

  test("the citations are shown, and a state that did not exist is said so", async () => {
    const { page, context } = await open(env, "?dataset=atop-5.1&date=1914-06-28&state=XCZE");
    await page.getByRole("heading", { name: "Czechoslovakia", level: 2 }).waitFor({ timeout: 30_000 });
    const about = await page.locator(".about").textContent();
    for (const words of ["Leeds, Brett Ashley, Jeffrey M. Ritter, Sara McLaughlin Mitchell and Andrew G. Long (2002)", "International Interactions 28: 237-260", "Correlates of War Project (2011), State System Membership List, v2011"]) {
      assert.ok(about.includes(words), `the description cites: ${words}`);
    }
    assert.match(await page.locator(".detail").textContent(), /Does not exist on 28 June 1914\./);
    await context.close();
  });
});
