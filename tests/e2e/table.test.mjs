// End-to-end tests of the table of ties (sorted by its headings, filtered by text, domain and
// stance, the rows kept downloaded as CSV) and of the date typed beside the timeline, with
// the slider's month and year steps. Acts through the controls' accessible names; checks
// what the table lists against the dataset.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { dataset, firstDay, inForce, open, ready, setDate, setup, shots, test } from "./helpers.mjs";

const env = setup();
const DATE = "2021-06-15";
const day = firstDay(DATE);
const names = Object.fromEntries(dataset.states.map((s) => [s.id, s.name]));
const labels = Object.fromEntries(dataset.domains.map((d) => [d.id, d.label]));
const inForceNow = dataset.ties.filter((t) => inForce(t, day));
const PHONE = { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true };

/** Text compared as the table compares it: without regard to case. */
const byText = (a, b) => {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  return x < y ? -1 : x > y ? 1 : 0;
};
/** Whether a tie matches every word of a text in its title, members or domains. */
const matches = (t, text) => {
  const hay = [t.title, t.members.map((m) => names[m]).join(", "), t.domains.map((d) => labels[d]).join(", ")].join("\n").toLowerCase();
  return text.toLowerCase().split(/\s+/).filter(Boolean).every((w) => hay.includes(w));
};

async function openTable(options) {
  const opened = await open(env, "", options);
  await ready(opened.page);
  await setDate(opened.page, DATE);
  await opened.page.getByRole("button", { name: "Table", exact: true }).click();
  await opened.page.locator(".table-view").waitFor();
  return opened;
}

const titles = (page) => page.locator(".table-view tbody td[data-label='Tie']").allTextContents();

/** Waits until the table lists exactly `expected` titles (in that order when `ordered`). */
async function waitForTitles(page, expected, ordered = true) {
  const want = ordered ? expected : [...expected].sort();
  try {
    await page.waitForFunction(
      ([w, o]) => {
        const got = [...document.querySelectorAll(".table-view tbody td[data-label='Tie']")].map((td) => td.textContent);
        return JSON.stringify(o ? got : got.sort()) === JSON.stringify(w);
      },
      [want, ordered],
      { timeout: 10_000 },
    );
  } catch {
    assert.deepEqual(ordered ? await titles(page) : (await titles(page)).sort(), want, "the table's rows");
  }
}

async function countSays(page, text) {
  const count = page.locator(".table-count p");
  try {
    await page.waitForFunction((t) => document.querySelector(".table-count p")?.textContent === t, text, { timeout: 10_000 });
  } catch {
    assert.equal(await count.textContent(), text, "the table's count");
  }
}

const slider = (page) => page.getByRole("slider", { name: /Ties in force on/ });

/** Waits until the slider holds `value`, or fails saying what it holds. */
async function sliderAt(page, value) {
  try {
    await page.waitForFunction((v) => document.querySelector("#date-slider").value === String(v), value, { timeout: 10_000 });
  } catch {
    assert.equal(await slider(page).inputValue(), String(value), "the slider's value");
  }
}

