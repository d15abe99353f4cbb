// The part of Playwright's page API the end-to-end tests use, built on WebDriver, so the same
// tests run in Firefox ESR and WebKit as in Chromium. Locators are lists of steps (CSS, role
// and accessible name, label, nth) resolved in the page by `in-page.js`; actions go through
// WebDriver (element clicks, keys, pointer actions), as a person's would. What WebDriver cannot
// do in every engine (the DevTools protocol, emulated media or colour scheme, request events,
// PDF) throws `Unsupported`, which the tests report as skipped, with the reason.
import { readFileSync } from "node:fs";
import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { ELEMENT, Session } from "./client.mjs";

const PROLOGUE = readFileSync(join(dirname(fileURLToPath(import.meta.url)), "in-page.js"), "utf8");
const WAIT = 20_000;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

export class Unsupported extends Error {}

/** Goes to a blank page, unless on one: in WebKit, a second about:blank in a row is a page
 * whose frames no longer load. */
async function blank(session) {
  if ((await session.run(() => location.href)) !== "about:blank") await session.go("about:blank");
}

/** WebDriver's codes for the named keys the tests press. */
const KEYS = {
  Enter: "\uE007", Tab: "\uE004", Escape: "\uE00C", Backspace: "\uE003", Home: "\uE011", End: "\uE010",
  PageUp: "\uE00E", PageDown: "\uE00F", ArrowLeft: "\uE012", ArrowUp: "\uE013", ArrowRight: "\uE014", ArrowDown: "\uE015",
  Shift: "\uE008", Control: "\uE009", Meta: "\uE03D",
};
/** A key, or a chord such as "Shift+ArrowRight" for an element (whose modifiers WebDriver
 * holds down until the end of what it sends). */
const key = (k) => (k.length > 1 && k.includes("+") ? k.split("+").map((part) => KEYS[part] ?? part).join("") : KEYS[k] ?? k);

/** A value that can cross into the page: regular expressions go as their source and flags. */
const portable = (v) => (v instanceof RegExp ? { source: v.source, flags: v.flags } : v);

/** Firefox's preferences for what a context asks of the page's media: a colour scheme or
 * reduced motion. They hold for a whole browser, so such a context gets a browser of its own. */
function firefoxPreferences(options) {
  const prefs = {};
  if (options.colorScheme === "dark") prefs["layout.css.prefers-color-scheme.content-override"] = 0;
  if (options.reducedMotion === "reduce") prefs["ui.prefersReducedMotion"] = 1;
  return prefs;
}

export async function launch(engine) {
  const sessions = new Map([["{}", await Session.start(engine)]]);
  const sessionFor = async (prefs) => {
    const key = JSON.stringify(prefs);
    if (!sessions.has(key)) {
      const options = engine.capabilities["moz:firefoxOptions"];
      const capabilities = { ...engine.capabilities, "moz:firefoxOptions": { ...options, prefs } };
      sessions.set(key, await Session.start({ ...engine, capabilities }));
    }
    return sessions.get(key);
  };
  return {
    engine: engine.name,
    newContext: async (options = {}) => {
      const prefs = engine.name === "firefox" ? firefoxPreferences(options) : {};
      return new Context(await sessionFor(prefs), options, Object.keys(prefs));
    },
    close: async () => {
      for (const s of sessions.values()) await s.stop();
    },
  };
}

class Context {
  /** `set`: the media features the session's browser was started with. */
  constructor(session, options, set = []) {
    const asked = { colorScheme: ["light", "layout.css.prefers-color-scheme.content-override"], reducedMotion: ["no-preference", "ui.prefersReducedMotion"], offline: [false, null] };
    for (const [option, [plain, pref]] of Object.entries(asked)) {
      if (option in options && options[option] !== plain && !set.includes(pref)) throw new Unsupported(`WebDriver cannot set ${option} for one page`);
    }
    this.session = session;
    this.options = options;
  }

  /** A viewport narrower than the engine's narrowest window (Firefox's 500 px, WebKit's 447)
   * is a frame of that size at the window's top left, which the page then lives in. */
  async newPage() {
    const { width = 1280, height = 800 } = this.options.viewport ?? {};
    await blank(this.session);
    await this.session.viewport(Math.max(width, 640), Math.max(height, 400));
    const inner = await this.session.run((w, h) => innerWidth !== w || innerHeight !== h, width, height);
    return new Page(this.session, inner ? { width, height } : null);
  }

