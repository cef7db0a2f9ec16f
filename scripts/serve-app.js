/**
 * `npm run app`: serves dist/ on http://127.0.0.1 (this PC only, never the network) so that a clerk can
 * open the plain-browser Sonae without Excel: http://127.0.0.1:8080/app.html. Read-only, nothing outside
 * dist/, no logging of what is served. PORT=9000 npm run app picks another port.
 */
const fs = require("node:fs");
const http = require("node:http");
const path = require("node:path");

const ROOT = path.resolve(__dirname, "..", "dist");
const PORT = Number(process.env.PORT || 8080);
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
};

if (!fs.existsSync(path.join(ROOT, "app.html"))) {
  process.stderr.write("dist/app.html がありません。先に npm run build を実行してください。\n");
  process.exit(1);
}

const server = http.createServer((req, res) => {
  const pathname = decodeURIComponent(new URL(req.url || "/", "http://127.0.0.1").pathname);
  const file = path.resolve(ROOT, "." + (pathname === "/" ? "/app.html" : pathname));
  if (!file.startsWith(ROOT + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("見つかりません");
    return;
  }
  res.writeHead(200, { "Content-Type": TYPES[path.extname(file)] || "application/octet-stream", "Cache-Control": "no-store" });
  fs.createReadStream(file).pipe(res);
});

server.listen(PORT, "127.0.0.1", () => {
  process.stdout.write(`Sonae（ブラウザ版）: http://127.0.0.1:${PORT}/app.html をブラウザで開いてください。終了は Ctrl+C。\n`);
});
