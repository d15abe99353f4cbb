// Responsiveness while a 10 MB dataset loads: the generated dataset of the end-to-end test
// (300 states, 14,600 ties; tests/e2e/large.mjs), fetched by address from the release build
// (dist/) in headless Chromium. Records the browser's long tasks (over 50 ms) from the first
// byte until the layout has settled, and prints the longest, how many, and how long it took.
// The target is no task over 100 ms.
//   node bench/large.mjs [--runs 3] [--json target/bench-large.json]
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";
import { largeDataset } from "../tests/e2e/large.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const RUNS = Number(args.runs ?? 3);
const out = args.json ?? join(repo, "target", "bench-large.json");

const text = largeDataset();
const server = await serve(join(repo, "dist"), join(repo, "tests", "fixtures"), { "/made/large.json": text });
const browser = await launch();
const results = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__long = [];
      new PerformanceObserver((list) => window.__long.push(...list.getEntries().map((e) => Math.round(e.duration)))).observe({ type: "longtask", buffered: true });
    });
    const start = Date.now();
    await page.goto(`${server.url}?data=made/large.json`);
    await page.locator('canvas.map-canvas[aria-busy="false"]').waitFor({ timeout: 240_000 });
    const settled = (Date.now() - start) / 1000;
    const long = await page.evaluate(() => window.__long);
    const longest = Math.max(0, ...long);
    results.push({ settled, longest, count: long.length, over100: long.filter((d) => d > 100).length });
    console.log(`run ${run + 1}: settled in ${settled.toFixed(1)} s; ${long.length} long tasks, longest ${longest} ms, ${long.filter((d) => d > 100).length} over 100 ms`);
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
await mkdir(dirname(out), { recursive: true });
await writeFile(out, JSON.stringify({ bytes: text.length, runs: results }, null, 2));
console.log(`wrote ${out}`);
