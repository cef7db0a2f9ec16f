/** Evaluate a formula by its Excel id through the registry, as Excel and the CLI do. */
import { CalcError } from "../../src/calc/law/errors";
import { evaluate } from "../../src/functions/define";
import { REGISTRY } from "../../src/functions/registry";

export function call(id: string, ...args: unknown[]): unknown {
  const def = REGISTRY.get(id);
  if (!def) throw new Error(`no formula ${id}`);
  const [[v]] = evaluate(def, args);
  return v instanceof CalcError ? `${v.code}` : v;
}

export function callError(id: string, ...args: unknown[]): CalcError {
  const def = REGISTRY.get(id)!;
  const [[v]] = evaluate(def, args);
  if (!(v instanceof CalcError)) throw new Error(`${id}(${JSON.stringify(args)}) gave ${String(v)}, not an error`);
  return v;
}
