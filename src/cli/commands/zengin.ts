import type { Command } from "../command";

/** `sonae zengin`: not built yet. */
export const command: Command = async () => {
  process.stderr.write("sonae zengin はまだ実装されていません。\n");
  return 2;
};
