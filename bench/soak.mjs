// A long classroom session: the release build plays the default timeline on a loop for ten
// minutes (or --minutes N) in headless Chromium, sampling the JavaScript heap and the
// WebAssembly memory every 30 seconds. A leak shows as growth from the first samples to
// the last. Results in target/bench-soak.json.
//   node bench/soak.mjs [--minutes 10]
import { mkdir, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { serve } from "../tests/e2e/server.mjs";
import { launch } from "../tests/e2e/browser.mjs";

const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
const i = process.argv.indexOf("--minutes");
const minutes = i > 0 ? Number(process.argv[i + 1]) : 10;
const out = join(repo, "target", "bench-soak.json");

const server = await serve(join(repo, "dist"), join(repo, "tests", "fixtures"));
const browser = await launch();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.addInitScript(() => {
    addEventListener("TrunkApplicationStarted", (e) => (window.__memory = e.detail.wasm.memory));
  });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(server.url);
  await page.locator('canvas.map-canvas[aria-busy="false"]').waitFor();
  // Keep playing: whenever play stops at the end, start it again.
  await page.evaluate(() => {
    setInterval(() => {
      const play = [...document.querySelectorAll("button")].find((b) => b.getAttribute("aria-label") === "Play through time");
      play?.click();
    }, 500);
  });
  const samples = [];
  const started = Date.now();
  while (Date.now() - started < minutes * 60_000) {
    await page.waitForTimeout(Math.min(30_000, minutes * 60_000));
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    const wasm = await page.evaluate(() => window.__memory?.buffer.byteLength ?? 0);
    const day = await page.locator("output.date").textContent();
    samples.push({ seconds: Math.round((Date.now() - started) / 1000), jsHeap: usedSize, wasm, day });
    console.log(`${samples.at(-1).seconds} s: JS heap ${(usedSize / 1024).toFixed(0)} KiB, wasm ${(wasm / 1024).toFixed(0)} KiB (${day})`);
  }
  const first = samples[Math.min(1, samples.length - 1)];
  const last = samples.at(-1);
  const growth = (a, b) => (100 * (b - a)) / a;
  const result = {
    date: new Date().toISOString(), minutes, samples,
    jsHeapGrowthPercent: growth(first.jsHeap, last.jsHeap), wasmGrowthPercent: growth(first.wasm, last.wasm),
  };
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, JSON.stringify(result, null, 1));
  console.log(`from ${first.seconds} s to ${last.seconds} s: JS heap ${result.jsHeapGrowthPercent.toFixed(1)} %, wasm memory ${result.wasmGrowthPercent.toFixed(1)} % (target: under 10 %); wrote ${out}`);
} finally {
  await browser.close();
  server.close();
}
