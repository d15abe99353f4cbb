// A tiny static server for the end-to-end tests: the built app from dist/ at /, the test
// fixtures at /fixtures/, and any texts made by a test at the paths it gives. Listens on a
// free loopback port.
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".wasm": "application/wasm",
  ".css": "text/css",
  ".json": "application/json",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

export async function serve(root, fixtures, made = {}) {
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    if (path in made) {
      const body = Buffer.from(made[path]);
      res.writeHead(200, { "content-type": TYPES[extname(path)], "content-length": body.length }).end(body);
      return;
    }
    const [base, rel] = path.startsWith("/fixtures/") ? [fixtures, path.slice(10)] : [root, path.slice(1) || "index.html"];
    const file = normalize(join(base, rel));
    if (!file.startsWith(resolve(base))) {
      res.writeHead(403).end();
      return;
    }
    try {
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}