  /** Of Chromium's DevTools protocol, the one call the tests make: touches, which become
   * WebDriver touch pointers (one per finger, down until the touch ends). */
  newCDPSession(page) {
    const down = new Set();
    const finger = (id, actions) => ({ type: "pointer", id: `finger${id}`, parameters: { pointerType: "touch" }, actions });
    return {
      send: async (method, { type, touchPoints }) => {
        if (method !== "Input.dispatchTouchEvent") throw new Unsupported(`the test calls Chromium's ${method}`);
        // Two touch pointers from WebKitWebDriver pan the map as one finger would: no pinch.
        if (touchPoints.length > 1 && page.session.engine === "webkit") throw new Unsupported("two touch pointers from WebKitWebDriver moved the map as one finger, so the pinch is not tested here");
        const move = (p) => ({ type: "pointerMove", duration: 0, x: Math.round(p.x), y: Math.round(p.y), origin: "viewport" });
        if (type === "touchEnd") {
          await page.act([...down].map((id) => finger(id, [{ type: "pointerUp", button: 0 }])));
          down.clear();
          return;
        }
        await page.act(touchPoints.map((p) => {
          const start = type === "touchStart" && !down.has(p.id);
          if (start) down.add(p.id);
          return finger(p.id, start ? [move(p), { type: "pointerDown", button: 0 }] : [move(p)]);
        }));
      },
    };
  }

  async close() {
    await blank(this.session).catch(() => {});
  }
}

class Page {
  constructor(session, inner) {
    this.session = session;
    this.inner = inner;
    this.href = "about:blank";
    this.inits = [];
    this.listeners = { pageerror: [] };
    this.keyboard = new Keyboard(this);
    this.mouse = new Mouse(this);
  }

  /** Sends what follows into the page's frame (if it lives in one) and then into the frame
   * `css` finds (if given); says whether it went anywhere. */
  async enter(css) {
    const path = [...(this.inner ? ["#wd-viewport"] : []), ...(css ? [css] : [])];
    for (const c of path) await this.session.frame(await this.session.run((sel) => document.querySelector(sel), c));
    return path.length > 0;
  }

  leave() {
    return this.session.frame(null);
  }

  /** Sends input actions to the page, in its frame if it lives in one. */
  async act(actions) {
    const entered = await this.enter(null);
    try {
      await this.session.actions(actions);
    } finally {
      if (entered) await this.leave();
    }
  }

  /** Runs `fn(...args)` (it may return a promise) in the page, after the prologue. */
  async call(fn, args = [], frame = null) {
    const inits = `window.__wdInit = [${this.inits.join(",")}];`;
    const script = `const done = arguments[arguments.length - 1]; const args = [...arguments].slice(0, -1);
      ${inits}
      ${PROLOGUE}
      const finish = (r) => done({ ...r, href: location.href, errors: window.__wd.errors.splice(0) });
      Promise.resolve().then(() => (${fn}).apply(null, args)).then((ok) => finish({ ok }), (e) => finish({ err: String(e && e.stack || e) }));`;
    const entered = await this.enter(frame);
    try {
      let r = await this.session.runAsync(script, args);
      // A script cut short by a document being replaced (a frame loading) gives nothing: again,
      // for up to about five seconds.
      for (let i = 0; r == null && i < 50; i++) {
        await sleep(100);
        if (entered) await this.leave();
        await this.enter(frame);
        r = await this.session.runAsync(script, args);
      }
      if (r == null) throw new Error(`the page gave no answer to ${fn} within about 5 s (51 tries)`);
      if (!frame) this.href = r.href;
      for (const e of r.errors) for (const l of this.listeners.pageerror) l(new Error(e));
      if ("err" in r) throw new Error(`in the page: ${r.err}`);
      return r.ok;
    } finally {
      if (entered) await this.leave();
    }
  }

  on(event, listener) {
    if (event !== "pageerror") throw new Unsupported(`WebDriver has no "${event}" events in every engine`);
    this.listeners.pageerror.push(listener);
  }

  url() {
    return this.href;
  }

  async goto(url) {
    if (this.inner) {
      // As setContent does, with the size set through the DOM: WebKit may apply the last
      // page's policy (no inline style) to a blank page opened after it.
      await blank(this.session);
      await this.session.run((u, w, h) => {
        document.open();
        document.write(`<!doctype html><iframe id="wd-viewport" src="${u}"></iframe>`);
        document.close();
        document.body.style.margin = "0";
        Object.assign(document.querySelector("#wd-viewport").style, { border: "0", display: "block", width: `${w}px`, height: `${h}px` });
      }, url, this.inner.width, this.inner.height);
      // Loaded: the frame's document is another origin's, or no longer the first blank one.
      await this.session.until(() => {
        const d = document.querySelector("#wd-viewport").contentDocument;
        return !d || (d.URL !== "about:blank" && d.readyState === "complete");
      });
    } else {
      await this.session.go(url);
    }
    await this.call(() => 0);
  }

