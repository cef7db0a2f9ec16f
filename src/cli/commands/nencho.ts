import type { Command } from "../command";

/** `sonae nencho`: not built yet. */
export const command: Command = async () => {
  process.stderr.write("sonae nencho はまだ実装されていません。\n");
  return 2;
};
