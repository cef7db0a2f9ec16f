/**
 * 依頼人 (the paying company) as the workbook's settings or SENDER.json hold it: the header record's
 * fields (the header record of layout.ts). Read strictly: an unknown key or a missing one is an error that says what
 * to write, so that a typo in a settings file never yields a file with a blank field.
 */
import { ZenginProblem } from "./problems";

/** 預金種目 of the requester's account (header byte 96): 1 普通, 2 当座, 9 その他. */
export type SenderAccountType = "1" | "2" | "9";

export interface ZenginSender {
  /** 依頼人コード (委託者コード・会社コード), 10 digits, assigned by the bank. */
  requesterCode: string;
  /** 依頼人名, in kana (converted to half-width, 40 bytes). */
  requesterName: string;
  /** 仕向銀行番号 (4 digits) and, optionally, its name in kana (15 bytes). */
  bankCode: string;
  bankName?: string;
  /** 仕向支店番号 (3 digits) and, optionally, its name in kana (15 bytes). */
  branchCode: string;
  branchName?: string;
  accountType: SenderAccountType;
  /** 口座番号 (up to 7 digits). */
  accountNumber: string;
}

const KEYS: Readonly<Record<keyof ZenginSender, { label: string; required: boolean }>> = {
  requesterCode: { label: "依頼人コード", required: true },
  requesterName: { label: "依頼人名", required: true },
  bankCode: { label: "仕向銀行番号", required: true },
  bankName: { label: "仕向銀行名", required: false },
  branchCode: { label: "仕向支店番号", required: true },
  branchName: { label: "仕向支店名", required: false },
  accountType: { label: "預金種目（依頼人）", required: true },
  accountNumber: { label: "口座番号（依頼人）", required: true },
};

export const SENDER_FIELD_LABELS: Readonly<Record<keyof ZenginSender, string>> = Object.fromEntries(
  Object.entries(KEYS).map(([k, v]) => [k, v.label]),
) as Record<keyof ZenginSender, string>;

function problem(field: string, value: string, message: string): ZenginProblem {
  return { row: 0, field, value, message, severity: "error" };
}

/**
 * Read sender settings from parsed JSON (or the settings sheet as an object). Numbers are taken as
 * their digits (a code that lost leading zeros is caught later by the digit-count check); the values'
 * own rules are checked by buildZenginFile.
 */
export function parseZenginSender(json: unknown): { sender?: ZenginSender; problems: ZenginProblem[] } {
  if (typeof json !== "object" || json === null || Array.isArray(json)) {
    return { problems: [problem("依頼人設定", String(json), `{"requesterCode": "…", …} の形の JSON オブジェクトで指定してください。`)] };
  }
  const problems: ZenginProblem[] = [];
  const out: Record<string, string> = {};
  for (const [key, raw] of Object.entries(json as Record<string, unknown>)) {
    const spec = (KEYS as Record<string, { label: string } | undefined>)[key];
    if (!spec) {
      problems.push(problem("依頼人設定", key, `不明な項目です。使える項目: ${Object.keys(KEYS).join(", ")}`));
      continue;
    }
    if (raw === null || raw === undefined || raw === "") continue;
    if (typeof raw !== "string" && typeof raw !== "number") {
      problems.push(problem(spec.label, JSON.stringify(raw), "文字列で指定してください。"));
      continue;
    }
    out[key] = String(raw).trim();
  }
  for (const [key, spec] of Object.entries(KEYS)) {
    if (spec.required && out[key] === undefined) problems.push(problem(spec.label, "", `${key} がありません。指定してください。`));
  }
  if (problems.length > 0) return { problems };
  return { sender: out as unknown as ZenginSender, problems };
}
