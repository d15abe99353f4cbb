// Shared by the end-to-end tests: the server and browser, the dataset, and the timeline
// rules written again independently of the app, to check what it draws.
import { after, before, test as nodeTest } from "node:test";
import { mkdir, readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "./server.mjs";
import { engine, launch, Unsupported } from "./browser.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const repo = join(here, "..", "..");
/** Screenshots for review: Chromium's in target/screenshots/, the others' in a folder each. */
export const shots = join(repo, "target", "screenshots", ...(engine === "chromium" ? [] : [engine]));

/** A test that reports itself skipped, with the reason, where the engine's driver cannot do
 * what it needs (see Unsupported in tests/webdriver/page.mjs). */
export function test(name, fn) {
  return nodeTest(name, async (t) => {
    try {
      await fn(t);
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      t.skip(`${engine}: ${e.message}`);
    }
  });
}
export const dataset = JSON.parse(await readFile(join(repo, "data", "space-cyber-isr.json"), "utf8"));

const DAY = 86_400_000;
export function firstDay(date) {
  const [y, m = 1, d = 1] = date.split("-").map(Number);
  return Date.UTC(y, m - 1, d) / DAY;
}
export function lastDay(date) {
  const [y, m, d] = date.split("-").map(Number);
  if (d) return Date.UTC(y, m - 1, d) / DAY;
  if (m) return Date.UTC(y, m, 1) / DAY - 1;
  return Date.UTC(y + 1, 0, 1) / DAY - 1;
}
/** A tie is in force from the first day of its start period to the last day of its end period. */
export const inForce = (t, day) => firstDay(t.start) <= day && (t.end == null || day <= lastDay(t.end));
export const activeOn = (day) => dataset.ties.filter((t) => inForce(t, day)).map((t) => t.id);
/** Days on which a tie starts, or is first out of force. */
export const events = [...new Set(dataset.ties.flatMap((t) => [firstDay(t.start), ...(t.end ? [lastDay(t.end) + 1] : [])]))].sort((a, b) => a - b);

/** Starts the server and browser for the file's tests; returns a getter for both. */
export function setup() {
  const env = {};
  before(async () => {
    await mkdir(shots, { recursive: true });
    env.server = await serve(join(repo, "dist"), join(repo, "tests", "fixtures"));
    env.browser = await launch();
  });
  after(async () => {
    await env.browser?.close();
    env.server?.close();
  });
  return env;
}

export async function open(env, path = "", options = { viewport: { width: 1280, height: 800 } }) {
  const context = await env.browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(env.server.url + path);
  return { page, context, errors };
}

/** Waits until the map has settled into place (the canvas stops being aria-busy); when time
 * runs out, fails saying what the page shows instead. */
export async function ready(page, { timeout = 30_000 } = {}) {
  try {
    await page.locator('canvas.map-canvas[aria-busy="false"]').waitFor({ timeout });
  } catch (e) {
    const seen = await page
      .evaluate(() => {
        const canvas = document.querySelector("canvas.map-canvas");
        if (canvas) return `the map canvas is aria-busy="${canvas.getAttribute("aria-busy")}"`;
        return `there is no map canvas; the page says: ${(document.body?.innerText ?? "").trim().slice(0, 300)}`;
      })
      .catch((err) => `the page could not be read (${err.message})`);
    throw new Error(`the map did not settle within ${timeout} ms: ${seen}`, { cause: e });
  }
}

export async function drawnTies(page) {
  const attr = await page.locator("canvas.map-canvas").getAttribute("data-ties");
  return attr ? attr.split(" ").sort() : [];
}

/** Waits until the canvas says it drew exactly `ids`; when time runs out, fails naming the
 * ties expected and what the canvas drew instead. */
export async function waitForDrawn(page, ids, { timeout = 5000 } = {}) {
  const want = [...ids].sort();
  try {
    await page.waitForFunction(
      (w) => (document.querySelector("canvas.map-canvas")?.getAttribute("data-ties") ?? "").split(" ").filter(Boolean).sort().join(" ") === w,
      want.join(" "),
      { timeout },
    );
  } catch (e) {
    const drew = await page
      .evaluate(() => document.querySelector("canvas.map-canvas")?.getAttribute("data-ties") ?? null)
      .catch((err) => `(the page could not be read: ${err.message})`);
    const got = (drew ?? "").split(" ").filter(Boolean).sort();
    const missing = want.filter((id) => !got.includes(id));
    const extra = got.filter((id) => !want.includes(id));
    throw new Error(
      `within ${timeout} ms the canvas did not draw the ${want.length} ties expected: ` +
        (drew == null ? "it has no data-ties attribute" : `it drew ${got.length} (missing: ${missing.join(" ") || "none"}; not expected: ${extra.join(" ") || "none"})`) +
        `\n  expected: ${want.join(" ")}\n  drawn:    ${got.join(" ")}`,
      { cause: e },
    );
  }
}

/** Waits until the page has painted `n` more animation frames: for checking that something
 * stays still, a wait counted in the page's own frames rather than in milliseconds. */
export async function frames(page, n) {
  await page.evaluate(
    (count) =>
      new Promise((done) => {
        let left = count;
        const step = () => (--left <= 0 ? done() : requestAnimationFrame(step));
        requestAnimationFrame(step);
      }),
    n,
  );
}

export async function setDate(page, date) {
  await page.getByRole("slider", { name: /Ties in force on/ }).fill(String(firstDay(date)));
  await waitForDrawn(page, activeOn(firstDay(date)));
}

/** The centre of a state's marker on screen. */
export async function centreOf(page, id) {
  const b = await page.locator(`.proxy[data-state="${id}"]`).boundingBox();
  if (!b) throw new Error(`the state ${id} has no marker on screen`);
  return [b.x + b.width / 2, b.y + b.height / 2];
}
