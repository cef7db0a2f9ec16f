/**
 * The social insurance rates announced for each 年度, one record per 年度: 協会けんぽ 都道府県単位保険料率 and
 * 介護保険料率 (from the 3月分 premium before the 年度 to the 2月分 in it, 健康保険法第160条, 協会けんぽ 各年度
 * 「保険料額表」), 子ども・子育て支援金率 and 子ども・子育て拠出金率 (4月分 to 3月分). Each part says the
 * premium months it covers and its sources; the newest record's `until` is how far the data reaches.
 *
 * To add a 年度: append one record with the published figures and their sources.
 */
import { Confidence, Source } from "../../types";

/** Values in force for the premium months `effective`…`until`, percent as printed. */
interface AnnouncedPeriod {
  /** First premium month (ISO, the 1st). */
  effective: string;
  /** Last day of the last premium month. */
  until: string;
  sources: Source[];
}

export interface AnnouncedPercent extends AnnouncedPeriod {
  pct: string;
}

export interface SocialInsuranceYear {
  /** 令和N年度, as the publications name it. */
  name: string;
  kyoukaiKenpo: AnnouncedPeriod & {
    /** 一般保険料率（介護分を除く、労使合計、%）, in the order of KYOUKAI_KENPO_PREFECTURES (JIS 1–47). */
    healthPct: readonly string[];
    /** 介護保険料率（全国一律、第2号被保険者、労使合計、%）. */
    carePct: string;
    /** 信頼度 of the prefecture rates, when less than high. */
    healthConfidence?: Confidence;
  };
  /** 子ども・子育て支援金率（労使合計、%）; levied from the 令和8年4月分 premium (子ども・子育て支援法第71条の3). */
  childSupportLevy?: AnnouncedPercent;
  /**
   * 子ども・子育て拠出金率（事業主のみ、%）, set by 政令. A 年度 that keeps the rate confirms it: the rate in force
   * runs on, with this year's source beside the 政令.
   */
  childContribution?: AnnouncedPercent;
}

export const KYOUKAI_KENPO_PREFECTURES: ReadonlyArray<readonly [code: number, name: string]> = [
  [1, "北海道"],
  [2, "青森県"],
  [3, "岩手県"],
  [4, "宮城県"],
  [5, "秋田県"],
  [6, "山形県"],
  [7, "福島県"],
  [8, "茨城県"],
  [9, "栃木県"],
  [10, "群馬県"],
  [11, "埼玉県"],
  [12, "千葉県"],
  [13, "東京都"],
  [14, "神奈川県"],
  [15, "新潟県"],
  [16, "富山県"],
  [17, "石川県"],
  [18, "福井県"],
  [19, "山梨県"],
  [20, "長野県"],
  [21, "岐阜県"],
  [22, "静岡県"],
  [23, "愛知県"],
  [24, "三重県"],
  [25, "滋賀県"],
  [26, "京都府"],
  [27, "大阪府"],
  [28, "兵庫県"],
  [29, "奈良県"],
  [30, "和歌山県"],
  [31, "鳥取県"],
  [32, "島根県"],
  [33, "岡山県"],
  [34, "広島県"],
  [35, "山口県"],
  [36, "徳島県"],
  [37, "香川県"],
  [38, "愛媛県"],
  [39, "高知県"],
  [40, "福岡県"],
  [41, "佐賀県"],
  [42, "長崎県"],
  [43, "熊本県"],
  [44, "大分県"],
  [45, "宮崎県"],
  [46, "鹿児島県"],
  [47, "沖縄県"],
];