  async reload() {
    await this.session.call("POST", `/session/${this.session.id}/refresh`, {});
    await this.call(() => 0);
  }

  async goBack() {
    await this.session.call("POST", `/session/${this.session.id}/back`, {});
    await this.call(() => 0);
  }

  async goForward() {
    await this.session.call("POST", `/session/${this.session.id}/forward`, {});
    await this.call(() => 0);
  }

  async setContent(html) {
    await blank(this.session);
    await this.call((h) => {
      document.open();
      document.write(h);
      document.close();
    }, [html]);
  }

  evaluate(fn, arg) {
    return this.call(fn, [portable(arg)]);
  }

  async waitForFunction(fn, arg, { timeout = WAIT } = {}) {
    const end = Date.now() + timeout;
    for (;;) {
      const v = await this.call(fn, [portable(arg)]);
      if (v) return v;
      if (Date.now() > end) throw new Error(`timed out after ${timeout} ms waiting for ${fn}`);
      await sleep(50);
    }
  }

  /** Files the page saves are caught in the page (see in-page.js) and written to a temporary folder. */
  async waitForEvent(event) {
    if (event !== "download") throw new Unsupported(`WebDriver has no "${event}" events in every engine`);
    const file = await this.waitForFunction(() => (window.__wd.downloads[0]?.b64 != null ? window.__wd.downloads.shift() : null));
    const path = join(await mkdtemp(join(tmpdir(), "download-")), file.name);
    await writeFile(path, Buffer.from(file.b64, "base64"));
    return { path: async () => path, suggestedFilename: () => file.name };
  }

  addInitScript(fn) {
    this.inits.push(String(fn));
  }

  /** Runs a script file in the page (WebDriver's scripts are not bound by the page's policy). */
  async addScriptTag({ path }) {
    const source = readFileSync(path, "utf8");
    await this.session.runAsync(`const done = arguments[0]; ${source};\ndone(null);`);
  }

  async screenshot({ path }) {
    const frame = this.inner && (await this.session.run(() => document.querySelector("#wd-viewport")));
    const png = frame ? await this.session.element(frame, "GET", "/screenshot") : await this.session.screenshot();
    await writeFile(path, Buffer.from(png, "base64"));
  }

  emulateMedia() {
    throw new Unsupported("WebDriver cannot emulate print media");
  }

  pdf() {
    throw new Unsupported("WebDriver cannot emulate print media");
  }

  locator(css, options) {
    return new Locator(this, []).locator(css, options);
  }

  getByRole(role, options) {
    return new Locator(this, []).getByRole(role, options);
  }

  getByLabel(text, { exact = false } = {}) {
    return new Locator(this, [{ kind: "label", text, exact }]);
  }

  frameLocator(css) {
    return new Locator(this, [], css);
  }
}

class Locator {
  constructor(page, steps, frame = null) {
    this.page = page;
    this.steps = steps;
    this.frameCss = frame;
  }

  with(step) {
    return new Locator(this.page, [...this.steps, step], this.frameCss);
  }

  /** `has`: only the elements with something inside that the other locator would find. */
  locator(css, { has } = {}) {
    const found = this.with({ kind: "css", css });
    return has ? found.with({ kind: "has", steps: has.steps }) : found;
  }

  getByRole(role, { name, exact = false, level } = {}) {
    return this.with({ kind: "role", role, name: portable(name), exact, level });
  }

  first() {
    return this.with({ kind: "nth", n: 0 });
  }

  /** Runs `fn(elements, ...args)` in the page (inside the frame if this locator is in one). */
  run(fn, ...args) {
    return this.page.call(`(steps, ...rest) => (${fn})(window.__wd.all(steps), ...rest)`, [this.steps, ...args], this.frameCss);
  }

  /** Waits until the locator finds an element in the given state, and returns the first. */
  async element(state = "attached", timeout = WAIT) {
    const end = Date.now() + timeout;
    for (;;) {
      const found = await this.run((all, s) => {
        const shown = all.filter(window.__wd.visible);
        if (s === "visible") return shown[0] ?? null;
        if (s === "hidden") return shown.length === 0 ? true : null;
        if (s === "detached") return all.length === 0 ? true : null;
        return all[0] ?? null;
      }, state);
      if (found) return found;
      if (Date.now() > end) throw new Error(`timed out waiting for ${JSON.stringify(this.steps)} to be ${state}`);
      await sleep(50);
    }
  }

  /** Does `what` to the element in the top page or inside its frame. */
  async act(what) {
    const ref = await this.element("visible");
    const entered = await this.page.enter(this.frameCss);
    try {
      return await what(ref);
    } finally {
      if (entered) await this.page.leave();
    }
  }

