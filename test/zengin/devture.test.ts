/**
 * An outside anchor: devture/zengin-generator's expected files (tests/results/single-transaction.txt and
 * multi-transaction.txt, commit 01ea6aad; BSD-3-Clause, © 2016 Slavi Pantaleev), made by another
 * implementation from the inputs in its tests/ZenginGeneratorTest.php. The records are transcribed here
 * as text (half-width kana for the bytes 0xA1–0xDF); the files are CRLF between records, none after the
 * last, 4 records = 486 bytes. devture writes ー as ｰ, so these cases set longVowel: "ｰ".
 */
import { buildZenginFile } from "../../src/zengin/build";
import { ZenginSender } from "../../src/zengin/sender";
import { TransferRow } from "../../src/zengin/transfers";
import { recordsOf } from "./support";

const sender: ZenginSender = {
  requesterCode: "1234560789",
  requesterName: "スラビ",
  bankCode: "0009",
  bankName: "ミツイスミトモ",
  branchCode: "825",
  branchName: "アカサカ",
  accountType: "1",
  accountNumber: "9876543",
};

const tokyoTomin = (accountType: string): TransferRow => ({
  account: {
    bankCode: "0137",
    bankName: "トウキョウトミン",
    branchCode: "031",
    branchName: "シブヤ",
    accountType,
    accountNumber: "1231990",
    holderName: "テストー.カブシキガイシャ",
  },
  amount: 1_103_661,
});

const mufg: TransferRow = {
  account: {
    bankCode: "0005",
    bankName: "ミツビシトウキョウUFJ",
    branchCode: "024",
    branchName: "ギンザドオリ",
    accountType: "1",
    accountNumber: "2275535",
    holderName: "カ)ゼンギン",
  },
  amount: 599_300,
};

const cases = [
  [
    "single-transaction.txt",
    "2016-02-25",
    [tokyoTomin("1")],
    [
      "12101234560789ｽﾗﾋﾞ                                    02250009ﾐﾂｲｽﾐﾄﾓ        825ｱｶｻｶ           19876543                 ",
      "20137ﾄｳｷﾖｳﾄﾐﾝ       031ｼﾌﾞﾔ           000011231990ﾃｽﾄｰ.ｶﾌﾞｼｷｶﾞｲｼﾔ               00011036610                    7        ",
      "8000001000001103661                                                                                                     ",
      "9                                                                                                                       ",
    ],
  ],
  [
    "multi-transaction.txt",
    "2016-03-12",
    [tokyoTomin("2"), mufg],
    [
      "12101234560789ｽﾗﾋﾞ                                    03120009ﾐﾂｲｽﾐﾄﾓ        825ｱｶｻｶ           19876543                 ",
      "20137ﾄｳｷﾖｳﾄﾐﾝ       031ｼﾌﾞﾔ           000021231990ﾃｽﾄｰ.ｶﾌﾞｼｷｶﾞｲｼﾔ               00011036610                    7        ",
      "20005ﾐﾂﾋﾞｼﾄｳｷﾖｳUFJ  024ｷﾞﾝｻﾞﾄﾞｵﾘ      000012275535ｶ)ｾﾞﾝｷﾞﾝ                      00005993000                    7        ",
      "8000002000001702961                                                                                                     ",
      "9                                                                                                                       ",
    ],
  ],
] as const;

test.each(cases)("devture %s: the same records, byte for byte", (_file, payDate, rows, expected) => {
  const r = buildZenginFile({ sender, type: "21", payDate, rows, options: { longVowel: "ｰ" } });
  // 2016-02-25 (木) and 2016-03-12 (土): the second is a bank holiday, a warning only.
  expect(r.problems.filter((p) => p.severity === "error")).toEqual([]);
  expect(recordsOf(r.bytes)).toEqual(expected);
  // CRLF between records, none after the last: 120 × n + 2 × (n − 1) bytes (486 for 4 records).
  expect(r.bytes.length).toBe(120 * expected.length + 2 * (expected.length - 1));
});

test("devture's 2016-03-12 is a Saturday: the date is flagged, proposing Friday 2016-03-11", () => {
  const r = buildZenginFile({ sender, type: "21", payDate: "2016-03-12", rows: [tokyoTomin("2")] });
  expect(r.problems).toEqual([expect.objectContaining({ row: 0, field: "振込指定日", severity: "warning" })]);
  expect(r.problems[0].message).toContain("土曜日");
  expect(r.problems[0].message).toContain("2016-03-11");
});
