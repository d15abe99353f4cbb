// Trunk's post-build hook, on Trunk's staging folder ($TRUNK_STAGING_DIR): the strict
// Content-Security-Policy (scripts/csp.mjs), then, in release builds, the smaller files
// (scripts/minify.mjs) and the single file beside the page as offline.html
// (scripts/single-file.mjs): the template from which the app makes an offline page of the
// dataset it has loaded, fetched only when a reader asks for one. One hook running these in
// turn: Trunk starts a stage's hooks together, and they rewrite index.html and read it.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { csp } from "./csp.mjs";
import { shrink } from "./minify.mjs";
import { singleFile } from "./single-file.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run from Trunk's post_build hook");
await csp(dir);
if ((process.env.TRUNK_PROFILE ?? "release") === "release") {
  await shrink(dir);
  await writeFile(join(dir, "offline.html"), await singleFile(dir));
}