  async waitFor({ state = "visible", timeout = WAIT } = {}) {
    await this.element(state, timeout);
  }

  async click() {
    await this.act((ref) => this.page.session.element(ref, "POST", "/click"));
  }

  async check() {
    if (!(await this.isChecked())) await this.click();
  }

  async uncheck() {
    if (await this.isChecked()) await this.click();
  }

  async isChecked() {
    await this.element();
    return this.run((all) => all[0].checked);
  }

  async isVisible() {
    return this.run((all) => all.some(window.__wd.visible));
  }

  async count() {
    return this.run((all) => all.length);
  }

  async textContent() {
    await this.element();
    return this.run((all) => all[0].textContent);
  }

  async allTextContents() {
    return this.run((all) => all.map((e) => e.textContent));
  }

  async getAttribute(name) {
    await this.element();
    return this.run((all, n) => all[0].getAttribute(n), name);
  }

  async inputValue() {
    await this.element();
    return this.run((all) => all[0].value);
  }

  async boundingBox() {
    await this.element();
    return this.run((all) => {
      const r = all[0].getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    });
  }

  async evaluate(fn, arg) {
    await this.element();
    return this.run(`(all, arg) => (${fn})(all[0], arg)`, portable(arg));
  }

  async focus() {
    await this.element();
    await this.run((all) => all[0].focus());
  }

  async scrollIntoViewIfNeeded() {
    await this.element();
    await this.run((all) => all[0].scrollIntoView({ block: "nearest" }));
  }

  /** Types into a text field as a person would; a slider or other non-text input gets its value set. */
  async fill(value) {
    const typed = await this.run((all) => ["text", "search", "email", "url", "tel", "textarea"].includes(all[0]?.type));
    if (typed) {
      await this.act(async (ref) => {
        await this.page.session.element(ref, "POST", "/clear");
        await this.page.session.element(ref, "POST", "/value", { text: value });
      });
      return;
    }
    await this.element();
    await this.run((all, v) => {
      const e = all[0];
      e.focus();
      Object.getOwnPropertyDescriptor(Object.getPrototypeOf(e), "value").set.call(e, v);
      e.dispatchEvent(new Event("input", { bubbles: true }));
      e.dispatchEvent(new Event("change", { bubbles: true }));
    }, value);
  }

  async press(k) {
    await this.act((ref) => this.page.session.element(ref, "POST", "/value", { text: key(k) }));
  }

  async selectOption(value) {
    await this.element();
    await this.run((all, v) => {
      const select = all[0];
      const option = [...select.options].find((o) => o.value === v || o.label === v);
      if (!option) throw new Error(`no option ${v}`);
      select.value = option.value;
      select.dispatchEvent(new Event("input", { bubbles: true }));
      select.dispatchEvent(new Event("change", { bubbles: true }));
    }, value);
  }

  /** Gives a file input its files through WebDriver (one path per line). */
  async setInputFiles(paths) {
    const ref = await this.element();
    const entered = await this.page.enter(this.frameCss);
    try {
      await this.page.session.element(ref, "POST", "/value", { text: [paths].flat().join("\n") });
    } finally {
      if (entered) await this.page.leave();
    }
  }
}

class Keyboard {
  constructor(page) {
    this.page = page;
  }

  keys(list) {
    return this.page.act([{ type: "key", id: "keyboard", actions: list.flatMap((k) => [{ type: "keyDown", value: k }, { type: "keyUp", value: k }]) }]);
  }

  press(k) {
    return this.keys([key(k)]);
  }

  type(text) {
    return this.keys([...text]);
  }
}

class Mouse {
  constructor(page) {
    this.page = page;
  }

  pointer(actions) {
    return this.page.act([{ type: "pointer", id: "mouse", parameters: { pointerType: "mouse" }, actions }]);
  }

  move(x, y) {
    this.at = [Math.round(x), Math.round(y)];
    return this.pointer([{ type: "pointerMove", duration: 0, x: this.at[0], y: this.at[1], origin: "viewport" }]);
  }

  down() {
    return this.pointer([{ type: "pointerDown", button: 0 }]);
  }

  up() {
    return this.pointer([{ type: "pointerUp", button: 0 }]);
  }

  async click(x, y) {
    await this.move(x, y);
    await this.pointer([{ type: "pointerDown", button: 0 }, { type: "pointerUp", button: 0 }]);
  }

  wheel(dx, dy) {
    const [x, y] = this.at ?? [0, 0];
    return this.page.act([{ type: "wheel", id: "wheel", actions: [{ type: "scroll", x, y, deltaX: dx, deltaY: dy, origin: "viewport", duration: 0 }] }]);
  }
}

export { ELEMENT };
