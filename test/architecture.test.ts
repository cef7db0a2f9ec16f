/**
 * The architecture, checked (README「設計」): arrows point down only. The core (src/calc) imports nothing
 * outside itself; the libraries (import, workbook, zengin, todoke) import only the core and each other as
 * listed; the use cases (src/jobs) sit on the libraries; the adapters (functions, cli, taskpane, app) sit on
 * the use cases and never import one another — except the composition roots, which wire the add-in together.
 * The Excel JS writer and the .xlsx writer do not import each other, and there are no import cycles.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "..");

/** Which top-level areas of src each area may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  calc: [],
  import: ["calc"],
  zengin: ["calc"],
  todoke: ["calc"],
  workbook: ["calc", "zengin", "todoke"],
  jobs: ["calc", "import", "workbook", "zengin", "todoke"],
  functions: ["calc"],
  // `sonae call/eval/formulas` host the formula catalogue the way Excel does, so the CLI may read src/functions.
  cli: ["calc", "import", "workbook", "zengin", "todoke", "jobs", "functions"],
  taskpane: ["calc", "import", "workbook", "zengin", "todoke", "jobs"],
  app: ["calc", "import", "workbook", "zengin", "todoke", "jobs", "taskpane"],
};

/** Entry points that assemble adapters (the add-in's shared runtime, the page, the command line). */
const COMPOSITION_ROOTS = new Set(["src/taskpane/index.tsx", "src/functions/entry.ts", "src/cli/main.ts", "src/app/index.tsx"]);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.posix.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(rel) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".d.ts") ? [rel] : [];
  });
}

const files = sourceFiles("src");
const known = new Set(files);

function resolveImport(from: string, spec: string): string | undefined {
  const base = path.posix.normalize(path.posix.join(path.posix.dirname(from), spec));
  return [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`].find((c) => known.has(c));
}

/** Every relative import of a file (type-only imports too: a type cycle is still a tangle). */
function importsOf(file: string): string[] {
  const text = fs.readFileSync(path.join(ROOT, file), "utf8");
  const specs = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']*)["']/g)].map((m) => m[1]);
  return specs.map((s) => resolveImport(file, s)).filter((t): t is string => t !== undefined);
}

const graph = new Map(files.map((f) => [f, importsOf(f)] as const));
const area = (f: string) => f.split("/")[1];

describe("architecture", () => {
  test("every area of src is placed in the picture", () => {
    expect([...new Set(files.map(area))].filter((a) => !(a in ALLOWED))).toEqual([]);
  });

  test("arrows point down only", () => {
    const wrong: string[] = [];
    for (const [from, targets] of graph) {
      if (COMPOSITION_ROOTS.has(from)) continue;
      for (const to of targets) {
        const a = area(from);
        const b = area(to);
        if (a !== b && !(ALLOWED[a] ?? []).includes(b)) wrong.push(`${from} → ${to}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  test("the Excel JS writer and the .xlsx writer do not import each other", () => {
    const writer = (f: string) => (/^src\/workbook\/excel\//.test(f) ? "excel" : /^src\/workbook\/xlsx/.test(f) ? "xlsx" : undefined);
    const wrong = [...graph].flatMap(([from, targets]) => targets.filter((to) => writer(from) && writer(to) && writer(from) !== writer(to)).map((to) => `${from} → ${to}`));
    expect(wrong).toEqual([]);
  });

  test("there are no import cycles", () => {
    // Tarjan's strongly connected components: any component of more than one file is a cycle.
    let index = 0;
    const order = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const onStack = new Set<string>();
    const cycles: string[][] = [];
    const visit = (v: string) => {
      order.set(v, index);
      low.set(v, index++);
      stack.push(v);
      onStack.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!order.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, order.get(w)!));
      }
      if (low.get(v) === order.get(v)) {
        const component: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          onStack.delete(w);
          component.push(w);
        } while (w !== v);
        if (component.length > 1) cycles.push(component.sort());
      }
    };
    for (const f of files) if (!order.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });
});
