// End-to-end tests of bringing one's own data: a JSON file or the two CSV sheets through the
// file picker, a file dropped on the page, a broken file (the map stays), sheets with guessed
// column names (explained, with the example sheets a link away), and a dataset on another
// site that does not allow this page to read it (the message names CORS).
import { describe } from "node:test";
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { drawnTies, open, ready, repo, setup, shots, test } from "./helpers.mjs";
import { serve } from "./server.mjs";

const env = setup();
const picker = (page) => page.getByLabel("Open a dataset (one .json file, or states.csv and ties.csv)");

describe("your own data", () => {
  test("a JSON file opened with the picker replaces the map", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await picker(page).setInputFiles(join(repo, "tests", "fixtures", "minimal.json"));
    await page.getByRole("heading", { name: "Minimal", level: 1 }).waitFor();
    await ready(page);
    assert.deepEqual(await drawnTies(page), ["ab", "abc", "bc"]);
    assert.doesNotMatch(page.url(), /data=/);
    await context.close();
  });

  test("the two CSV sheets make a map, whatever order they come in", async () => {
    const { page, context } = await open(env);
    await ready(page);
    await picker(page).setInputFiles([join(repo, "data", "examples", "ties.csv"), join(repo, "data", "examples", "states.csv")]);
    await page.getByRole("heading", { name: "Dataset from states.csv and ties.csv", level: 1 }).waitFor();
    await ready(page);
    const ids = (await readFile(join(repo, "data", "examples", "ties.csv"), "utf8")).split("\n").slice(1).filter(Boolean).map((l) => l.split(",")[0]);
    assert.equal(ids.length, 6);
    assert.deepEqual(await drawnTies(page), ids.sort());
    await page.screenshot({ path: join(shots, "csv-dataset.png") });
    await context.close();
  });

  test("a broken file shows its problems and leaves the map in place", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const before = await drawnTies(page);
    await picker(page).setInputFiles(join(repo, "tests", "fixtures", "broken-references.json"));
    const alert = page.getByRole("alert");
    await alert.waitFor();
    assert.match(await alert.textContent(), /ties\[1\]\.members\[1\]: unknown id "XYZ"/);
    assert.deepEqual(await drawnTies(page), before);
    await page.screenshot({ path: join(shots, "broken-file-over-map.png") });
    await page.getByRole("button", { name: "Dismiss this message" }).click();
    assert.equal(await page.getByRole("alert").count(), 0);
    await context.close();
  });

  test("sheets with guessed column names are told the columns meant, and where the examples are", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const before = await drawnTies(page);
    // The example ties sheet with `name` for `title` and `domain` for `domains`.
    const examples = join(repo, "data", "examples");
    const text = await readFile(join(examples, "ties.csv"), "utf8");
    const [header, ...rest] = text.split("\n");
    const guessed = header.replace("title", "name").replace("domains", "domain");
    assert.notEqual(guessed, header);
    const dir = join(repo, "target", "e2e-sheets");
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, "ties.csv"), [guessed, ...rest].join("\n"));
    await picker(page).setInputFiles([join(examples, "states.csv"), join(dir, "ties.csv")]);
    const alert = page.getByRole("alert");
    await alert.waitFor();
    const said = await alert.textContent();
    assert.match(said, /ties\.csv line 1: unknown column `name`: did you mean `title`\?/);
    assert.match(said, /ties\.csv line 1: unknown column `domain`: did you mean `domains`\?/);
    assert.equal(said.split("the ties sheet's columns are").length, 2, `the columns are listed once: ${said}`);
    assert.match(said, /end \(optional\)/);
    assert.doesNotMatch(said, /declared in|fields like/);
    assert.deepEqual(await drawnTies(page), before);
    // The message links to the example sheets, and the page serves them.
    for (const name of ["states.csv", "ties.csv"]) {
      const href = await alert.getByRole("link", { name }).getAttribute("href");
      assert.equal(href, `data/examples/${name}`);
      const served = await page.evaluate((h) => fetch(h).then(async (r) => [r.status, await r.text()]), href);
      assert.equal(served[0], 200, `${href} is served`);
      assert.equal(served[1].split("\n")[0].trim(), (await readFile(join(examples, name), "utf8")).split("\n")[0].trim());
    }
    await page.screenshot({ path: join(shots, "csv-guessed-columns.png") });
    await context.close();
  });

  test("\"Open data…\" links to the example sheets", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const group = page.locator(".open-data-group");
    for (const name of ["states.csv", "ties.csv"]) {
      assert.equal(await group.getByRole("link", { name }).getAttribute("href"), `data/examples/${name}`);
    }
    await context.close();
  });

  test("a file dropped on the page opens", async () => {
    const { page, context } = await open(env);
    await ready(page);
    const text = await readFile(join(repo, "tests", "fixtures", "minimal.json"), "utf8");
    await page.evaluate((json) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([json], "dropped.json", { type: "application/json" }));
      document.querySelector(".map").dispatchEvent(new DragEvent("drop", { dataTransfer: transfer, bubbles: true, cancelable: true }));
    }, text);
    await page.getByRole("heading", { name: "Minimal", level: 1 }).waitFor();
    await context.close();
  });

  test("a dataset on a site that does not allow reading it names CORS", async () => {
    const other = await serve(join(repo, "dist"), join(repo, "tests", "fixtures"));
    try {
      const { page, context } = await open(env, `?data=${encodeURIComponent(other.url + "fixtures/minimal.json")}`);
      const text = await page.getByRole("alert").textContent();
      assert.match(text, /CORS/);
      assert.match(text, /Access-Control-Allow-Origin/);
      await context.close();
    } finally {
      other.close();
    }
  });
});
