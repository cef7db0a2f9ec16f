import { Ppm } from "../money/rate";

export type Scheme = "health" | "pension";

/** Which amount of a premium: see README "part". */
export type Part = "employee" | "half" | "total" | "employer";

/** A 協会けんぽ branch by JIS prefecture code, or a 健康保険組合 with its own rates. */
export type Insurer =
  | { kind: "kyoukai"; prefectureCode: number }
  | { kind: "society"; healthRate: Ppm; careRate?: Ppm };
