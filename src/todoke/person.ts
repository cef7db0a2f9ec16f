/**
 * The person every 届書 record starts with (fields 5–9: 被保険者整理番号, 氏名, 生年月日), and the check that
 * turns a record's field problems into the clerk's list.
 */
import { Day } from "../calc/dates/calendar";
import { eraDate, eraYymmdd } from "./era";
import { Field, FieldRule, digits, fieldProblem } from "./fields";
import { TodokeProblem } from "./problems";

export interface InsuredPerson {
  employeeId: string;
  /** The person's row in the source (the master's row); else their place in the list is used. */
  sourceRow?: number;
  /** 被保険者整理番号 (1–6 digits). */
  insuredNumber: string;
  /** カナ氏名: half-width katakana, a half-width space between 姓 and 名. */
  nameKana: string;
  /** 漢字氏名: a full-width space between 姓 and 名; may be blank. */
  nameKanji: string;
  birthDate: Day;
  /** 基礎年金番号 (課所符号 4 digits, 一連番号 6), for 70歳以上被用者 (Sonae keeps no 個人番号). */
  basicPensionNumber?: { office: string; serial: string };
}

/** カナ氏名 1–25 bytes, 漢字氏名 0–24 bytes (kirico data_record2225700.rb). */
export const KANA_NAME: FieldRule = { charsets: ["katakana"], minBytes: 1, maxBytes: 25, nameSpace: "half" };
export const KANJI_NAME: FieldRule = { charsets: ["any"], minBytes: 0, maxBytes: 24, nameSpace: "full" };

/** Fields 5–9 of a person record. 被保険者整理番号 may be blank only where the form allows (70歳以上被用者). */
export function personFields(person: InsuredPerson, insuredNumberRequired: boolean): Field[] {
  const birth = eraDate(person.birthDate);
  return [
    { name: "被保険者整理番号", value: person.insuredNumber, rule: digits(insuredNumberRequired ? 1 : 0, 6) },
    { name: "被保険者氏名（カナ）", value: person.nameKana, rule: KANA_NAME },
    { name: "被保険者氏名（漢字）", value: person.nameKanji, rule: KANJI_NAME },
    { name: "生年月日 元号", value: birth.code },
    { name: "生年月日", value: eraYymmdd(birth) },
  ];
}

/** 基礎年金番号 fields (課所符号, 一連番号), blank when not given. */
export function basicPensionNumberFields(person: InsuredPerson): Field[] {
  return [
    { name: "基礎年金番号（課所符号）", value: person.basicPensionNumber?.office ?? "", rule: digits(0, 4) },
    { name: "基礎年金番号（一連番号）", value: person.basicPensionNumber?.serial ?? "", rule: digits(0, 6) },
  ];
}

/** Every field's problem, naming the person, the column and the value. */
export function recordProblems(fields: readonly Field[], person: InsuredPerson, place: number): TodokeProblem[] {
  return fields.flatMap((f, i) => {
    const message = fieldProblem(f);
    return message ? [{ row: person.sourceRow ?? place, employeeId: person.employeeId, field: f.name, column: i + 1, value: f.value, message, severity: "error" as const }] : [];
  });
}

/** A flag field: "1" when set, else blank. */
export const flag = (set: boolean | undefined): string => (set ? "1" : "");

/**
 * A 70歳以上被用者 is identified by 個人番号 or 基礎年金番号 (spec p.141; kirico's check). Sonae writes no 個人番号,
 * so without a 基礎年金番号 the clerk must add the 個人番号 in the 届書作成プログラム before the 仕様チェック.
 */
export function seventyOrOverIdentity(person: InsuredPerson, seventyOrOver: boolean | undefined): { field: string; value: string; message: string; severity: "warning" }[] {
  if (!seventyOrOver || person.basicPensionNumber) return [];
  return [{ field: "基礎年金番号", value: "", message: "70歳以上被用者は個人番号か基礎年金番号が必要です。基礎年金番号を入れるか、届書作成プログラムで個人番号を追記してください。", severity: "warning" }];
}
