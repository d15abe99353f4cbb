// End-to-end tests of the downloads: the SVG image (parsed, its ties checked), the PNG
// (decoded, twice the size), the CSV of the ties shown and the GEXF of the whole dataset
// (parsed and checked against the dataset). The images are kept for review.
import { describe } from "node:test";
import assert from "node:assert/strict";
import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { activeOn, centreOf, dataset, firstDay, open, ready, setDate, setup, shots, test } from "./helpers.mjs";

const env = setup();
const DATE = "2021-06-15";

async function download(page, name) {
  if ((await page.locator(".downloads").getAttribute("open")) === null) await page.locator(".downloads summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name, exact: true }).click()]);
  return { path: await file.path(), name: file.suggestedFilename() };
}

/** The labels the canvas says it drew, in drawing order. */
async function canvasLabels(page) {
  const attr = await page.locator("canvas.map-canvas").getAttribute("data-labels");
  return attr ? attr.split("\n") : [];
}

/** The texts of the labels on the map in a downloaded SVG. */
async function svgLabels(page, text) {
  return page.evaluate((t) => {
    const doc = new DOMParser().parseFromString(t, "image/svg+xml");
    return [...doc.querySelectorAll("text[data-state], text[data-hub]")].map((e) => e.textContent);
  }, text);
}

/** Splits CSV text into rows of fields (quotes and doubled quotes understood). */
function parseCsv(text) {
  const rows = [[]];
  let field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') quoted = false; else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { rows.at(-1).push(field); field = ""; }
    else if (c === "\n") { rows.at(-1).push(field.replace(/\r$/, "")); field = ""; rows.push([]); }
    else field += c;
  }
  if (field) rows.at(-1).push(field);
  return rows.filter((r) => r.length > 1);
}

describe("downloads", () => {
  test("SVG, PNG, CSV and GEXF hold what the map shows", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await setDate(page, DATE);
    const active = activeOn(firstDay(DATE)).sort();

    const svg = await download(page, "SVG image");
    assert.equal(svg.name, "alliance-map-2021-06-15.svg");
    const svgText = await readFile(svg.path, "utf8");
    await copyFile(svg.path, join(shots, "export.svg"));
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const ties = [...new Set([...doc.querySelectorAll("[data-tie]")].map((e) => e.getAttribute("data-tie")))];
      const labels = [...doc.querySelectorAll("text[data-state], text[data-hub]")].map((t) => t.textContent);
      return { labels, error: doc.querySelector("parsererror")?.textContent ?? null, title: doc.querySelector("title")?.textContent, ties, width: +doc.documentElement.getAttribute("width"), height: +doc.documentElement.getAttribute("height"), text: [...doc.querySelectorAll("text")].map((t) => t.textContent).join(" ") };
    }, svgText);
    assert.equal(parsed.error, null);
    assert.equal(parsed.title, "Space, cyber and ISR ties — 15 June 2021");
    assert.deepEqual(parsed.ties.sort(), active);
    // One picture: the labels the canvas drew are the SVG's, in the same order.
    assert.deepEqual(parsed.labels, await canvasLabels(page));
    assert.ok(parsed.labels.includes("Japan"), "states are named");
    for (const s of dataset.sources) assert.ok(parsed.text.includes(s.title), `sources line names ${s.title}`);

    const png = await download(page, "PNG image");
    const bytes = await readFile(png.path);
    await copyFile(png.path, join(shots, "export.png"));
    assert.deepEqual([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join(""), "PNG");
    const size = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: "image/png" }));
      return [bitmap.width, bitmap.height];
    }, bytes.toString("base64"));
    assert.deepEqual(size, [Math.round(parsed.width * 2), Math.round(parsed.height * 2)]);

    const csv = await download(page, "CSV of the ties shown");
    const rows = parseCsv(await readFile(csv.path, "utf8"));
    assert.deepEqual(rows[0].slice(0, 5), ["id", "title", "members", "member_ids", "domains"]);
    assert.deepEqual(rows.slice(1).map((r) => r[0]).sort(), active);
    const quad = rows.find((r) => r[0] === "quad-summit-2021");
    assert.equal(quad[3], dataset.ties.find((t) => t.id === "quad-summit-2021").members.join("; "));

    const gexf = await download(page, "GEXF for Gephi");
    const gexfText = await readFile(gexf.path, "utf8");
    const g = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "application/xml");
      const edges = [...doc.getElementsByTagName("edge")];
      return {
        error: doc.getElementsByTagName("parsererror").length,
        version: doc.documentElement.getAttribute("version"),
        mode: doc.getElementsByTagName("graph")[0].getAttribute("mode"),
        nodes: doc.getElementsByTagName("node").length,
        edges: edges.map((e) => [e.getAttribute("id").split(":")[0], e.getAttribute("start"), e.getAttribute("end")]),
      };
    }, gexfText);
    assert.equal(g.error, 0);
    assert.equal(g.version, "1.3");
    assert.equal(g.mode, "dynamic");
    assert.equal(g.nodes, dataset.states.length);
    const pairs = dataset.ties.reduce((n, t) => n + (t.members.length * (t.members.length - 1)) / 2, 0);
    assert.equal(g.edges.length, pairs);
    const guidelines = g.edges.find((e) => e[0] === "us-japan-defense-guidelines-2015");
    assert.deepEqual(guidelines, ["us-japan-defense-guidelines-2015", "2015-04-27", null]);
    await context.close();
  });

  test("the SVG is the map as drawn: a selection compared with another date", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await setDate(page, DATE);
    await page.getByRole("checkbox", { name: "Compare with another date" }).check();
    await page.getByRole("slider", { name: /Compared with/ }).fill(String(firstDay("2009-06-01")));
    await page.mouse.click(...(await centreOf(page, "JPN")));
    await page.locator('canvas.map-canvas[aria-busy="false"]').waitFor();
    const svg = await download(page, "SVG image");
    const text = await readFile(svg.path, "utf8");
    await copyFile(svg.path, join(shots, "export-selected-compared.svg"));
    const labels = await svgLabels(page, text);
    assert.deepEqual(labels, await canvasLabels(page));
    assert.equal(labels[0], "Japan", "the selection is named first");
    assert.ok(text.includes("Ended since the comparison date"), "the comparison's legend");
    assert.match(text, /stroke-opacity="0\.18"|fill-opacity="0\.18"/, "what the selection leaves out is dimmed");
    await context.close();
  });
});

