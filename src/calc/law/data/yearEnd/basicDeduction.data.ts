import { UpTo } from "./incomeBrackets";

/**
 * 基礎控除の額 by 合計所得金額 (所得税法第86条, with the 租税特別措置法 特例加算 of each year). Yen.
 */
export type BasicDeductionTable = readonly UpTo<number>[];

/**
 * 令和7年分 (令和7年度税制改正, 令和7年12月1日施行・令和7年分以後): 本則58万円 (所得税法第86条第1項) に,
 * 合計所得金額655万円以下の区分ごとの加算 (租税特別措置法の特例) を含めた額.
 * 国税庁「令和7年度税制改正による所得税の基礎控除の見直し等について」; 令和7年分 年末調整のしかた.
 */
export const BASIC_DEDUCTION_R07: BasicDeductionTable = [
  { upTo: 1_320_000, value: 950_000 },
  { upTo: 3_360_000, value: 880_000 },
  { upTo: 4_890_000, value: 680_000 },
  { upTo: 6_550_000, value: 630_000 },
  { upTo: 23_500_000, value: 580_000 },
  { upTo: 24_000_000, value: 480_000 },
  { upTo: 24_500_000, value: 320_000 },
  { upTo: 25_000_000, value: 160_000 },
  { upTo: null, value: 0 },
];

/**
 * 令和8年分 (令和8年度税制改正, 令和8年法律第12号, 令和8年12月1日施行・令和8年分以後): 本則62万円に,
 * 合計所得金額489万円以下は42万円, 655万円以下は5万円を加算 (令和8・9年分の特例).
 * 国税庁「令和8年4月 源泉所得税の改正のあらまし」1頁; 同「令和8年度税制改正（所得税の基礎控除の引上げ等関係）Q&A」.
 */
export const BASIC_DEDUCTION_R08: BasicDeductionTable = [
  { upTo: 4_890_000, value: 1_040_000 },
  { upTo: 6_550_000, value: 670_000 },
  { upTo: 23_500_000, value: 620_000 },
  { upTo: 24_000_000, value: 480_000 },
  { upTo: 24_500_000, value: 320_000 },
  { upTo: 25_000_000, value: 160_000 },
  { upTo: null, value: 0 },
];
