// Part of Trunk's post-build hook (scripts/post-build.mjs): moves the start-up script Trunk
// writes into index.html out to its own file, so that the page can ship with a strict
// Content-Security-Policy (no inline script), and adds that policy.
import { readFile, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { join } from "node:path";

// Does the above to the built page in `dir`.
export async function csp(dir) {
  const file = join(dir, "index.html");
  let html = await readFile(file, "utf8");

  const inline = /<script type="module">([\s\S]*?)<\/script>/;
  const match = html.match(inline);
  if (match) {
    const code = match[1].trim() + "\n";
    const name = `start-${createHash("sha256").update(code).digest("hex").slice(0, 16)}.js`;
    await writeFile(join(dir, name), code);
    // Relative, so that the page works under any path (and the benchmark's ./ public URL).
    html = html.replace(inline, `<script type="module" src="./${name}"></script>`);
  }

  // The policy: everything from the page's own origin; WebAssembly compiled from it; images
  // from blob: and data: (the PNG download draws the SVG through one); datasets by ?data=
  // from any http(s) address (src/ui/loader.rs narrows this to the one address at start-up).
  const policy = [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "style-src 'self'",
    "img-src 'self' blob: data:",
    "connect-src 'self' https: http:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join("; ");
  if (!html.includes("Content-Security-Policy")) {
    html = html.replace('<meta charset="utf-8" />', `<meta charset="utf-8" />\n    <meta http-equiv="Content-Security-Policy" content="${policy}" />`);
  }
  await writeFile(file, html);
}
