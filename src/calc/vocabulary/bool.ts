import { invalid } from "./errors";
import { foldText, Parser } from "./parser";

/** TRUE/FALSE, 1/0, or the words staff write for them (はい・あり・対象 / いいえ・なし・対象外). */
export const bool: Parser<boolean> = (raw, label) => {
  if (typeof raw === "boolean") return raw;
  if (raw === 1 || raw === 0) return raw === 1;
  if (typeof raw === "string") {
    const word = foldText(raw).toUpperCase();
    if (["TRUE", "1", "はい", "有", "あり", "対象"].includes(word)) return true;
    if (["FALSE", "0", "いいえ", "無", "なし", "対象外"].includes(word)) return false;
  }
  throw invalid(label, raw, "TRUE または FALSE で指定してください。");
};
