/**
 * 届書作成プログラム CSV (算定基礎届・月額変更届・賞与支払届): a pure library beside src/zengin. It takes the
 * already-computed figures (src/calc/socialInsurance: santeiKiso, zuijiKaitei, bonusPayments) and the office
 * settings (OFFICE.json) and returns the file bytes, the records it wrote and every problem.
 */
export * from "./cp932";
export * from "./era";
export * from "./fields";
export * from "./prefectureCode";
export * from "./office";
export * from "./problems";
export * from "./person";
export * from "./file";
export * from "./build";
export * from "./santei";
export * from "./geppen";
export * from "./shoyo";
