// Safety: the page runs under its strict Content-Security-Policy with no violation while a
// reader works it; hostile text in a dataset stays text (in the page and in the exported
// SVG), and a javascript: address never becomes a link.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
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
