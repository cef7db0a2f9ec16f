/**
 * What making a 全銀 file finds, in the order it finds it: the problems (row, field, value, message) and the
 * names the bank's character set changed, with the one check every part shares — a name converted to
 * half-width kana, or the reason it cannot be.
 */
import { KanaOptions, kanaErrorMessage, toBankKana } from "./kana";
import { Severity, ZenginProblem, hasErrors } from "./problems";

export interface NameChange {
  /** The row as problems number it; 0 for 依頼人名. */
  row: number;
  /** 社員番号 ("" for 依頼人名). */
  employeeId: string;
  field: string;
  before: string;
  after: string;
}

/** Byte sizes of the name fields (layout.ts). */
export const NAME_BYTES = { payee: 30, requester: 40, bank: 15 } as const;

export class FileChecks {
  readonly problems: ZenginProblem[] = [];
  readonly nameChanges: NameChange[] = [];

  constructor(private readonly kana: Pick<KanaOptions, "longVowel" | "wo">) {}

  add(row: number, field: string, value: string, message: string, severity: Severity = "error", employeeId?: string): void {
    this.problems.push(employeeId ? { row, field, value, message, severity, employeeId } : { row, field, value, message, severity });
  }

  /**
   * A name in the bank's half-width kana, or undefined after reporting why it cannot be. A name cut to its
   * field is a warning; a name the clerk will see changed (受取人名・依頼人名) is listed when `listChange`.
   */
  kanaName(row: number, field: string, value: string, maxBytes: number, employeeId: string | undefined, listChange: boolean): string | undefined {
    const converted = toBankKana(value, { ...this.kana, maxBytes });
    if (!converted.ok) {
      this.add(row, field, value, kanaErrorMessage(field, value, converted.invalid), "error", employeeId);
      return undefined;
    }
    if (converted.truncated) {
      this.add(row, field, value, `${maxBytes}バイトを超えるため「${converted.cut}」を切り捨てて「${converted.value}」にします。`, "warning", employeeId);
    }
    if (listChange && converted.changed) this.nameChanges.push({ row, employeeId: employeeId ?? "", field, before: value, after: converted.value });
    return converted.value;
  }

  /** 銀行名・支店名: optional (blank stays blank, the bank fills it from the code). */
  optionalBankName(row: number, field: string, value: string | undefined, employeeId?: string): string | undefined {
    if (value === undefined || value.trim() === "") return undefined;
    return this.kanaName(row, field, value, NAME_BYTES.bank, employeeId, false);
  }

  /** A mark to ask later whether anything found since is an error. */
  mark(): number {
    return this.problems.length;
  }

  hasErrors(since = 0): boolean {
    return hasErrors(this.problems.slice(since));
  }
}
