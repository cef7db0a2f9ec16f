/**
 * Types for the zengin-code package (zengin-code/zengin-js), which ships none: bank code → bank, with
 * its branches by branch code. Only bankNames.ts loads it, lazily.
 */
declare module "zengin-code" {
  interface ZenginCodeBranch {
    code: string;
    name: string;
    kana: string;
    hira: string;
    roma: string;
  }
  interface ZenginCodeBank extends ZenginCodeBranch {
    branches: Record<string, ZenginCodeBranch>;
  }
  const banks: Record<string, ZenginCodeBank>;
  export = banks;
}
