// End-to-end tests of reading the map: layers, region, search, hover, drag, the timeline's
// chart and event steps, and comparing two dates. Acts through the controls' accessible
// names; checks what the map draws against the dataset.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { activeOn, centreOf, dataset, drawnTies, events, firstDay, inForce, open, ready, repo, setDate, setup, shots, waitForDrawn, test } from "./helpers.mjs";

const env = setup();
const DATE = "2021-06-15";
const day = firstDay(DATE);
const region = Object.fromEntries(dataset.states.map((s) => [s.id, s.region]));

async function start(options) {
  const opened = await open(env, "", options);
  await ready(opened.page);
  await setDate(opened.page, DATE);
  return opened;
}

/** Waits until `fn` holds in the page; when time runs out, fails saying what was awaited and
 * which address the page shows. */
async function until(page, what, fn, arg) {
  try {
    await page.waitForFunction(fn, arg, { timeout: 5000 });
  } catch (e) {
    throw new Error(`within 5 s, ${what} did not happen; the page shows ${page.url()}`, { cause: e });
  }
}

describe("reading the map", () => {
  test("layer switches show their counts and hide their ties; the region filter keeps its ties", async () => {
    const { page, context } = await start();
    const inForceNow = dataset.ties.filter((t) => inForce(t, day));
    const cyber = page.getByRole("checkbox", { name: /^Cyber \(\d+\)$/ });
    const cyberCount = inForceNow.filter((t) => t.domains.includes("cyber")).length;
    assert.equal(await cyber.getAttribute("aria-label") ?? (await page.locator("label.switch", { has: cyber }).textContent()), `Cyber (${cyberCount})`);

    await cyber.uncheck();
    const noCyber = inForceNow.filter((t) => t.domains.some((d) => d !== "cyber")).map((t) => t.id);
    await waitForDrawn(page, noCyber);
    assert.deepEqual(await drawnTies(page), noCyber.sort());
    await page.screenshot({ path: join(shots, "layers-no-cyber.png") });

    await page.getByRole("checkbox", { name: /^Rivalry/ }).uncheck();
    const noCyberNoRivalry = inForceNow.filter((t) => t.stance !== "rivalry" && t.domains.some((d) => d !== "cyber")).map((t) => t.id);
    await waitForDrawn(page, noCyberNoRivalry);
    assert.deepEqual(await drawnTies(page), noCyberNoRivalry.sort());

    await cyber.check();
    await page.getByRole("checkbox", { name: /^Rivalry/ }).check();
    await page.getByRole("combobox", { name: "Region" }).selectOption("Central Asia");
    const centralAsian = inForceNow.filter((t) => t.members.some((m) => region[m] === "Central Asia")).map((t) => t.id);
    assert.ok(centralAsian.length > 0);
    await waitForDrawn(page, centralAsian);
    assert.deepEqual(await drawnTies(page), centralAsian.sort());
    await context.close();
  });

  test("searching for a state selects it and brings it into view", async () => {
    const { page, context } = await start();
    const box = await page.locator("canvas.map-canvas").boundingBox();
    const search = page.getByRole("combobox", { name: "Find a state or tie" });
    await search.fill("jap");
    await page.getByRole("option", { name: /^Japan state/ }).waitFor();
    // States first, then the ties, each under its heading and with its kind.
    const options = await page.locator("#find-options").getByRole("option").allTextContents();
    assert.match(options[0], /^Japan state · JPN$/);
    assert.ok(options.slice(1).some((o) => / tie · /.test(o)), `ties are suggested too: ${options.join("; ")}`);
    const headings = await page.evaluate(() => [...document.querySelectorAll('#find-options [role="group"]')].map((g) => document.getElementById(g.getAttribute("aria-labelledby")).textContent));
    assert.deepEqual(headings, ["States", "Ties"]);
    await page.screenshot({ path: join(shots, "search-jap-suggestions.png") });
    // The list scrolls: Arrow Up wraps to the last suggestion, which comes into sight, and
    // Arrow Down back to Japan.
    assert.ok(await page.evaluate(() => { const l = document.querySelector("#find-options"); return l.scrollHeight > l.clientHeight; }), "the list is longer than it shows");
    const inSight = (k) => {
      const list = document.querySelector("#find-options");
      const options = [...list.querySelectorAll('[role="option"]')];
      const o = options.at(k);
      const [a, b] = [list.getBoundingClientRect(), o.getBoundingClientRect()];
      return o.getAttribute("aria-selected") === "true" && b.top >= a.top - 1 && b.bottom <= a.bottom + 1;
    };
    await search.press("ArrowUp");
    await until(page, "the last suggestion chosen and scrolled into sight", inSight, -1);
    await search.press("ArrowDown");
    await until(page, "Japan chosen again and scrolled into sight", inSight, 0);
    await search.press("Enter");
    await page.getByRole("heading", { name: "Japan", level: 2 }).waitFor();
    // Japan ends up in the middle of the map (the zoom buttons keep 48 px on the right).
    await page.waitForFunction(([x, w]) => {
      const b = document.querySelector('.proxy[data-state="JPN"]').getBoundingClientRect();
      return Math.abs(b.x + b.width / 2 - (x + (w - 48) / 2)) < w * 0.2;
    }, [box.x, box.width]);
    await page.screenshot({ path: join(shots, "search-japan.png") });
    await context.close();
  });

  for (const [shot, viewport] of [["search-quad.png", { width: 1280, height: 800 }], ["search-quad-phone.png", { width: 390, height: 844 }]]) {
    test(`searching for a framework selects it and brings all its members into view, on its date (${viewport.width}x${viewport.height})`, async () => {
      // Before the Quad began: picking it moves the date to its first day.
      const { page, context, errors } = await open(env, "?date=2016-01-01", { viewport });
      await ready(page);
      const quad = dataset.ties.find((t) => t.id === "quad-summit-2021");
      const search = page.getByRole("combobox", { name: "Find a state or tie" });
      // Tapped first, as a reader does (WebKit's driver types into a page in a frame, as
      // the narrow viewport is, only once the frame has had focus).
      await search.click();
      await search.fill("Quad");
      const option = page.getByRole("option", { name: /^Quad leaders' summit/ });
      await option.waitFor();
      const found = await page.locator("#find-options").getByRole("option").allTextContents();
      assert.equal(found.length, 2, found.join("; "));
      assert.ok(found.every((o) => o.startsWith("Quad ") && / tie · .*2021 – ongoing$/.test(o)), found.join("; "));
      // The list fits the window.
      const list = await page.getByRole("listbox", { name: "Found" }).boundingBox();
      assert.ok(list.x >= 0 && list.x + list.width <= viewport.width && list.y + list.height <= viewport.height, JSON.stringify(list));
      await page.screenshot({ path: join(shots, shot) });

      await option.click();
      await page.getByRole("heading", { name: quad.title, level: 2 }).waitFor();
      await until(page, "the address naming the Quad's tie", (id) => new URLSearchParams(location.search).get("tie") === id, quad.id);
      assert.equal(new URL(page.url()).searchParams.get("date"), quad.start);
      await waitForDrawn(page, activeOn(firstDay(quad.start)));
      assert.ok((await drawnTies(page)).includes(quad.id));
      // All four members end up on the map, inside what is shown.
      assert.deepEqual([...quad.members].sort(), ["AUS", "IND", "JPN", "USA"]);
      const box = await page.locator("canvas.map-canvas").boundingBox();
      try {
        await page.waitForFunction(([ids, b]) => ids.every((id) => {
          const r = document.querySelector(`.proxy[data-state="${id}"]`)?.getBoundingClientRect();
          return r && r.left >= b.x && r.right <= b.x + b.width && r.top >= b.y && r.bottom <= b.y + b.height;
        }), [quad.members, box], { timeout: 5000 });
      } catch (e) {
        const at = await page.evaluate((ids) => ids.map((id) => `${id} ${JSON.stringify(document.querySelector(`.proxy[data-state="${id}"]`)?.getBoundingClientRect())}`), quad.members);
        throw new Error(`the Quad's members are not all inside the map ${JSON.stringify(box)}: ${at.join("; ")}`, { cause: e });
      }
      await page.screenshot({ path: join(shots, shot.replace(".png", "-picked.png")) });
      assert.deepEqual(errors, []);
      await context.close();
    });
  }

  test("a tie found while its layer is switched off is shown: its layer comes back on", async () => {
    const { page, context } = await open(env, "?date=2021-06-15&hide=cyber");
    await ready(page);
    const quad = dataset.ties.find((t) => t.id === "quad-summit-2021");
    const cyber = page.getByRole("checkbox", { name: /^Cyber \(\d+\)$/ });
    assert.equal(await cyber.isChecked(), false);
    assert.ok(!(await drawnTies(page)).includes(quad.id), "hidden at first");
    const search = page.getByRole("combobox", { name: "Find a state or tie" });
    await search.click();
    await search.fill("Quad leaders");
    await page.getByRole("option", { name: /^Quad leaders' summit/ }).click();
    await page.getByRole("heading", { name: quad.title, level: 2 }).waitFor();
    await until(page, "the Cyber layer back on", () => !/hide=/.test(location.search));
    assert.equal(await cyber.isChecked(), true);
    await waitForDrawn(page, activeOn(firstDay("2021-06-15")));
    assert.ok((await drawnTies(page)).includes(quad.id), "the Quad is drawn");
    await context.close();
  });

  for (const scheme of ["light", "dark"]) {
    test(`axe finds no violations in the open list of suggestions (${scheme})`, async () => {
      const { page, context } = await open(env, "", { viewport: { width: 1280, height: 800 }, colorScheme: scheme, bypassCSP: true });
      await ready(page);
      await page.getByRole("combobox", { name: "Find a state or tie" }).fill("jap");
      await page.getByRole("option", { name: /^Japan state/ }).waitFor();
      // Injecting axe-core is an inline script, which the page's policy forbids: hence bypassCSP.
      await page.addScriptTag({ path: join(repo, "node_modules", "axe-core", "axe.min.js") });
      const violations = await page.evaluate(async () => {
        const result = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"] });
        return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
      });
      assert.deepEqual(violations, []);
      if (scheme === "dark") await page.screenshot({ path: join(shots, "search-jap-dark.png") });
      await context.close();
    });
  }

  test("resting the pointer on a state names it; dragging a state pins it until unpinned", async () => {
    const { page, context } = await start();
    const [x, y] = await centreOf(page, "IND");
    await page.mouse.move(x, y);
    const tip = page.locator(".tip");
    await tip.waitFor({ state: "visible" });
    const count = dataset.ties.filter((t) => inForce(t, day) && t.members.includes("IND")).length;
    assert.equal(await tip.textContent(), `India · ${count} ties`);
    await page.screenshot({ path: join(shots, "hover-india.png") });

    await page.mouse.down();
    for (let k = 1; k <= 4; k++) await page.mouse.move(x + 20 * k, y - 10 * k);
    await page.mouse.up();
    // The marker follows on the next frame; wait for it, or say where it went.
    const near = ([x1, y1]) => {
      const b = document.querySelector('.proxy[data-state="IND"]').getBoundingClientRect();
      return Math.abs(b.x + b.width / 2 - x1) < 2 && Math.abs(b.y + b.height / 2 - y1) < 2;
    };
    await page.waitForFunction(near, [x + 80, y - 40], { timeout: 5000 }).catch(async (e) => {
      throw new Error(`India's marker did not follow the drag to ${[x + 80, y - 40]} within 5 s: it is at ${await centreOf(page, "IND")}`, { cause: e });
    });
    await page.getByRole("button", { name: "Unpin all" }).click();
    await page.waitForFunction(([x0, y0]) => {
      const b = document.querySelector('.proxy[data-state="IND"]').getBoundingClientRect();
      return Math.abs(b.x + b.width / 2 - x0) < 1 && Math.abs(b.y + b.height / 2 - y0) < 1;
    }, [x, y]);
    assert.equal(await page.getByRole("button", { name: "Unpin all" }).count(), 0);
    await context.close();
  });

  test("the timeline's chart and its steps go from event to event", async () => {
    const { page, context } = await start();
    assert.match(await page.getByRole("img", { name: /^Ties in force over time/ }).getAttribute("aria-label"), new RegExp(`the ${events.length} dates`));
    const slider = page.getByRole("slider", { name: /Ties in force on/ });
    const next = events.find((e) => e > day);
    const previous = [...events].reverse().find((e) => e < day);
    await page.getByRole("button", { name: "Next event" }).click();
    await page.waitForFunction((v) => document.querySelector("#date-slider").value === String(v), next);
    // From the next event, the previous one is the last before the date we started from
    // (which is not an event itself).
    assert.ok(!events.includes(day));
    await page.getByRole("button", { name: "Previous event" }).click();
    await page.waitForFunction((v) => document.querySelector("#date-slider").value === String(v), previous);
    assert.equal(await slider.inputValue(), String(previous));
    await context.close();
  });

  test("comparing two dates counts and draws ties added, ended and unchanged", async () => {
    const { page, context } = await start();
    await page.getByRole("checkbox", { name: "Compare with another date" }).check();
    const then = firstDay("2009-06-01");
    await page.getByRole("slider", { name: /Compared with/ }).fill(String(then));
    const added = dataset.ties.filter((t) => inForce(t, day) && !inForce(t, then));
    const ended = dataset.ties.filter((t) => !inForce(t, day) && inForce(t, then));
    const same = dataset.ties.filter((t) => inForce(t, day) && inForce(t, then));
    assert.ok(added.length > 0 && ended.length > 0 && same.length > 0);
    const status = page.locator(".changes");
    await page.waitForFunction((w) => document.querySelector(".changes")?.textContent === w, `${added.length} added · ${ended.length} ended · ${same.length} unchanged`);
    assert.equal(await status.textContent(), `${added.length} added · ${ended.length} ended · ${same.length} unchanged`);
    await waitForDrawn(page, [...added, ...ended, ...same].map((t) => t.id));
    assert.deepEqual(await drawnTies(page), [...added, ...ended, ...same].map((t) => t.id).sort());
    await page.screenshot({ path: join(shots, "compare-2009-2021.png") });
    await context.close();
  });

  test("the panels fit a phone screen", async () => {
    const { page, context } = await start({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(width <= 390, `no sideways scrolling: ${width}`);
    await page.screenshot({ path: join(shots, "phone-reading-full.png"), fullPage: true });
    await context.close();
  });
});
