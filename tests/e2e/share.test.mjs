// End-to-end tests of sharing: the address bar holds the view (round trip, Back and
// Forward, ignored parameters), embed mode in a small iframe, and the embed snippet.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { activeOn, centreOf, dataset, drawnTies, firstDay, open, ready, setDate, setup, shots, waitForDrawn, test } from "./helpers.mjs";

const env = setup();
const DATE = "2021-06-15";

describe("sharing", () => {
  test("the address holds the view, and a reload restores it", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await setDate(page, DATE);
    await page.getByRole("checkbox", { name: /^Cyber/ }).uncheck();
    const search = page.getByRole("combobox", { name: "Find a state" });
    await search.fill("Japan");
    await search.press("Enter");
    await page.waitForFunction(() => /state=JPN/.test(location.search) && /focus=/.test(location.search) && /hide=cyber/.test(location.search));
    const url = new URL(page.url());
    assert.equal(url.searchParams.get("date"), DATE);
    await ready(page); // the glide to Japan has ended
    const drawn = await drawnTies(page);
    const before = await centreOf(page, "JPN");

    await page.reload();
    await ready(page);
    await page.getByRole("heading", { name: "Japan", level: 2 }).waitFor();
    assert.equal(await page.locator("output.date").textContent(), "15 June 2021");
    assert.equal(await page.getByRole("checkbox", { name: /^Cyber/ }).isChecked(), false);
    await waitForDrawn(page, drawn);
    assert.deepEqual(await drawnTies(page), drawn);
    // The link records the states brought into view (Japan and its partners), which the
    // map brings into view again: in a box of the same size, the same view.
    const after = await centreOf(page, "JPN");
    assert.ok(Math.abs(after[0] - before[0]) < 1.5 && Math.abs(after[1] - before[1]) < 1.5, `same place: ${before} vs ${after}`);
    assert.match(url.searchParams.get("focus"), /(^|,)JPN(,|$)/);
    await context.close();
  });

  test("Back and Forward step through selections", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const chips = page.getByRole("list", { name: "States" });
    await chips.getByRole("button", { name: "China", exact: true }).click();
    await page.waitForFunction(() => /state=CHN/.test(location.search));
    await page.getByRole("button", { name: "Close details" }).click();
    await page.waitForFunction(() => !/state=/.test(location.search));
    await page.getByRole("list", { name: "States" }).getByRole("button", { name: "India", exact: true }).click();
    await page.waitForFunction(() => /state=IND/.test(location.search));
    // History: the first view, China, no selection, India.
    await page.goBack();
    await page.getByRole("heading", { name: /ties in force/, level: 2 }).waitFor();
    await page.goBack();
    await page.getByRole("heading", { name: "China", level: 2 }).waitFor();
    await page.goForward();
    await page.goForward();
    await page.getByRole("heading", { name: "India", level: 2 }).waitFor();
    await context.close();
  });

  test("parameters that cannot be used are noticed, and the notice can be dismissed", async () => {
    const { page, context, errors } = await open(env, "?date=2021-02-30&state=XYZ&colour=red");
    await ready(page);
    const notice = page.locator(".notices");
    const items = await notice.locator("li").allTextContents();
    assert.deepEqual(items, [
      "`date=2021-02-30` was ignored: day 30 does not exist in that month (it has 28 days)",
      "`colour` is not a parameter this map reads, so it was ignored",
      '`state` names "XYZ", which is not a state of this dataset',
    ]);
    await page.getByRole("button", { name: "Dismiss these notices" }).click();
    assert.equal(await notice.count(), 0);
    assert.ok((await drawnTies(page)).length > 0, "the map is drawn");
    assert.deepEqual(errors, []);
    await context.close();
  });

  test("embed mode fills a 400x300 iframe with the map, a compact timeline and the sources", async () => {
    const { page, context } = await open(env);
    await page.setContent(`<!doctype html><title>Article</title><p>An article with a map:</p>
      <iframe src="${env.server.url}?embed=1&date=${DATE}" title="Map" width="400" height="300" style="border:1px solid #ccc"></iframe>`);
    const frame = page.frameLocator("iframe");
    await frame.locator('canvas.map-canvas[aria-busy="false"]').waitFor();
    const canvas = frame.locator("canvas.map-canvas");
    await frame.locator("canvas.map-canvas").evaluate((c, want) => new Promise((ok) => {
      const check = () => ((c.getAttribute("data-ties") ?? "").split(" ").filter(Boolean).length === want ? ok() : requestAnimationFrame(check));
      check();
    }), activeOn(firstDay(DATE)).length);
    assert.deepEqual((await canvas.getAttribute("data-ties")).split(" ").sort(), activeOn(firstDay(DATE)).sort());
    assert.equal(await frame.getByRole("combobox", { name: "Find a state" }).count(), 0, "no search in embed mode");
    assert.equal(await frame.getByRole("slider", { name: /Ties in force on/ }).count(), 1);
    const credit = await frame.locator(".credit-line").getAttribute("title");
    for (const s of dataset.sources) assert.ok(credit.includes(s.title), `credits ${s.title}`);
    const link = await frame.getByRole("link", { name: "Open full view" }).getAttribute("href");
    assert.match(link, /date=2021-06-15/);
    assert.doesNotMatch(link, /embed/);
    const box = await canvas.boundingBox();
    assert.ok(box.height > 150, `the map takes most of the frame: ${box.height}`);
    await page.screenshot({ path: join(shots, "embed-400x300.png") });
    await context.close();
  });

  test("the Embed dialog gives a snippet that shows the same view", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await setDate(page, DATE);
    await page.getByRole("button", { name: "Embed", exact: true }).click();
    const code = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
    assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?date=2021-06-15&amp;embed=1" title="Space, cyber and ISR ties \(interactive map\)" width="800" height="600"/);
    await page.screenshot({ path: join(shots, "embed-dialog.png") });
    await page.getByRole("button", { name: "Close" }).click();
    await page.setContent(`<!doctype html><title>Snippet</title>${code}`);
    const frame = page.frameLocator("iframe");
    await frame.locator('canvas.map-canvas[aria-busy="false"]').waitFor();
    assert.equal(await frame.locator("output.date").textContent(), "15 June 2021");
    await context.close();
  });

  test("a framed view's snippet fits any box: the Quad summit at 640x400 and 390x600", async () => {
    const quad = dataset.ties.find((t) => t.id === "quad-summit-2021");
    const names = quad.members.map((id) => dataset.states.find((s) => s.id === id).name);
    const { page, context } = await open(env, "?date=2021-03-12&tie=quad-summit-2021");
    await ready(page);
    await page.getByRole("button", { name: "Zoom to this on the map" }).click();
    await page.waitForFunction(() => /focus=/.test(location.search), null, { timeout: 10_000 });
    await ready(page);
    await page.getByRole("button", { name: "Embed", exact: true }).click();
    const code = await page.getByRole("textbox", { name: "Embed code" }).inputValue();
    const focus = new URL(code.match(/src="([^"]+)"/)[1].replaceAll("&amp;", "&")).searchParams.get("focus");
    assert.deepEqual(focus?.split(",").sort(), [...quad.members].sort(), "the snippet records the states framed");
    assert.doesNotMatch(code, /view=/, "not a centre and zoom tied to this box");
    await page.getByRole("button", { name: "Close", exact: true }).click();
    for (const [width, height] of [[640, 400], [390, 600]]) {
      const sized = code.replace('width="800" height="600"', `width="${width}" height="${height}"`);
      await page.setContent(`<!doctype html><title>Snippet</title>${sized}`);
      const frame = page.frameLocator("iframe");
      await frame.locator('canvas.map-canvas[aria-busy="false"]').waitFor();
      const canvas = await frame.locator("canvas.map-canvas").boundingBox();
      const labels = (await frame.locator("canvas.map-canvas").getAttribute("data-labels")).split("\n");
      for (const [i, id] of quad.members.entries()) {
        const b = await frame.locator(`.proxy[data-state="${id}"]`).boundingBox();
        assert.ok(b, `${width}x${height}: ${id} has a marker`);
        const [x, y] = [b.x + b.width / 2, b.y + b.height / 2];
        assert.ok(x >= canvas.x && x <= canvas.x + canvas.width && y >= canvas.y && y <= canvas.y + canvas.height, `${width}x${height}: ${id}'s marker at ${x},${y} is inside the map ${JSON.stringify(canvas)}`);
        // A label is drawn only where it fits inside the map whole.
        assert.ok(labels.includes(names[i]), `${width}x${height}: ${names[i]} is labelled (${labels.join(", ")})`);
      }
      await page.screenshot({ path: join(shots, `embed-quad-${width}x${height}.png`) });
    }
    await context.close();
  });
});
