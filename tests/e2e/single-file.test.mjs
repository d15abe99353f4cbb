// The single-file build opens from the local disk, with no server and no network, and shows
// the default map; the normal build asks no other host for anything.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { activeOn, drawnTies, open, ready, repo, setup, shots, test } from "./helpers.mjs";

const env = setup();

describe("one file that works anywhere", () => {
  test("alliance-map.html opens from a file:// address with no network", async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 800 }, offline: true });
    const page = await context.newPage();
    const requests = [];
    page.on("request", (r) => requests.push(r.url()));
    const errors = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(pathToFileURL(join(repo, "target", "alliance-map.html")).href);
    await ready(page);
    const last = await page.getByRole("slider", { name: /Ties in force on/ }).getAttribute("max");
    assert.deepEqual(await drawnTies(page), activeOn(Number(last)).sort());
    assert.deepEqual(requests.filter((u) => !u.startsWith("file:") && !u.startsWith("data:") && !u.startsWith("blob:")), []);
    assert.deepEqual(errors, []);
    await page.screenshot({ path: join(shots, "single-file.png") });
    await context.close();
  });

  test("the normal build asks only its own host", async () => {
    const { page, context } = await open(env, "");
    const hosts = new Set();
    page.on("request", (r) => hosts.add(new URL(r.url()).host));
    await page.reload();
    await ready(page);
    assert.deepEqual([...hosts], [new URL(env.server.url).host]);
    await context.close();
  });
});