describe("pictures of a selection", () => {
  test("the SVG and PNG of a selected tie carry its dimming and name it", async () => {
    const quad = dataset.ties.find((t) => t.id === "quad-summit-2021");
    const { page, context } = await open(env, `?date=${DATE}&tie=${quad.id}`);
    await ready(page);
    await page.locator('canvas.map-canvas[aria-busy="false"]').waitFor();
    const svg = await download(page, "SVG image");
    const text = await readFile(svg.path, "utf8");
    await copyFile(svg.path, join(shots, "export-quad-selected.svg"));
    // Every line of a tie, with whether its group is pale and the middle of its path.
    const lines = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, "image/svg+xml");
      return [...doc.querySelectorAll("g[stroke] > path[data-tie]")].map((p) => {
        const n = p.getAttribute("d").match(/-?[\d.]+/g).map(Number);
        const [x0, y0] = n, [x1, y1] = n.slice(-2);
        const mid = n.length === 6 ? [(x0 + 2 * n[2] + x1) / 4, (y0 + 2 * n[3] + y1) / 4] : [(x0 + x1) / 2, (y0 + y1) / 2];
        return { tie: p.getAttribute("data-tie"), pale: Number(p.parentElement.getAttribute("stroke-opacity") ?? 1) < 1, mid };
      });
    }, text);
    const ids = (pale) => [...new Set(lines.filter((l) => l.pale === pale).map((l) => l.tie))].sort();
    assert.deepEqual(ids(false), [quad.id], "only the selected tie is drawn at full strength");
    assert.equal(lines.filter((l) => !l.pale).length, quad.members.length, "one bold spoke per member");
    assert.deepEqual(ids(true), activeOn(firstDay(DATE)).filter((id) => id !== quad.id).sort(), "every other tie in force is pale");
    assert.ok(lines.filter((l) => l.pale).length > 10, "the pale lines are counted");
    const texts = await page.evaluate((t) => [...new DOMParser().parseFromString(t, "image/svg+xml").querySelectorAll("text")].map((e) => e.textContent), text);
    assert.ok(texts.includes(`Selected: ${quad.title}`), "the title block names the tie");

    // The PNG is the same picture at twice the size: around the middle of each line, how much
    // colour there is (1 - the least of red, green and blue), the bold against the pale.
    const png = await download(page, "PNG image");
    await copyFile(png.path, join(shots, "export-quad-selected.png"));
    const bytes = (await readFile(png.path)).toString("base64");
    const ink = await page.evaluate(async ({ b64, points }) => {
      const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([data], { type: "image/png" }));
      const canvas = Object.assign(document.createElement("canvas"), { width: bitmap.width, height: bitmap.height });
      const g = canvas.getContext("2d", { willReadFrequently: true });
      g.drawImage(bitmap, 0, 0);
      return points.map(([x, y]) => {
        const px = g.getImageData(Math.round(2 * x) - 4, Math.round(2 * y) - 4, 9, 9).data;
        let most = 0;
        for (let i = 0; i < px.length; i += 4) most = Math.max(most, 1 - Math.min(px[i], px[i + 1], px[i + 2]) / 255);
        return most;
      });
    }, { b64: bytes, points: lines.map((l) => l.mid) });
    const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const bold = median(ink.filter((_, k) => !lines[k].pale));
    const pale = median(ink.filter((_, k) => lines[k].pale));
    assert.ok(bold > 0.6, `the selected tie's lines are strong in the PNG (${bold.toFixed(2)})`);
    assert.ok(pale < bold / 2, `the other lines are pale in the PNG (${pale.toFixed(2)} against ${bold.toFixed(2)})`);
    await context.close();
  });
});