export const SOCIAL_INSURANCE_YEARS: readonly SocialInsuranceYear[] = [
  {
    name: "令和5年度",
    kyoukaiKenpo: {
      effective: "2023-03-01",
      until: "2024-02-29",
      sources: [{ title: "全国健康保険協会 令和5年度 都道府県単位保険料率（令和5年3月分から）", url: "https://www.kyoukaikenpo.or.jp/g7/cat330/sb3150/r05/r5ryougakuhyou3gatukara/" }],
      healthConfidence: "medium",
      carePct: "1.82",
      healthPct: [
        "10.29", // 北海道
        "9.79", // 青森県
        "9.77", // 岩手県
        "10.05", // 宮城県
        "9.86", // 秋田県
        "9.98", // 山形県
        "9.53", // 福島県
        "9.73", // 茨城県
        "9.96", // 栃木県
        "9.76", // 群馬県
        "9.82", // 埼玉県
        "9.87", // 千葉県
        "10.00", // 東京都
        "10.02", // 神奈川県
        "9.33", // 新潟県
        "9.57", // 富山県
        "9.66", // 石川県
        "9.91", // 福井県
        "9.67", // 山梨県
        "9.49", // 長野県
        "9.80", // 岐阜県
        "9.75", // 静岡県
        "10.01", // 愛知県
        "9.81", // 三重県
        "9.73", // 滋賀県
        "10.09", // 京都府
        "10.29", // 大阪府
        "10.17", // 兵庫県
        "10.14", // 奈良県
        "9.94", // 和歌山県
        "9.82", // 鳥取県
        "10.26", // 島根県
        "10.07", // 岡山県
        "9.92", // 広島県
        "9.96", // 山口県
        "10.25", // 徳島県
        "10.23", // 香川県
        "10.01", // 愛媛県
        "10.10", // 高知県
        "10.36", // 福岡県
        "10.51", // 佐賀県
        "10.21", // 長崎県
        "10.32", // 熊本県
        "10.20", // 大分県
        "9.76", // 宮崎県
        "10.26", // 鹿児島県
        "9.89", // 沖縄県
      ],
    },
  },
  {
    name: "令和6年度",
    kyoukaiKenpo: {
      effective: "2024-03-01",
      until: "2025-02-28",
      sources: [{ title: "全国健康保険協会 令和6年度 都道府県単位保険料率（令和6年3月分から）", url: "https://www.kyoukaikenpo.or.jp/g7/cat330/sb3130/r06/240205" }],
      carePct: "1.60",
      healthPct: [
        "10.21", // 北海道
        "9.49", // 青森県
        "9.63", // 岩手県
        "10.01", // 宮城県
        "9.85", // 秋田県
        "9.84", // 山形県
        "9.59", // 福島県
        "9.66", // 茨城県
        "9.79", // 栃木県
        "9.81", // 群馬県
        "9.78", // 埼玉県
        "9.77", // 千葉県
        "9.98", // 東京都
        "10.02", // 神奈川県
        "9.35", // 新潟県
        "9.62", // 富山県
        "9.94", // 石川県
        "10.07", // 福井県
        "9.94", // 山梨県
        "9.55", // 長野県
        "9.91", // 岐阜県
        "9.85", // 静岡県
        "10.02", // 愛知県
        "9.94", // 三重県
        "9.89", // 滋賀県
        "10.13", // 京都府
        "10.34", // 大阪府
        "10.18", // 兵庫県
        "10.22", // 奈良県
        "10.00", // 和歌山県
        "9.68", // 鳥取県
        "9.92", // 島根県
        "10.02", // 岡山県
        "9.95", // 広島県
        "10.20", // 山口県
        "10.19", // 徳島県
        "10.33", // 香川県
        "10.03", // 愛媛県
        "9.89", // 高知県
        "10.35", // 福岡県
        "10.42", // 佐賀県
        "10.17", // 長崎県
        "10.30", // 熊本県
        "10.25", // 大分県
        "9.85", // 宮崎県
        "10.13", // 鹿児島県
        "9.52", // 沖縄県
      ],
    },
  },
  {
    name: "令和7年度",
    kyoukaiKenpo: {
      effective: "2025-03-01",
      until: "2026-02-28",
      sources: [{ title: "全国健康保険協会 令和7年度 都道府県単位保険料率（令和7年3月分から）", url: "https://www.kyoukaikenpo.or.jp/g7/cat330/sb3150/r07/r7ryougakuhyou3gatukara/" }],
      carePct: "1.59",
      healthPct: [
        "10.31", // 北海道
        "9.85", // 青森県
        "9.62", // 岩手県
        "10.11", // 宮城県
        "10.01", // 秋田県
        "9.75", // 山形県
        "9.62", // 福島県
        "9.67", // 茨城県
        "9.82", // 栃木県
        "9.77", // 群馬県
        "9.76", // 埼玉県
        "9.79", // 千葉県
        "9.91", // 東京都
        "9.92", // 神奈川県
        "9.55", // 新潟県
        "9.65", // 富山県
        "9.88", // 石川県
        "9.94", // 福井県
        "9.89", // 山梨県
        "9.69", // 長野県
        "9.93", // 岐阜県
        "9.80", // 静岡県
        "10.03", // 愛知県
        "9.99", // 三重県
        "9.97", // 滋賀県
        "10.03", // 京都府
        "10.24", // 大阪府
        "10.16", // 兵庫県
        "10.02", // 奈良県
        "10.19", // 和歌山県
        "9.93", // 鳥取県
        "9.94", // 島根県
        "10.17", // 岡山県
        "9.97", // 広島県
        "10.36", // 山口県
        "10.47", // 徳島県
        "10.21", // 香川県
        "10.18", // 愛媛県
        "10.13", // 高知県
        "10.31", // 福岡県
        "10.78", // 佐賀県
        "10.41", // 長崎県
        "10.12", // 熊本県
        "10.25", // 大分県
        "10.09", // 宮崎県
        "10.31", // 鹿児島県
        "9.44", // 沖縄県
      ],
    },
  },
  {
    name: "令和8年度",
    kyoukaiKenpo: {
      effective: "2026-03-01",
      until: "2027-02-28",
      sources: [{ title: "全国健康保険協会 令和8年度 保険料額表（令和8年3月分から）", url: "https://www.kyoukaikenpo.or.jp/g7/cat330/sb3150/r08/r8ryougakuhyou3gatukara/" }],
      carePct: "1.62",
      healthPct: [
        "10.28", // 北海道
        "9.85", // 青森県
        "9.51", // 岩手県
        "10.10", // 宮城県
        "10.01", // 秋田県
        "9.75", // 山形県
        "9.50", // 福島県
        "9.52", // 茨城県
        "9.82", // 栃木県
        "9.68", // 群馬県
        "9.67", // 埼玉県
        "9.73", // 千葉県
        "9.85", // 東京都
        "9.92", // 神奈川県
        "9.21", // 新潟県
        "9.59", // 富山県
        "9.70", // 石川県
        "9.71", // 福井県
        "9.55", // 山梨県
        "9.63", // 長野県
        "9.80", // 岐阜県
        "9.61", // 静岡県
        "9.93", // 愛知県
        "9.77", // 三重県
        "9.88", // 滋賀県
        "9.89", // 京都府
        "10.13", // 大阪府
        "10.12", // 兵庫県
        "9.91", // 奈良県
        "10.06", // 和歌山県
        "9.86", // 鳥取県
        "9.94", // 島根県
        "10.05", // 岡山県
        "9.78", // 広島県
        "10.15", // 山口県
        "10.24", // 徳島県
        "10.02", // 香川県
        "9.98", // 愛媛県
        "10.05", // 高知県
        "10.11", // 福岡県
        "10.55", // 佐賀県
        "10.06", // 長崎県
        "10.08", // 熊本県
        "10.08", // 大分県
        "9.77", // 宮崎県
        "10.13", // 鹿児島県
        "9.44", // 沖縄県
      ],
    },
    childSupportLevy: {
      effective: "2026-04-01",
      until: "2027-03-31",
      pct: "0.23",
      sources: [
        { title: "こども家庭庁 子ども・子育て支援金制度（令和8年度 支援金率 0.23%）", url: "https://www.cfa.go.jp/policies/kodomokosodateshienkinseido" },
        { title: "全国健康保険協会 令和8年度 保険料額表（4月分から）", url: "https://www.kyoukaikenpo.or.jp/g7/cat330/sb3150/r08/r8ryougakuhyou3gatukara/" },
      ],
    },
    childContribution: {
      effective: "2026-04-01",
      until: "2027-03-31",
      pct: "0.36",
      sources: [{ title: "日本年金機構 子ども・子育て拠出金率（令和8年度 0.36% 据置）", url: "https://www.nenkin.go.jp/service/kounen/hokenryo/hoshu/20150511.html" }],
    },
  },
];
