// A small W3C WebDriver client: enough to drive Chromium (chromedriver), Firefox ESR
// (geckodriver) and WebKit (WebKitWebDriver). `page.mjs` builds the tests' page API on it.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { existsSync } from "node:fs";

const freePort = () =>
  new Promise((ok) => {
    const s = createServer();
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
  });

/** The engines this machine can run, with their driver and capabilities. */
export function engines() {
  const which = (p) => (existsSync(p) ? p : null);
  const home = process.env.HOME ?? "/root";
  const list = [
    { name: "chromium", driver: which("/usr/bin/chromedriver"), args: (port) => [`--port=${port}`],
      capabilities: { browserName: "chrome", "goog:chromeOptions": { binary: "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1280,800"] } } },
    { name: "firefox", driver: which(`${home}/.cargo/bin/geckodriver`) ?? which("/usr/local/bin/geckodriver"), args: (port) => ["--port", String(port)],
      capabilities: { browserName: "firefox", "moz:firefoxOptions": { binary: "/usr/bin/firefox-esr", args: ["-headless", "-width=1280", "-height=800"] } } },
    { name: "webkit", driver: process.env.DISPLAY ? which("/usr/bin/WebKitWebDriver") : null, args: (port) => [`--port=${port}`],
      capabilities: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", args: ["--automation"] } } },
  ];
  return list.filter((e) => e.driver);
}

export const ELEMENT = "element-6066-11e4-a52e-4f735466cecf";

export class Session {
  static async start(engine) {
    const port = await freePort();
    const driver = spawn(engine.driver, engine.args(port), { stdio: "ignore" });
    const base = `http://127.0.0.1:${port}`;
    // The driver answers once it listens: up to ten seconds.
    const end = Date.now() + 10_000;
    for (;;) {
      try {
        const r = await fetch(`${base}/status`);
        if (r.ok) break;
      } catch {}
      if (Date.now() > end) {
        driver.kill();
        throw new Error(`${engine.driver} did not answer on port ${port} within 10 s`);
      }
      await new Promise((ok) => setTimeout(ok, 100));
    }
    const s = new Session(base, driver);
    const made = await s.call("POST", "/session", { capabilities: { alwaysMatch: engine.capabilities } });
    s.id = made.sessionId;
    s.engine = engine.name;
    await s.call("POST", `/session/${s.id}/timeouts`, { script: 60_000 });
    await s.call("POST", `/session/${s.id}/window/rect`, { width: 1280, height: 800 }).catch(() => {});
    return s;
  }

  constructor(base, driver) {
    this.base = base;
    this.driver = driver;
  }

  async call(method, path, body) {
    const r = await fetch(this.base + path, { method, headers: { "content-type": "application/json" }, body: body ? JSON.stringify(body) : undefined, signal: AbortSignal.timeout(60_000) });
    const json = await r.json();
    if (!r.ok) throw new Error(`${method} ${path}: ${json.value?.error}: ${json.value?.message}`);
    return "value" in json ? json.value : json;
  }

  go(url) {
    return this.call("POST", `/session/${this.id}/url`, { url });
  }

  /** Runs `script` (a function body; `arguments` holds `args` then the callback to call
   * with the result) in the page, and returns what it passes to the callback. */
  runAsync(script, args = []) {
    return this.call("POST", `/session/${this.id}/execute/async`, { script, args });
  }

  /** Runs `fn` (a function's source, called with `args`) in the page and returns its value. */
  run(fn, ...args) {
    return this.call("POST", `/session/${this.id}/execute/sync`, { script: `return (${fn}).apply(null, arguments)`, args });
  }

  /** Waits until `fn` in the page returns something truthy (up to `ms`), and returns it. */
  async until(fn, args = [], ms = 20_000) {
    const end = Date.now() + ms;
    for (;;) {
      const v = await this.run(fn, ...args);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out after ${ms} ms waiting for ${fn}`);
      await new Promise((ok) => setTimeout(ok, 100));
    }
  }

  /** Calls an endpoint of an element (`ref` as the page returned it). */
  element(ref, method, path, body = {}) {
    return this.call(method, `/session/${this.id}/element/${ref[ELEMENT]}${path}`, method === "GET" ? undefined : body);
  }

  /** Sends scripts and actions into an <iframe> (`ref`), or back to the top page with null. */
  frame(ref) {
    return this.call("POST", `/session/${this.id}/frame`, { id: ref ?? null });
  }

  actions(actions) {
    return this.call("POST", `/session/${this.id}/actions`, { actions });
  }

  screenshot() {
    return this.call("GET", `/session/${this.id}/screenshot`);
  }

  /** Sizes the window so that the page's viewport is `width` x `height`. */
  async viewport(width, height) {
    for (let i = 0; i < 3; i++) {
      const [w, h] = await this.run(() => [innerWidth, innerHeight]);
      if (w === width && h === height) return;
      const rect = await this.call("GET", `/session/${this.id}/window/rect`);
      await this.call("POST", `/session/${this.id}/window/rect`, { width: rect.width + width - w, height: rect.height + height - h });
    }
  }

  /** A real pointer click at a point of the viewport. */
  async clickAt(x, y) {
    await this.actions([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions: [
      { type: "pointerMove", duration: 0, x: Math.round(x), y: Math.round(y), origin: "viewport" },
      { type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 },
    ] }]);
  }

  async stop() {
    await this.call("DELETE", `/session/${this.id}`).catch(() => {});
    this.driver.kill();
  }
}
