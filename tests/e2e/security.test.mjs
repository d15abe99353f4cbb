// Safety: the page runs under its strict Content-Security-Policy with no violation while a
// reader works it; hostile text in a dataset stays text (in the page and in the exported
// SVG), and a javascript: address never becomes a link. The page, embed mode and the single
// file load with no error and no failed request (no missing icon either).
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { launch } from "./browser.mjs";
import { open, ready, repo, setup, test } from "./helpers.mjs";

const env = setup();

async function watchPolicy(page) {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

describe("security", () => {
  test("the page ships a strict policy and works under it", async () => {
    const html = await readFile(join(repo, "dist", "index.html"), "utf8");
    const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? "";
    assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'/);
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/, "no inline script");

    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await watchPolicy(page);
    await page.goto(env.server.url + "?date=2021-06-15");
    await ready(page);
    // Work the page: hover, select, zoom, the table, a download.
    const b = await page.locator('.proxy[data-state="JPN"]').boundingBox();
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    await page.mouse.click(b.x + b.width / 2, b.y + b.height / 2);
    await page.getByRole("button", { name: "Zoom in" }).click();
    await page.getByRole("button", { name: "Table" }).click();
    await page.getByRole("button", { name: "Hide the table" }).click();
    await page.locator(".downloads summary").click();
    await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "PNG image" }).click()]);
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await context.close();
  });

  test("hostile names, titles, quotes and addresses stay text", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await watchPolicy(page);
    await page.goto(env.server.url + "?data=fixtures/hostile.json");
    await ready(page);
    assert.equal(await page.getByRole("heading", { level: 1 }).textContent(), "Hostile <i>text</i>");
    await page.getByRole("list", { name: "States" }).getByRole("button", { name: '<img src=x onerror="window.pwned=1">' }).click();
    await page.getByRole("button", { name: "<script>window.pwned=2</script>" }).click();
    await page.locator(".detail blockquote").waitFor();
    assert.equal(await page.locator(".detail blockquote").textContent(), '“</blockquote><img src=x onerror="window.pwned=5">”');
    assert.equal(await page.locator(".detail .cite a").count(), 0, "a javascript: address is not a link");
    assert.match(await page.locator(".detail .unsafe-url").textContent(), /javascript:window\.pwned=3/);
    assert.equal(await page.locator("img, script:not([src]), b").count(), 0);
    await page.locator(".downloads summary").click();
    const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "SVG image" }).click()]);
    const svg = await readFile(await file.path(), "utf8");
    assert.doesNotMatch(svg, /<img|<script|<b |<a /);
    assert.match(svg, /&lt;img src=x onerror=&quot;window\.pwned=1&quot;&gt;/);
    assert.equal(await page.evaluate(() => typeof window.pwned), "undefined");
    assert.deepEqual(await page.evaluate(() => window.__violations), []);
    await context.close();
  });
});

/** The ways the map is opened: the page, embed mode, and the single file from the disk. */
const loads = [
  ["the page", (env) => env.server.url],
  ["embed mode", (env) => env.server.url + "?embed=1"],
  ["the single file", () => pathToFileURL(join(repo, "target", "alliance-map.html")).href],
];

/** Opens `url` with `watch(page)` set up first, in a browser of its own (a browser asks for a
 * site's icon once and remembers a missing one, so a page opened before would hide it); waits
 * for the map (and then `rest(page)`), and gives what the page itself reports: its crash
 * message, resources that failed (where the engine gives their status: Chromium and Firefox
 * do, the icon included; WebKit does not), and its icon as fetched from the page. */
async function load(url, watch, rest = async () => {}) {
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    watch(page);
    await page.goto(url);
    await ready(page);
    await rest(page);
    return await page.evaluate(async () => {
      const failed = performance
        .getEntriesByType("resource")
        .filter((e) => e.responseStatus >= 400)
        .map((e) => `${e.responseStatus} ${e.name}`);
      const link = document.querySelector('link[rel="icon"]');
      let icon = null;
      if (link) {
        const r = await fetch(link.href);
        icon = { href: link.getAttribute("href").slice(0, 40), status: r.status, type: r.headers.get("content-type"), text: await r.text() };
      }
      return { crash: document.querySelector(".crash")?.textContent ?? null, failed, icon };
    });
  } finally {
    await browser.close();
  }
}

describe("a clean load", () => {
  test("the page, embed mode and the single file load with no error, and their icon is there", async () => {
    for (const [name, url] of loads) {
      const errors = [];
      const seen = await load(url(env), (page) => page.on("pageerror", (e) => errors.push(e.message)));
      assert.equal(seen.crash, null, `${name}: the page shows its crash message`);
      assert.deepEqual(errors, [], `${name}: uncaught errors`);
      assert.deepEqual(seen.failed, [], `${name}: resources that failed`);
      assert.ok(seen.icon, `${name}: the page links no icon (the browser would ask for /favicon.ico)`);
      assert.equal(seen.icon.status, 200, `${name}: the icon ${seen.icon.href}`);
      assert.match(seen.icon.type ?? "", /^image\/svg\+xml/, `${name}: the icon's type`);
      assert.match(seen.icon.text, /^<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/, `${name}: the icon is an SVG image`);
      if (name === "the single file") assert.match(seen.icon.href, /^data:image\/svg\+xml/, "the single file carries its icon inside");
    }
  });

  test("the page, embed mode and the single file log no console error and no request fails", async () => {
    for (const [name, url] of loads) {
      const problems = [];
      const watch = (page) => {
        page.on("console", (m) => m.type() === "error" && problems.push(`console error: ${m.text()} (${m.location().url})`));
        page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
        page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
        page.on("pageerror", (e) => problems.push(`uncaught: ${e.message}`));
      };
      // The browser asks for the icon on its own once the page has loaded, out of sight of the
      // request events (a missing one shows as a console error naming /favicon.ico): by the
      // time the map has settled and the network is idle, it has had its answer.
      await load(url(env), watch, (page) => page.waitForLoadState("networkidle"));
      assert.deepEqual(problems, [], name);
    }
  });
});
