/**
 * `npm run app`: serves dist/ on http://127.0.0.1 (this PC only, never the network) so that a clerk can
 * open the plain-browser Sonae without Excel: http://127.0.0.1:8080/app.html (scripts/staticServer.js: read-only,
 * nothing outside dist/, no logging of what is served). PORT=9000 npm run app picks another port.
 */
const fs = require("node:fs");
const path = require("node:path");
const { createStaticServer } = require("./staticServer");

const ROOT = path.resolve(__dirname, "..", "dist");
const PORT = Number(process.env.PORT || 8080);

if (!fs.existsSync(path.join(ROOT, "app.html"))) {
  process.stderr.write("dist/app.html がありません。先に npm run build を実行してください。\n");
  process.exit(1);
}

const server = createStaticServer(ROOT, "app.html");

server.listen(PORT, "127.0.0.1", () => {
  process.stdout.write(`Sonae（ブラウザ版）: http://127.0.0.1:${PORT}/app.html をブラウザで開いてください。終了は Ctrl+C。\n`);
});
