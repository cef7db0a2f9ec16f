/** Fields several 届書 records share. */
import { Field } from "./fields";
import { Office } from "./office";

/** Fields 2–4: 都道府県コード, 郡市区符号, 事業所記号. */
export function officeFields(office: Office): Field[] {
  return [
    { name: "都道府県コード", value: office.prefectureCode },
    { name: "郡市区符号", value: office.cityCode },
    { name: "事業所記号", value: office.officeSymbol },
  ];
}

/**
 * 標準報酬月額 in 千円, 4 digits (410,000円 → 0410); blank when not known. A 標準報酬月額 is always whole
 * thousands, so anything else is a typing error.
 * @example standardInThousands("従前の標準報酬月額（健保）", 410_000).value // "0410"
 */
export function standardInThousands(name: string, yen: number | undefined): Field {
  if (yen === undefined) return { name, value: "" };
  const ok = Number.isInteger(yen) && yen > 0 && yen % 1000 === 0 && yen < 10_000_000;
  return { name, value: String(Math.floor(yen / 1000)).padStart(4, "0"), problem: ok ? undefined : "標準報酬月額は千円単位の額です（例: 410000）。" };
}

/** A month as `MM`, blank when not given. */
export function monthField(name: string, month: number | undefined): Field {
  if (month === undefined) return { name, value: "" };
  const ok = Number.isInteger(month) && month >= 1 && month <= 12;
  return { name, value: String(month).padStart(2, "0"), problem: ok ? undefined : "月は1〜12で書いてください。" };
}