describe("the table of ties", () => {
  test("a heading sorts the table one way, then the other", async () => {
    const { page, context, errors } = await openTable();
    await countSays(page, `${inForceNow.length} ties`);
    const tie = page.getByRole("button", { name: "Tie", exact: true });
    const heading = page.locator(".table-view thead th").first();
    assert.equal(await heading.getAttribute("aria-sort"), null);

    await tie.click();
    const ascending = inForceNow.map((t) => t.title).sort(byText);
    await waitForTitles(page, ascending);
    assert.equal(await heading.getAttribute("aria-sort"), "ascending");

    await tie.click();
    await waitForTitles(page, [...ascending].reverse());
    assert.equal(await heading.getAttribute("aria-sort"), "descending");

    // Members sort by how many take part; the Tie heading is no longer sorted.
    await page.getByRole("button", { name: "Members", exact: true }).click();
    await page.waitForFunction(() => document.querySelector("th[aria-sort]")?.textContent.startsWith("Members"));
    assert.equal(await heading.getAttribute("aria-sort"), null);
    const sizes = (await page.locator(".table-view tbody td[data-label='Members']").allTextContents()).map((m) => m.split(", ").length);
    assert.deepEqual(sizes, [...sizes].sort((a, b) => a - b), "fewest members first");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("text, domain and stance filter the rows; the rows kept download as CSV", async () => {
    const { page, context, errors } = await openTable();
    assert.equal(await page.getByRole("button", { name: "Download these rows (CSV)" }).count(), 0, "nothing to download before a filter");

    await page.getByRole("searchbox", { name: "Text" }).fill("japan");
    const japan = inForceNow.filter((t) => matches(t, "japan"));
    assert.ok(japan.length > 1 && japan.length < inForceNow.length, "the test's text keeps some ties and leaves some out");
    await countSays(page, `${japan.length} of ${inForceNow.length} ties`);
    await waitForTitles(page, japan.map((t) => t.title), false);

    await page.getByRole("combobox", { name: "Domain" }).selectOption("Space");
    const japanSpace = japan.filter((t) => t.domains.includes("space"));
    assert.ok(japanSpace.length > 0 && japanSpace.length < japan.length);
    await countSays(page, `${japanSpace.length} of ${inForceNow.length} ties`);
    await waitForTitles(page, japanSpace.map((t) => t.title), false);

    await page.getByRole("combobox", { name: "Domain" }).selectOption("All domains");
    await page.getByRole("combobox", { name: "Stance" }).selectOption("rivalry");
    const japanRivalry = japan.filter((t) => t.stance === "rivalry");
    assert.ok(japanRivalry.length > 0 && japanRivalry.length < japan.length);
    await countSays(page, `${japanRivalry.length} of ${inForceNow.length} ties`);
    await waitForTitles(page, japanRivalry.map((t) => t.title), false);
    await page.getByRole("button", { name: "Tie", exact: true }).click();
    const sorted = japanRivalry.sort((a, b) => byText(a.title, b.title));
    await waitForTitles(page, sorted.map((t) => t.title));
    await page.screenshot({ path: join(shots, "table-filtered.png") });

    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download these rows (CSV)" }).click()]);
    assert.equal(file.suggestedFilename(), `alliance-map-${DATE}-filtered.csv`);
    const csv = await readFile(await file.path(), "utf8");
    assert.ok(csv.startsWith("id,title,members,"), "the CSV's header");
    const at = sorted.map((t) => csv.indexOf(`\r\n${t.id},`));
    assert.ok(at.every((i) => i > 0), "every row kept is in the CSV");
    assert.deepEqual(at, [...at].sort((a, b) => a - b), "in the table's order");
    for (const t of inForceNow.filter((t) => !sorted.includes(t))) assert.ok(!csv.includes(`\r\n${t.id},`), `${t.id} is left out`);

    await page.getByRole("searchbox", { name: "Text" }).fill("no tie says this");
    await countSays(page, `0 of ${inForceNow.length} ties`);
    assert.equal(await page.locator(".table-view tbody tr").count(), 0);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("on a phone the headings still sort and the filters fit", async () => {
    const { page, context } = await openTable(PHONE);
    await page.getByRole("button", { name: "Dates", exact: true }).click();
    const byStart = [...inForceNow].sort((a, b) => firstDay(a.start) - firstDay(b.start)).map((t) => t.start);
    const starts = await page.evaluate(() => document.querySelector("th[aria-sort]")?.getAttribute("aria-sort"));
    assert.equal(starts, "ascending");
    const first = (await titles(page))[0];
    assert.equal(inForceNow.find((t) => t.title === first).start, byStart[0]);
    await page.getByRole("searchbox", { name: "Text" }).fill("quad");
    await countSays(page, `${inForceNow.filter((t) => matches(t, "quad")).length} of ${inForceNow.length} ties`);
    const box = await page.locator(".table-filters").boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 390, `the filters fit the screen (${JSON.stringify(box)})`);
    await page.screenshot({ path: join(shots, "table-phone.png") });
    await context.close();
  });
});

describe("a date you can type", () => {
  test("a typed date is applied; a bad one is explained and not applied", async () => {
    const opened = await open(env);
    const { page, context, errors } = opened;
    await ready(page);
    const field = page.getByRole("textbox", { name: "Go to date" });
    const shown = page.locator("output.date");

    await field.fill("2019-03");
    await field.press("Enter");
    await sliderAt(page, firstDay("2019-03-01"));
    assert.equal(await shown.textContent(), "1 March 2019");
    assert.equal(await field.inputValue(), "2019-03-01", "the field shows the date applied");

    for (const [bad, message] of [
      ["2019-13", "No such date: month 13 does not exist (expected 01 to 12)."],
      ["2019-04-31", "No such date: day 31 does not exist in that month (it has 30 days)."],
      ["1900", "That is before the timeline begins, on 1 January 1997."],
      ["15/06/2021", "Type a date as YYYY, YYYY-MM or YYYY-MM-DD, such as 1985-06-01."],
    ]) {
      await field.fill(bad);
      await page.getByRole("button", { name: "Go", exact: true }).click();
      const alert = page.getByRole("alert");
      await page.waitForFunction((m) => document.querySelector("#date-typed-error")?.textContent === m, message).catch(async () => {
        assert.equal(await alert.textContent(), message, `the message for ${bad}`);
      });
      assert.equal(await field.getAttribute("aria-invalid"), "true");
      assert.match(await field.getAttribute("aria-describedby"), /date-typed-error/);
      assert.equal(await slider(page).inputValue(), String(firstDay("2019-03-01")), `${bad} is not applied`);
      assert.equal(await shown.textContent(), "1 March 2019");
    }
    await page.screenshot({ path: join(shots, "date-typed-error.png") });

    await field.fill("2021-06-15");
    await field.press("Enter");
    await sliderAt(page, firstDay("2021-06-15"));
    assert.equal(await shown.textContent(), "15 June 2021");
    assert.equal(await field.getAttribute("aria-invalid"), null, "the message goes once a date is applied");
    assert.equal(await page.locator("#date-typed-error").textContent(), "");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("on a phone the field and its message fit beside the timeline", async () => {
    const { page, context } = await open(env, "", PHONE);
    await ready(page);
    const field = page.getByRole("textbox", { name: "Go to date" });
    await field.scrollIntoViewIfNeeded();
    await field.click();
    await field.fill("2030");
    await page.getByRole("button", { name: "Go", exact: true }).click();
    await page.getByRole("alert").waitFor();
    const box = await page.locator("#date-typed-error").boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 390, `the message fits the screen (${JSON.stringify(box)})`);
    await page.screenshot({ path: join(shots, "date-typed-error-phone.png") });
    await context.close();
  });

  test("Shift with an arrow moves the slider a month, Ctrl a year", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await setDate(page, "2015-01-31");
    await slider(page).press("Shift+ArrowRight");
    await sliderAt(page, firstDay("2015-02-28"));
    await slider(page).press("Control+ArrowRight");
    await sliderAt(page, firstDay("2016-02-28"));
    await slider(page).press("Shift+ArrowLeft");
    await sliderAt(page, firstDay("2016-01-28"));
    await slider(page).press("Control+ArrowLeft");
    await sliderAt(page, firstDay("2015-01-28"));
    await slider(page).press("ArrowRight");
    await sliderAt(page, firstDay("2015-01-29"));
    await context.close();
  });
});
