import type { Command } from "../command";

/** `sonae rebuild`: not built yet. */
export const command: Command = async () => {
  process.stderr.write("sonae rebuild はまだ実装されていません。\n");
  return 2;
};
