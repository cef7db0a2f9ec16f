/**
 * A read-only static file server on 127.0.0.1 (this PC only, never the network), shared by `npm run app`
 * (scripts/serve-app.js) and the browser tests: nothing outside the folder is served, nothing is logged.
 */
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".map": "application/json; charset=utf-8",
};

/** An http.Server (not yet listening) serving `dir`; a request for "/" gets `index`. */
function createStaticServer(dir, index) {
  const root = path.resolve(dir);
  return http.createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url || "/", "http://127.0.0.1").pathname);
    const file = path.resolve(root, "." + (pathname.endsWith("/") ? pathname + index : pathname));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("見つかりません");
      return;
    }
    res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
    fs.createReadStream(file).pipe(res);
  });
}

module.exports = { createStaticServer };
