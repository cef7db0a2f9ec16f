/**
 * 全銀協規定形式 (給与振込 11・賞与振込 12・総合振込 21): a pure library shared by the task pane and the
 * command line. bankNames.ts is exported too, but the 5 MB code table it can load is only fetched by
 * `loadBankDirectory()` (a dynamic import).
 */
export * from "./layout";
export * from "./kana";
export * from "./sjis";
export * from "./records";
export * from "./problems";
export * from "./sender";
export * from "./validate";
export * from "./bankHoliday";
export * from "./transfers";
export * from "./build";
export * from "./parse";
export * from "./bankNames";
