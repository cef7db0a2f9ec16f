/**
 * `npm run bench`: speed and memory targets, measured (not asserted by timed tests). Prints each figure,
 * its target and whether it is met; exits 0 either way (a benchmark informs, CI does not gate on it).
 */
import { benchRegistry, floorPerSecond } from "./registry.bench";

const fmt = (n: number) => Math.round(n).toLocaleString("en-US");

async function main() {
  const floor = floorPerSecond();
  console.log(`floor (plain-number lookup, binary search × rate per row): ${fmt(floor)} evaluations/s (re-measured beside each formula)`);
  console.log("");
  console.log("formula                  scalar calls/s   broadcast evals/s   floor÷broadcast   target");
  for (const r of benchRegistry()) {
    const ratio = r.floor / r.broadcast;
    const ok = r.broadcast >= 2_000_000 && ratio <= 5;
    console.log(`${r.id.padEnd(24)} ${fmt(r.scalar).padStart(14)}   ${fmt(r.broadcast).padStart(17)}   ${ratio.toFixed(2).padStart(15)}   ${ok ? "met" : "NOT MET (≥2,000,000/s, ≤5×)"}`);
  }
  for (const extra of ["./workbook.bench", "./rebuild.bench", "./import.bench", "./bundle.bench", "./startup.bench"]) {
    try {
      const mod = await import(extra);
      console.log("");
      await mod.run();
    } catch (e) {
      if ((e as { code?: string }).code !== "MODULE_NOT_FOUND" && !String(e).includes("Cannot find module")) throw e;
    }
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
