// The ATOP dataset (alliances 1815-2018): opened by link and from the picker, the alliances
// drawn on three dates are exactly those in force then (computed here from the file, with
// members' own dates), states that did not exist are said so, and the citations are shown.
// ATOP's alliance 3180 is titled NATO with the members in force on the date shown, and its
// source row waits behind a toggle under readable facts. Screenshots at 1914, 1955 and 2018,
// and of NATO's details in 1985, go to target/screenshots/. The search finds NATO by its
// common name and, picked before it began, moves the date to its first day.
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

/** Waits until `fn` holds in the page; when time runs out, fails saying what was awaited and
 * which address the page shows. */
async function until(page, what, fn, arg) {
  try {
    await page.waitForFunction(fn, arg, { timeout: 5000 });
  } catch (e) {
    throw new Error(`within 5 s, ${what} did not happen; the page shows ${page.url()}`, { cause: e });
  }
}

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

  test("searching for NATO finds it by its name; picking it shows it on its first day", async () => {
    const { page, context, errors } = await open(env, "?dataset=atop-5.1&date=1900-01-01");
    await page.getByRole("heading", { name: TITLE, level: 1 }).waitFor({ timeout: 30_000 });
    await ready(page);
    const nato = atop.ties.find((t) => t.id === "atop-3180-p1");
    const search = page.getByRole("combobox", { name: "Find a state or tie" });
    await search.fill("nato");
    await page.getByRole("option", { name: /^NATO / }).waitFor();
    const found = await page.locator("#find-options").getByRole("option").allTextContents();
    // Its two phases are offered once: in 1900, the nearer one, the first.
    assert.equal(found.filter((o) => o.startsWith("NATO ")).length, 1, found.join("; "));
    assert.match(found[0], /^NATO \(North Atlantic Treaty\), phase 1 tie · 4 April 1949 – 19 June 1951$/);
    await page.screenshot({ path: join(shots, "atop-search-nato.png") });
    await search.press("Enter");
    await page.getByRole("heading", { name: /^NATO \(North Atlantic Treaty\), phase 1: United States of America, Canada/, level: 2 }).waitFor();
    await until(page, "the address naming NATO's first phase", () => new URLSearchParams(location.search).get("tie") === "atop-3180-p1");
    assert.equal(new URL(page.url()).searchParams.get("date"), nato.start);
    await until(page, "NATO drawn on the map", () => (document.querySelector("canvas.map-canvas")?.getAttribute("data-ties") ?? "").split(" ").includes("atop-3180-p1"));
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("NATO is named, with the members of the date shown, and its source row behind a toggle", async () => {
    const { page, context, errors } = await open(env, "?dataset=atop-5.1&date=1985-06-01&tie=atop-3180-p2");
    const heading = page.locator(".detail h2");
    await page.getByRole("heading", { name: "NATO (North Atlantic Treaty), phase 2", level: 2 }).waitFor({ timeout: 30_000 });
    await ready(page);
    // 16 members in June 1985: the 12 signatories, Greece, Turkey, West Germany and Spain.
    assert.equal(await heading.textContent(), "NATO (North Atlantic Treaty), phase 2: United States of America, Canada, United Kingdom and 13 more");
    const taking = await page.evaluate(() => [...document.querySelectorAll('.detail [aria-label="Members"] .chip:not(.inactive)')].map((b) => b.textContent));
    assert.equal(taking.length, 16, taking.join("; "));
    assert.ok(taking.some((t) => t.startsWith("German Federal Republic")), "West Germany takes part in 1985");
    assert.ok(!taking.some((t) => t.startsWith("Germany")), "united Germany does not yet");
    const facts = await page.locator(".detail .source-facts").textContent();
    for (const words of ["North Atlantic Treaty, Washington", "Signed4 April 1949", "Obligationsdefense, non-aggression and consultation"]) {
      assert.ok(facts.includes(words), `the facts say ${words}: ${facts}`);
    }
    const row = () => page.evaluate(() => {
      const d = document.querySelector(".detail .source-row");
      const q = d.querySelector("blockquote");
      return { open: d.open, shown: q.checkVisibility(), text: q.textContent };
    });
    const before = await row();
    assert.equal(before.open, false);
    assert.equal(before.shown, false, "the source row is hidden at first");
    await page.screenshot({ path: join(shots, "atop-nato-1985.png") });
    // Opened from the keyboard, as a keyboard reader does (WebKit's driver calls a
    // <summary> not interactable to a click).
    const toggle = page.locator(".detail .source-row summary");
    await toggle.scrollIntoViewIfNeeded();
    await toggle.focus();
    await toggle.press("Enter");
    await page.waitForFunction(() => document.querySelector(".detail .source-row").open);
    const after = await row();
    assert.equal(after.shown, true, "the toggle shows the source row");
    assert.ok(after.text.startsWith("“3180,3180.2,"), after.text);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
