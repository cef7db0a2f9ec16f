/** Task pane bundle size: every script taskpane.html loads, gzipped (target ≤ 400 KB). Needs `npm run build`. */
import * as fs from "node:fs";
import * as path from "node:path";
import { gzipSync } from "node:zlib";

export async function run(): Promise<void> {
  const dist = path.resolve(__dirname, "../../dist");
  const distDir = fs.existsSync(path.join(dist, "taskpane.html")) ? dist : path.resolve(__dirname, "../dist");
  const html = path.join(distDir, "taskpane.html");
  if (!fs.existsSync(html)) {
    console.log("bundle: dist/taskpane.html not found — run `npm run build` first");
    return;
  }
  const scripts = [...fs.readFileSync(html, "utf8").matchAll(/<script[^>]+src=(?:"([^"]+)"|([^\s>]+))/g)]
    .map((m) => m[1] ?? m[2])
    .filter((s) => !/^https?:/.test(s));
  let total = 0;
  for (const s of scripts) {
    const file = path.join(distDir, s.replace(/^\.?\//, "").split("?")[0]);
    const size = gzipSync(fs.readFileSync(file)).length;
    total += size;
    console.log(`bundle: ${path.basename(file)} ${(size / 1024).toFixed(0)} KB gzip`);
  }
  console.log(`bundle: total loaded by taskpane.html ${(total / 1024).toFixed(0)} KB gzip   target ≤ 400 KB: ${total <= 400 * 1024 ? "met" : "NOT MET"}`);
  const loaded = new Set(scripts.map((s) => path.basename(s.split("?")[0])));
  const lazy = fs.readdirSync(distDir).filter((f) => f.endsWith(".js") && !loaded.has(f));
  for (const f of lazy) console.log(`bundle: ${f} ${(gzipSync(fs.readFileSync(path.join(distDir, f))).length / 1024).toFixed(0)} KB gzip, loaded only on demand`);
}
