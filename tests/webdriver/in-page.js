// Runs at the start of every script the WebDriver harness sends to a page. Once per document
// it installs `window.__wd`: finding elements by CSS, by ARIA role and accessible name, or by
// label (what the tests' locators mean), and two recorders: uncaught errors, and files the page
// saves through an <a download> of a blob (kept in memory instead of written to disk, so a test
// can read them in any engine). Listeners from `addInitScript` run here too, after the page has loaded.
if (!window.__wd) {
  const IMPLICIT = {
    A: (e) => (e.hasAttribute("href") ? "link" : null),
    BUTTON: () => "button",
    SELECT: (e) => (e.multiple || e.size > 1 ? "listbox" : "combobox"),
    TEXTAREA: () => "textbox",
    OPTION: () => "option",
    UL: () => "list",
    OL: () => "list",
    LI: () => "listitem",
    DIALOG: () => "dialog",
    TABLE: () => "table",
    NAV: () => "navigation",
    MAIN: () => "main",
    OUTPUT: () => "status",
    IMG: (e) => (e.getAttribute("alt") === "" ? "presentation" : "img"),
    INPUT: (e) => {
      const type = (e.getAttribute("type") || "text").toLowerCase();
      if (["button", "submit", "reset", "image"].includes(type)) return "button";
      if (type === "checkbox") return "checkbox";
      if (type === "radio") return "radio";
      if (type === "range") return "slider";
      if (type === "file" || type === "hidden") return null;
      return e.hasAttribute("list") ? "combobox" : type === "search" ? "searchbox" : "textbox";
    },
  };
  const FROM_CONTENT = new Set(["button", "link", "heading", "option", "checkbox", "radio", "tab", "cell", "columnheader", "rowheader", "menuitem", "switch", "tooltip", "treeitem"]);

  const role = (e) => {
    const explicit = e.getAttribute("role")?.trim().split(/\s+/)[0];
    if (explicit) return explicit;
    if (/^H[1-6]$/.test(e.tagName)) return "heading";
    return IMPLICIT[e.tagName]?.(e) ?? null;
  };
  const level = (e) => Number(e.getAttribute("aria-level") ?? (/^H([1-6])$/.exec(e.tagName)?.[1] || 0));

  /** Hidden from the accessibility tree: aria-hidden, display: none or visibility: hidden. */
  const hidden = (e) => {
    for (let n = e; n && n.nodeType === 1; n = n.parentElement) {
      if (n.getAttribute("aria-hidden") === "true" || n.hidden) return true;
      if (getComputedStyle(n).display === "none") return true;
    }
    return getComputedStyle(e).visibility === "hidden";
  };
  const squash = (s) => s.replace(/\s+/g, " ").trim();
  const text = (n) => {
    if (n.nodeType === 3) return n.textContent;
    if (n.nodeType !== 1 || hidden(n)) return "";
    const label = n.getAttribute("aria-label");
    if (label) return ` ${label} `;
    if (n.tagName === "IMG") return n.getAttribute("alt") ?? "";
    const inner = [...n.childNodes].map(text).join("");
    return getComputedStyle(n).display.startsWith("inline") ? inner : ` ${inner} `;
  };
  const name = (e) => {
    const by = e.getAttribute("aria-labelledby");
    if (by) return squash(by.split(/\s+/).map((id) => document.getElementById(id)).filter(Boolean).map((n) => text(n)).join(" "));
    const label = e.getAttribute("aria-label");
    if (label && label.trim()) return squash(label);
    if (e.labels && e.labels.length) return squash([...e.labels].map((l) => [...l.childNodes].map((c) => (c === e ? "" : text(c))).join("")).join(" "));
    if (e.tagName === "INPUT" && ["button", "submit", "reset"].includes(e.type)) return squash(e.value);
    if (e.tagName === "IMG") return squash(e.getAttribute("alt") ?? "");
    if (FROM_CONTENT.has(role(e))) {
      const t = squash(text(e));
      if (t) return t;
    }
    return squash(e.getAttribute("title") ?? "");
  };
  const matches = (got, want, exact) => {
    if (want == null) return true;
    if (typeof want === "object") return new RegExp(want.source, want.flags).test(got);
    return exact ? got === want : got.toLowerCase().includes(squash(want).toLowerCase());
  };
  /** Drawn on screen (what a test's "visible" means; aria-hidden does not matter here). */
  const visible = (e) => {
    if (!e.isConnected || getComputedStyle(e).visibility === "hidden") return false;
    const r = e.getBoundingClientRect();
    return r.width > 0 || r.height > 0;
  };

  const step = (roots, s) => {
    const below = (r) => [...r.querySelectorAll(s.css ?? "*")];
    switch (s.kind) {
      case "css":
        return roots.flatMap(below);
      case "role":
        return roots.flatMap(below).filter((e) => role(e) === s.role && !hidden(e) && (s.level == null || level(e) === s.level) && matches(name(e), s.name, s.exact));
      case "label":
        return roots.flatMap(below).filter((e) => ["INPUT", "SELECT", "TEXTAREA"].includes(e.tagName) && matches(name(e), s.text, s.exact));
      case "has":
        return roots.filter((r) => s.steps.reduce(step, [r]).length > 0);
      case "nth":
        return roots.slice(s.n, s.n + 1);
      default:
        throw new Error(`unknown step ${s.kind}`);
    }
  };

  const wd = {
    errors: [],
    downloads: [],
    all: (steps) => [...new Set(steps.reduce(step, [document]))],
    visible,
    role,
    name,
  };
  addEventListener("error", (e) => wd.errors.push(e.message));
  addEventListener("unhandledrejection", (e) => wd.errors.push(String(e.reason?.message ?? e.reason)));
  // Blobs are read directly: fetching a blob: address is a connection the page's policy refuses.
  const blobs = new Map();
  const createObjectURL = URL.createObjectURL;
  URL.createObjectURL = function (blob) {
    const url = createObjectURL.call(URL, blob);
    blobs.set(url, blob);
    return url;
  };
  const click = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function () {
    const blob = this.hasAttribute("download") && blobs.get(this.href);
    if (!blob) return click.call(this);
    const file = { name: this.download, b64: null };
    wd.downloads.push(file);
    blob.arrayBuffer().then((buf) => {
      let s = "";
      const bytes = new Uint8Array(buf);
      for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
      file.b64 = btoa(s);
    });
  };
  window.__wd = wd;
  for (const init of window.__wdInit ?? []) init();
}
