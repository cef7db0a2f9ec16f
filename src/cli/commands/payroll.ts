import type { Command } from "../command";

/** `sonae payroll`: not built yet. */
export const command: Command = async () => {
  process.stderr.write("sonae payroll はまだ実装されていません。\n");
  return 2;
};
