// Trunk's post-build hook, on Trunk's staging folder ($TRUNK_STAGING_DIR): the strict
// Content-Security-Policy (scripts/csp.mjs), then, in release builds, the smaller files
// (scripts/minify.mjs). One hook running both in turn: Trunk starts a stage's hooks
// together, and both rewrite index.html.
import { csp } from "./csp.mjs";
import { shrink } from "./minify.mjs";

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2];
if (!dir) throw new Error("TRUNK_STAGING_DIR is not set: run from Trunk's post_build hook");
await csp(dir);
if ((process.env.TRUNK_PROFILE ?? "release") === "release") await shrink(dir);
