/**
 * A master row as the 届書 name a person (fields 5–9): the 氏名カナ in half-width katakana with a half-width
 * space between 姓 and 名, the 氏名 with a full-width space, as the 届書作成仕様書 asks. Only the width of the
 * kana and of the space is changed (a form, not a character): a character the 届書 cannot carry stays as it
 * is, so the builder refuses it naming the row and column.
 */
import { Day, isoToDay } from "../../calc/dates/calendar";
import { dayAgeReached } from "../../calc/socialInsurance/careInsuranceApplies";
import type { Employee } from "../../calc/payroll/employee";
import type { InsuredPerson } from "../../todoke";
import { halfWidthOf, hiraganaToKatakana } from "../../calc/vocabulary/halfWidthKana";

/**
 * Half-width katakana with single half-width spaces (hiragana and full-width katakana become half-width).
 * @example halfWidthKana("よしだ　タロウ") // "ﾖｼﾀﾞ ﾀﾛｳ"
 */
export function halfWidthKana(text: string): string {
  const spaced = hiraganaToKatakana(text.normalize("NFKC")).trim().replace(/[\s\u3000]+/g, " ");
  return [...spaced].map((ch) => halfWidthOf(ch) ?? ch).join("");
}

/**
 * The 氏名 with one full-width space between its parts.
 * @example fullWidthSpaced("見本 一郎") // "見本　一郎"
 */
export function fullWidthSpaced(name: string): string {
  return name.trim().replace(/[\s\u3000]+/g, "\u3000");
}

export function insuredPersonOf(e: Employee, sourceRow: number): InsuredPerson {
  return {
    employeeId: e.id,
    sourceRow,
    insuredNumber: e.insuredNumber ?? "",
    nameKana: halfWidthKana(e.nameKana ?? ""),
    nameKanji: fullWidthSpaced(e.name),
    birthDate: isoToDay(e.birthDate),
  };
}

/** 70歳以上被用者: 70 is reached on the day before the 70th birthday (年齢計算ニ関スル法律). */
export function seventyOrOverOn(e: Employee, day: Day): boolean {
  return dayAgeReached(isoToDay(e.birthDate), 70) <= day;
}
