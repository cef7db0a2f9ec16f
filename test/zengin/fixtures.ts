/**
 * A fictional company and its staff for the golden files and the command's tests. Bank and branch codes
 * are real public codes (0001 みずほ, 0005 三菱UFJ, 0009 三井住友, 9900 ゆうちょ); every account number
 * and name is made up.
 */
import type { Employee } from "../../src/calc/payroll/employee";
import type { PayrollLine } from "../../src/calc/payroll/types";
import type { ZenginSender } from "../../src/zengin/sender";
import { employee } from "./support";

export const SENDER: ZenginSender = {
  requesterCode: "0000012345",
  requesterName: "ソナエショウジ（カ",
  bankCode: "0001",
  bankName: "ミズホ",
  branchCode: "001",
  branchName: "トウキョウエイギョウブ",
  accountType: "1",
  accountNumber: "1234567",
};

export const STAFF: Employee[] = [
  employee({
    id: "101",
    name: "山田 太郎",
    nameKana: "ヤマダ タロウ",
    department: "0100",
    bank: { bankCode: "0005", branchCode: "001", accountType: "1", accountNumber: "123456", holderKana: "ヤマダ タロウ" },
  }),
  employee({
    id: "102",
    name: "佐藤 花子",
    department: "0100",
    bank: { bankCode: "0009", branchCode: "825", accountType: "1", accountNumber: "7654321", holderKana: "さとう　はなこ" },
    bank2: { bankCode: "9900", branchCode: "018", accountType: "1", accountNumber: "1111111", holderKana: "サトウ ハナコ", fixedAmount: 30_000 },
  }),
  employee({
    id: "103",
    name: "鈴木 一郎",
    department: "営業部",
    bank: { bankCode: "0001", branchCode: "004", accountType: "4", accountNumber: "0000789", holderKana: "ｽｽﾞｷ ｲﾁﾛｳ" },
  }),
  employee({
    id: "104",
    name: "ジョン・スミス",
    department: "0200",
    bank: { bankCode: "0009", branchCode: "100", accountType: "2", accountNumber: "2468", holderKana: "ジョン・スミス" },
  }),
];

function line(employeeId: string, net: number): PayrollLine {
  // Only net matters to the transfer; the other figures are left at zero.
  return { employeeId, gross: net, health: 0, care: 0, childSupport: 0, pension: 0, employment: 0, socialInsurance: 0, taxable: net, incomeTax: 0, residentTax: 0, net };
}

/** 差引支給額 of 2026年11月分, as the payroll sheet would show them. */
export const LINES: PayrollLine[] = [line("101", 251_234), line("102", 198_765), line("103", 305_000), line("104", 187_650)];
