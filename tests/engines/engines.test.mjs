// The core end-to-end checks in every browser engine the machine has (Chromium, Firefox
// ESR, WebKit) through WebDriver: the ties drawn on two dates, clicking a state on the map
// and reading a tie's source quote, and a broken dataset's message.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { activeOn, dataset, firstDay, repo } from "../e2e/helpers.mjs";
import { serve } from "../e2e/server.mjs";
import { engines, Session } from "./webdriver.mjs";

let server;
before(async () => (server = await serve(join(repo, "dist"), join(repo, "tests", "fixtures"))));
after(() => server?.close());

const drawn = (s) => s.run(() => (document.querySelector("canvas.map-canvas")?.getAttribute("data-ties") ?? "").split(" ").filter(Boolean).sort());
const settled = () => document.querySelector('canvas.map-canvas[aria-busy="false"]') !== null;

for (const engine of engines()) {
  describe(`in ${engine.name}`, () => {
    let s;
    before(async () => (s = await Session.start(engine)));
    after(async () => s?.stop());

    test("the ties drawn are the ties in force on each date", async () => {
      await s.go(server.url);
      await s.until(settled);
      for (const date of ["2009-06-01", "2021-06-15"]) {
        const day = firstDay(date);
        await s.run((d) => {
          const slider = document.querySelector("#date-slider");
          slider.value = String(d);
          slider.dispatchEvent(new Event("input", { bubbles: true }));
        }, day);
        const want = activeOn(day).sort();
        await s.until((w) => (document.querySelector("canvas.map-canvas").getAttribute("data-ties") ?? "").split(" ").sort().join(" ") === w, [want.join(" ")]);
        assert.deepEqual(await drawn(s), want);
      }
    });

    test("a click on a state's marker lists its ties; a tie shows its quote", async () => {
      await s.go(server.url + "?date=2021-06-15");
      await s.until(settled);
      const [x, y] = await s.run(() => {
        const r = document.querySelector('.proxy[data-state="JPN"]').getBoundingClientRect();
        return [r.x + r.width / 2, r.y + r.height / 2];
      });
      await s.clickAt(x, y);
      await s.until(() => document.querySelector(".detail h2")?.textContent === "Japan");
      await s.click(".detail .tie-link");
      const title = await s.until(() => document.querySelector(".detail blockquote") && document.querySelector(".detail h2").textContent);
      const tie = dataset.ties.find((t) => t.title === title);
      const quote = await s.run(() => document.querySelector(".detail blockquote").textContent);
      assert.ok(quote.includes(tie.sources[0].quote));
    });

    test("a broken dataset names its problems", async () => {
      await s.go(server.url + "?data=fixtures/broken-references.json");
      const items = await s.until(() => [...document.querySelectorAll('[role="alert"] li')].map((l) => l.textContent).join("\n") || null);
      assert.equal(items, 'ties[1].members[1]: unknown id "XYZ": it is not declared in `states`\nties[2].end: the tie ends (2015-01) before it starts (2016-05-10)');
    });
  });
}
