// End-to-end tests of the built app (dist/) in headless Chromium, acting as a person would:
// through the slider, the buttons and the map itself. Screenshots go to target/screenshots/.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { activeOn, dataset, drawnTies, firstDay, open as openIn, ready, setDate, setup, shots, test } from "./helpers.mjs";

const env = setup();
const open = (path, options) => openIn(env, path, options);

describe("the default dataset", () => {
  test("draws exactly the ties in force on the chosen date", async () => {
    const { page, context, errors } = await open();
    await ready(page);
    for (const [date, words] of [["2009-06-01", "1 June 2009"], ["2021-06-15", "15 June 2021"]]) {
      await setDate(page, date);
      const expected = activeOn(firstDay(date)).sort();
      assert.ok(expected.length > 0, `the dataset has ties in force on ${date}`);
      assert.deepEqual(await drawnTies(page), expected, `ties drawn on ${date}`);
      assert.equal(await page.locator("output.date").textContent(), words);
      await page.screenshot({ path: join(shots, `desktop-${date}.png`) });
    }
    assert.notDeepEqual(activeOn(firstDay("2009-06-01")), activeOn(firstDay("2021-06-15")), "the two dates differ");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("clicking a state on the map lists its ties; a tie shows its source quote", async () => {
    const { page, context } = await open();
    await ready(page);
    await setDate(page, "2021-06-15");
    // Click where Japan's marker is drawn, as a person would.
    const box = await page.locator('.proxy[data-state="JPN"]').boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.getByRole("heading", { name: "Japan", level: 2 }).waitFor();
    const japanTies = dataset.ties.filter((t) => activeOn(firstDay("2021-06-15")).includes(t.id) && t.members.includes("JPN"));
    const listed = await page.locator(".detail .tie-link").allTextContents();
    assert.deepEqual(listed.sort(), japanTies.map((t) => t.title).sort());
    await page.screenshot({ path: join(shots, "desktop-japan.png") });

    const tie = japanTies.find((t) => t.members.length === 2) ?? japanTies[0];
    await page.getByRole("button", { name: tie.title, exact: true }).click();
    await page.getByRole("heading", { name: tie.title, level: 2 }).waitFor();
    const quote = tie.sources[0].quote;
    assert.ok((await page.locator(".detail blockquote").allTextContents()).some((q) => q.includes(quote)));
    const source = dataset.sources.find((s) => s.id === tie.sources[0].source);
    assert.ok((await page.locator(".detail .cite").allTextContents()).some((c) => c.includes(source.title)));
    await page.screenshot({ path: join(shots, "desktop-tie.png") });

    // Clicking empty map clears the selection.
    await page.getByRole("button", { name: "Close details" }).click();
    await page.getByRole("heading", { name: /ties in force/, level: 2 }).waitFor();
    await context.close();
  });

  test("zoom buttons and the wheel zoom the map; play moves through time and pauses", async () => {
    const { page, context } = await open();
    await ready(page);
    const japan = page.locator('.proxy[data-state="JPN"]');
    await japan.waitFor({ state: "attached" });
    await page.waitForFunction(() => document.querySelector('.proxy[data-state="JPN"]')?.style.left);
    const size = async () => (await japan.boundingBox()).width;
    const before = await japan.boundingBox();
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.waitForFunction((x) => document.querySelector('.proxy[data-state="JPN"]').getBoundingClientRect().x !== x, before.x);
    assert.ok(Math.abs((await size()) - before.width) < 0.01, "markers keep their size in pixels");
    await page.getByRole("button", { name: "Show the whole map" }).click();
    await page.waitForFunction((x) => Math.abs(document.querySelector('.proxy[data-state="JPN"]').getBoundingClientRect().x - x) < 0.5, before.x);
    const canvas = await page.locator("canvas.map-canvas").boundingBox();
    await page.mouse.move(canvas.x + canvas.width / 2, canvas.y + canvas.height / 2);
    await page.mouse.wheel(0, -400);
    await page.waitForFunction((x) => Math.abs(document.querySelector('.proxy[data-state="JPN"]').getBoundingClientRect().x - x) > 5, before.x);

    const slider = page.getByRole("slider", { name: /Ties in force on/ });
    const start = await slider.inputValue();
    await page.getByRole("button", { name: "Play through time" }).click();
    // At the last date, play starts over from the first and then moves forward.
    await page.waitForFunction((v) => {
      const now = document.querySelector("#date-slider").value;
      return now !== v && Number(now) > Number(document.querySelector("#date-slider").min);
    }, start);
    await page.getByRole("button", { name: "Pause" }).click();
    const paused = await slider.inputValue();
    await page.getByRole("button", { name: "Play through time" }).waitFor();
    assert.equal(await slider.inputValue(), paused, "paused stays put");
    await context.close();
  });

  test("on a touch screen, one finger pans and two fingers pinch to zoom", async () => {
    const { page, context } = await open("", {
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    });
    const japan = '.proxy[data-state="JPN"]';
    await ready(page);
    const centre = async () => {
      const b = await page.locator(japan).boundingBox();
      return [b.x + b.width / 2, b.y + b.height / 2];
    };
    const moved = (from) => page.waitForFunction(([sel, x, y]) => {
      const b = document.querySelector(sel).getBoundingClientRect();
      return Math.abs(b.x + b.width / 2 - x) > 1 || Math.abs(b.y + b.height / 2 - y) > 1;
    }, [japan, ...from]);
    const cdp = await context.newCDPSession(page);
    const touch = (type, points) =>
      cdp.send("Input.dispatchTouchEvent", { type, touchPoints: points.map(([x, y], id) => ({ x, y, id })) });
    const canvas = await page.locator("canvas.map-canvas").boundingBox();
    const [cx, cy] = [canvas.x + canvas.width / 2, canvas.y + canvas.height / 2];

    const start = await centre();
    await touch("touchStart", [[cx, cy]]);
    for (let k = 1; k <= 5; k++) await touch("touchMove", [[cx + 12 * k, cy + 8 * k]]);
    await touch("touchEnd", []);
    await moved(start);
    const panned = await centre();
    assert.ok(Math.abs(panned[0] - start[0] - 60) < 1.5 && Math.abs(panned[1] - start[1] - 40) < 1.5, `panned by (60, 40): ${start} -> ${panned}`);

    // Fingers 80 px apart spread to 180 px about the centre: 2.25 times larger there.
    await touch("touchStart", [[cx - 40, cy], [cx + 40, cy]]);
    for (let k = 1; k <= 5; k++) await touch("touchMove", [[cx - 40 - 10 * k, cy], [cx + 40 + 10 * k, cy]]);
    await touch("touchEnd", []);
    await moved(panned);
    const pinched = await centre();
    for (const axis of [0, 1]) {
      const c = [cx, cy][axis];
      assert.ok(Math.abs(pinched[axis] - (c + 2.25 * (panned[axis] - c))) < 2, `zoomed about the fingers: ${panned} -> ${pinched}`);
    }
    await page.screenshot({ path: join(shots, "phone-pinched.png") });
    await context.close();
  });

  test("reads on a phone screen", async () => {
    const { page, context, errors } = await open("", {
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true,
    });
    await ready(page);
    await setDate(page, "2021-06-15");
    assert.deepEqual(await drawnTies(page), activeOn(firstDay("2021-06-15")).sort());
    const canvas = await page.locator("canvas.map-canvas").boundingBox();
    assert.ok(canvas.width <= 390 && canvas.height > 300, `map fits the phone: ${JSON.stringify(canvas)}`);
    await page.screenshot({ path: join(shots, "phone-2021.png") });
    await page.screenshot({ path: join(shots, "phone-2021-full.png"), fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });
});

describe("a broken dataset", () => {
  test("names each problem and where it is", async () => {
    const { page, context } = await open("?data=fixtures/broken-references.json");
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const items = await alert.locator("li").allTextContents();
    assert.deepEqual(items, [
      'ties[1].members[1]: unknown id "XYZ": it is not declared in `states`',
      "ties[2].end: the tie ends (2015-01) before it starts (2016-05-10)",
    ]);
    await page.screenshot({ path: join(shots, "broken-references.png") });
    await context.close();
  });

  test("points at the line and column of a JSON syntax error", async () => {
    const { page, context } = await open("?data=fixtures/broken-syntax.json");
    const text = await page.getByRole("alert").textContent();
    assert.match(text, /line 7, column 0: the file is not valid JSON: EOF while parsing a value/);
    await context.close();
  });

  test("says when the file cannot be fetched", async () => {
    const { page, context } = await open("?data=fixtures/missing.json");
    const text = await page.getByRole("alert").textContent();
    assert.match(text, /fixtures\/missing\.json has 1 problem/);
    assert.match(text, /the server answered 404/);
    await context.close();
  });
});
