import { ZenginSender, SENDER_FIELD_LABELS } from "./sender";
import { SENDER_ACCOUNT_TYPES, checkAccountNumber, checkAccountType, checkCode } from "./validate";
import { FileChecks, NAME_BYTES } from "./fileChecks";

/** The 依頼人 as the header record writes it: codes checked, names converted (undefined when they cannot be). */
export interface CheckedSender {
  sender: ZenginSender;
  requesterName?: string;
  bankName?: string;
  branchName?: string;
}

/**
 * The 依頼人 settings checked for the header record. Settings typed by hand may hold numbers or miss a key:
 * every value is read as text, and a missing one is reported as blank.
 */
export function checkSender(raw: ZenginSender, checks: FileChecks): CheckedSender {
  const sender = asText(raw);
  const labels = SENDER_FIELD_LABELS;
  const codeChecks: [keyof ZenginSender, string | undefined][] = [
    ["requesterCode", checkCode(sender.requesterCode, 10)],
    ["bankCode", checkCode(sender.bankCode, 4)],
    ["branchCode", checkCode(sender.branchCode, 3)],
    ["accountType", checkAccountType(sender.accountType, SENDER_ACCOUNT_TYPES)],
    ["accountNumber", checkAccountNumber(sender.accountNumber)],
  ];
  for (const [key, message] of codeChecks) if (message) checks.add(0, labels[key], sender[key] ?? "", message);
  return {
    sender,
    requesterName: checks.kanaName(0, labels.requesterName, sender.requesterName, NAME_BYTES.requester, undefined, true),
    bankName: checks.optionalBankName(0, labels.bankName, sender.bankName),
    branchName: checks.optionalBankName(0, labels.branchName, sender.branchName),
  };
}

function asText(raw: ZenginSender): ZenginSender {
  const values = raw as unknown as Record<string, unknown>;
  const text = (key: keyof ZenginSender): string => (values[key] === undefined || values[key] === null ? "" : String(values[key]));
  return {
    requesterCode: text("requesterCode"),
    requesterName: text("requesterName"),
    bankCode: text("bankCode"),
    bankName: text("bankName"),
    branchCode: text("branchCode"),
    branchName: text("branchName"),
    accountType: text("accountType") as ZenginSender["accountType"],
    accountNumber: text("accountNumber"),
  };
}
