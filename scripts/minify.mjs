// Part of Trunk's post-build hook (scripts/post-build.mjs), in release builds: shrinks the stylesheet (comments and
// spacing out), the JavaScript glue (terser) and the WebAssembly (a second `wasm-opt -Oz`
// pass, which finds more to fold after Trunk's first), and writes each file's new
// Subresource Integrity hash into index.html; and serves the bundled datasets (data/*.json) without
// their indentation: the same values, read back by JSON.parse, in fewer bytes to download
// and to parse.
import { readFile, writeFile, readdir } from "node:fs/promises";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createHash } from "node:crypto";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { minify } from "terser";

// The stylesheet is the project's own: no comment or string holds a run of spaces or a
// brace, so spacing can go wherever CSS does not need it.
export function shrinkCss(css) {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,])\s*/g, "$1")
    .replace(/;}/g, "}")
    .trim();
}

// The wasm-opt that scripts/setup installs (binaryen, from npm).
const wasmOpt = join(dirname(fileURLToPath(import.meta.url)), "..", "node_modules", ".bin", "wasm-opt");

const shrinkers = {
  css: async (bytes) => Buffer.from(shrinkCss(bytes.toString("utf8")) + "\n"),
  js: async (bytes) => {
    const out = await minify(bytes.toString("utf8"), { module: true, compress: true, mangle: true });
    if (!out.code) throw new Error("terser returned nothing for the JavaScript glue");
    return Buffer.from(out.code + "\n");
  },
  wasm: async (bytes, file) => {
    execFileSync(wasmOpt, ["-Oz", file, "-o", file], { stdio: "inherit" });
    return readFile(file);
  },
};
const kindOf = (name) =>
  name.endsWith(".css") ? "css" : /^alliance-map-.*_bg\.wasm$/.test(name) ? "wasm" : /^alliance-map-.*\.js$/.test(name) ? "js" : null;

// Does the above to the built page in `dir`.
export async function shrink(dir) {
  const page = join(dir, "index.html");
  let html = await readFile(page, "utf8");
  for (const name of await readdir(dir)) {
    const kind = kindOf(name);
    if (!kind) continue;
    const file = join(dir, name);
    const before = await readFile(file);
    const after = await shrinkers[kind](before, file);
    await writeFile(file, after);
    const hash = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
    const old = hash(before);
    if (html.includes(old)) html = html.replaceAll(old, hash(after));
    else if (html.includes(name)) throw new Error(`index.html links ${name} without its integrity hash: the built page changed shape`);
  }
  await writeFile(page, html);

  // The datasets: every data/*.json in the dataset format (data/schema.json and the examples
  // stay as they are, to be read). The benchmark page has none.
  const data = join(dir, "data");
  for (const name of existsSync(data) ? await readdir(data) : []) {
    if (!name.endsWith(".json")) continue;
    const file = join(data, name);
    const value = JSON.parse(await readFile(file, "utf8"));
    if (value?.format !== "alliance-map") continue;
    await writeFile(file, JSON.stringify(value) + "\n");
  }
}
