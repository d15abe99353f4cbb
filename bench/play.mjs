// Frame times while the timeline plays, on a generated dataset of 200 states and 5,000 ties
// in the project's own format (or a dataset file), in the release build (dist/) in headless
// Chromium.
//   node bench/play.mjs [--states 200] [--ties 5000] [--data FILE] [--json target/bench-play.json]
// Prints how long moving the slider to 40 dates spread over the timeline takes to redraw
// (from the input event to the new picture, and in which animation frame), the
// animation-frame intervals while playing (median, 95th percentile, worst, share over
// 16.7 ms), the long tasks, and how long the layout took to settle.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) => (a.startsWith("--") ? [...pairs, [a.slice(2), all[i + 1]]] : pairs), []));
const STATES = Number(args.states ?? 200);
const TIES = Number(args.ties ?? 5000);
const out = args.json ?? join(repo, "target", "bench-play.json");
const DATA = args.data;

// A deterministic generator (LCG), so every run measures the same dataset.
let seed = 42;
const random = () => ((seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0) / 4294967296);
const pick = (n) => Math.floor(random() * n);
const pad = (n) => String(n).padStart(2, "0");
const date = (y) => `${y}-${pad(1 + pick(12))}-${pad(1 + pick(28))}`;

function generate() {
  const regions = ["Africa", "East Asia", "Europe", "Middle East", "North America", "Oceania", "South America", "South Asia"];
  const states = Array.from({ length: STATES }, (_, i) => ({ id: `S${String(i).padStart(3, "0")}`, name: `State ${i + 1}`, region: regions[i % regions.length] }));
  const domains = [{ id: "space", label: "Space" }, { id: "cyber", label: "Cyber" }, { id: "isr", label: "ISR" }];
  const ties = Array.from({ length: TIES }, (_, i) => {
    const size = random() < 0.05 ? 3 + pick(4) : 2;
    const members = new Set();
    while (members.size < size) members.add(states[pick(STATES)].id);
    const start = 1950 + pick(70);
    const tieDomains = domains.filter(() => random() < 0.45).map((d) => d.id);
    return {
      id: `t${i}`, title: `Tie ${i + 1}`, members: [...members], domains: tieDomains.length ? tieDomains : ["cyber"],
      stance: random() < 0.25 ? "rivalry" : "cooperation", kind: "agreement", start: date(start),
      ...(random() < 0.4 ? { end: date(Math.min(2024, start + 1 + pick(20))) } : {}),
      summary: "Generated.", sources: [{ source: "gen", quote: "Generated." }],
    };
  });
  return {
    format: "alliance-map", version: 1, title: `Generated: ${STATES} states, ${TIES} ties`,
    domains, states, sources: [{ id: "gen", title: "Generated for the benchmark", date: "2026" }], ties,
  };
}

const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))];

const folder = join(repo, "target", "bench-play");
await mkdir(folder, { recursive: true });
const dataset = DATA ? JSON.parse(await readFile(DATA, "utf8")) : generate();
const label = DATA ? `${dataset.title}: ${dataset.states.length} states, ${dataset.ties.length} ties` : `${STATES} states / ${TIES} ties`;
await writeFile(join(folder, "dataset.json"), JSON.stringify(dataset));
const server = await serve(join(repo, "dist"), folder);
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    new PerformanceObserver((list) => list.getEntries().forEach((e) => window.__longTasks.push(e))).observe({ type: "longtask", buffered: true });
  });
  const loaded = Date.now();
  await page.goto(`${server.url}?data=fixtures/dataset.json`);
  await page.locator('canvas.map-canvas[aria-busy="false"]').waitFor({ timeout: 120000 });
  const settleMs = Date.now() - loaded;
  const slider = page.getByRole("slider", { name: /Ties in force on/ });
  // Moving the slider: from the input event to the canvas saying it drew the new date's ties,
  // and how many animation frames began in between (1: the very next frame).
  const [min, max] = [Number(await slider.getAttribute("min")), Number(await slider.getAttribute("max"))];
  const scrubs = [];
  for (let k = 0; k < 40; k++) {
    const day = Math.round(min + ((k * 0.618034) % 1) * (max - min));
    scrubs.push(await page.evaluate((d) => new Promise((ok) => {
      const canvas = document.querySelector("canvas.map-canvas");
      const input = document.querySelector("#date-slider");
      const before = canvas.getAttribute("data-ties");
      let frames = 0;
      const seen = new MutationObserver(() => {
        if (canvas.getAttribute("data-ties") !== before) {
          seen.disconnect();
          ok({ ms: performance.now() - t0, frames });
        }
      });
      seen.observe(canvas, { attributes: true, attributeFilter: ["data-ties"] });
      const count = () => {
        frames += 1;
        if (frames < 30) requestAnimationFrame(count);
        else {
          seen.disconnect();
          ok(null);
        }
      };
      requestAnimationFrame(count);
      const t0 = performance.now();
      input.value = String(d);
      input.dispatchEvent(new Event("input", { bubbles: true }));
    }), day));
  }
  const redraws = scrubs.filter(Boolean);
  await slider.fill(String(min));
  await page.evaluate(() => {
    window.__playFrom = performance.now();
    window.__frames = [];
    const tick = (t) => {
      window.__frames.push(t);
      if (!window.__stop) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.getByRole("button", { name: "Play through time" }).click();
  await page.getByRole("button", { name: "Play through time" }).waitFor({ timeout: 120000 });
  const { frames, longTasks } = await page.evaluate(() => {
    window.__stop = true;
    // Only the long tasks while playing (loading and settling come before).
    const during = window.__longTasks.filter((e) => e.startTime >= window.__playFrom).map((e) => e.duration);
    return { frames: window.__frames, longTasks: during };
  });
  const intervals = frames.slice(1).map((t, i) => t - frames[i]);
  const result = {
    date: new Date().toISOString(), dataset: label, settleMs,
    scrubs: redraws.length, scrubMedianMs: quantile(redraws.map((r) => r.ms), 0.5), scrubWorstMs: Math.max(...redraws.map((r) => r.ms)),
    scrubInNextFrame: redraws.filter((r) => r.frames <= 1).length / redraws.length,
    frames: intervals.length,
    medianMs: quantile(intervals, 0.5), p95Ms: quantile(intervals, 0.95), worstMs: Math.max(...intervals),
    over16_7: intervals.filter((d) => d > 16.7 * 1.5).length / intervals.length,
    longTasks: longTasks.length, longestTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
  };
  await writeFile(out, JSON.stringify({ ...result, intervals }, null, 1));
  console.log(`${label}:`);
  console.log(`  slider moved to ${result.scrubs} dates: redrawn in ${result.scrubMedianMs.toFixed(1)} ms (median), ${result.scrubWorstMs.toFixed(1)} ms (worst), ${(100 * result.scrubInNextFrame).toFixed(0)} % in the next animation frame`);
  console.log(`  playing through the whole timeline (${result.frames} frames):`);
  console.log(`  frame interval median ${result.medianMs.toFixed(1)} ms, 95th percentile ${result.p95Ms.toFixed(1)} ms, worst ${result.worstMs.toFixed(1)} ms`);
  console.log(`  frames longer than 1.5 x 16.7 ms: ${(100 * result.over16_7).toFixed(1)} %; long tasks: ${result.longTasks} (longest ${result.longestTaskMs.toFixed(0)} ms)`);
  console.log(`  load and layout settled in ${(settleMs / 1000).toFixed(1)} s; wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
