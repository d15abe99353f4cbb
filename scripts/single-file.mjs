// The single file: one HTML page holding the icon, the stylesheet, the script, the
// WebAssembly (base64) and the default dataset, which opens from the local disk by
// double-click with no server and no network. Made here only, from a release build:
//   node scripts/single-file.mjs [dist] [out]
// writes target/alliance-map.html; Trunk's post-build hook (scripts/post-build.mjs) calls
// singleFile() to serve the same page beside the app as offline.html, the template from
// which the app makes an offline page of whatever dataset it has loaded.
import { readFile, writeFile, mkdir } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/** The single file made from the release build in `dist`. */
export async function singleFile(dist) {
  const html = await readFile(join(dist, "index.html"), "utf8");
  const find = (re, what) => {
    const m = html.match(re);
    if (!m) throw new Error(`dist/index.html has no ${what}: build with trunk first`);
    return m[1].replace(/^\//, "");
  };
  const css = await readFile(join(dist, find(/<link rel="stylesheet" href="([^"]+)"/, "stylesheet")), "utf8");
  // The start-up script is in its own file (scripts/csp.mjs moved it there).
  const start = await readFile(join(dist, find(/<script type="module" src="([^"]+)"/, "start-up script").replace(/^\.\//, "")), "utf8");
  const grab = (re, what) => {
    const m = start.match(re);
    if (!m) throw new Error(`the start-up script has no ${what}`);
    return m[1].replace(/^\.?\//, "");
  };
  const jsName = grab(/import init, \* as bindings from '([^']+)'/, "script");
  const wasmName = grab(/module_or_path: '([^']+)'/, "WebAssembly module");
  const glue = await readFile(join(dist, jsName), "utf8");
  const wasm = await readFile(join(dist, wasmName));
  const data = await readFile(join(dist, "data", "space-cyber-isr.json"), "utf8");
  // The page's icon, as a data: address (without it the browser would ask for /favicon.ico).
  const iconName = find(/<link rel="icon" href="([^"]+)"/, "icon");
  const icon = `data:image/svg+xml;base64,${(await readFile(join(dist, iconName))).toString("base64")}`;
  // The glue is an ES module (made smaller by scripts/minify.mjs); inlined, its exports become
  // plain declarations: `export { a as initSync }` becomes `const initSync = a;`.
  const declare = (list) =>
    list
      .split(",")
      .map((entry) => entry.trim().split(/\s+as\s+/))
      .filter(([local, as]) => local && (as ?? local) !== "default" && as && as !== local)
      .map(([local, as]) => `const ${as} = ${local};`)
      .join("\n");
  const script = glue
    .replace(/\bexport\s*\{([^}]*)\};?/g, (_, list) => declare(list))
    .replace(/^export (function|class|const) /gm, "$1 ")
    .replace(/^export default [^;]+;\s*$/gm, "");
  if (/^export |\bexport\s*\{/m.test(script)) throw new Error("the script still exports something: the glue changed shape");
  if (!/\binitSync\b/.test(script)) throw new Error("the script has no initSync: the glue changed shape");

  // The built page, with its links and scripts taken inside: the icon as a data: address, the
  // stylesheet as a <style>, the start-up script replaced by the glue, the WebAssembly and the
  // dataset. The single file needs inline script, so the build's Content-Security-Policy is
  // left out. Every "<" of the dataset is written "\u003c", which JSON reads as the same
  // character (it occurs only inside strings): nothing in it can end the script element or
  // open a comment there. The app writes another dataset into the page the same way
  // (src/export/offline.rs).
  const inline = `<script type="application/json" id="alliance-map-data">${data.replace(/</g, "\\u003c")}</script>
    <script type="module">
${script}
const bytes = Uint8Array.from(atob("${wasm.toString("base64")}"), (c) => c.charCodeAt(0));
initSync({ module: bytes });
    </script>
  </body>`;
  const page = html
    .replace(/\s*<meta http-equiv="Content-Security-Policy"[^>]*>/, "")
    .replace(/<link rel="icon"[^>]*>/, () => `<link rel="icon" href="${icon}" />`)
    .replace(/<link rel="stylesheet"[^>]*>/, () => `<style>${css}</style>`)
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/g, "")
    .replace(/<script type="module" src="[^"]*"><\/script>/, "")
    .replace("</body>", () => inline);
  for (const left of ['rel="stylesheet"', 'type="module" src=', "Content-Security-Policy", iconName]) {
    if (page.includes(left)) throw new Error(`the single file still has ${left}: the built page changed shape`);
  }
  return page;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const repo = join(dirname(fileURLToPath(import.meta.url)), "..");
  const dist = process.argv[2] ?? join(repo, "dist");
  const out = process.argv[3] ?? join(repo, "target", "alliance-map.html");
  const page = await singleFile(dist);
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, page);
  console.log(`wrote ${out} (${(page.length / 1024).toFixed(0)} KiB)`);
}
