/**
 * 都道府県コード of 日本年金機構 — the first two digits of the 事業所整理記号 — which is its own list, not the
 * JIS code (東京都 is 21, not 13). Only the codes confirmed by a public source are listed; for any other
 * prefecture the office writes the code itself (it is printed on the 納入告知書 and the 決定通知書).
 *
 * Sources: 日本年金機構「電子媒体届書作成仕様書」都道府県コード (最終ページ) and 「オンライン事業所年金情報
 * サービス ガイドブック」p.86, as quoted by a secondary public source (consistent with kufu/kirico's examples) (北海道 01, 東京都 21, 神奈川県 31, 大阪府 41, 愛知県 51,
 * 香川県 72, 沖縄県 82) and public notes quoting that table (千葉県 12, 岡山県 59, 広島県 60, 山口県 61; the codes
 * 13–20 are not used: 「千葉県の12から東京都の21に一気に飛び」). The official table itself is not among the
 * project's references, so the other 36 are not guessed from the pattern (the gaps are irregular: 「ところどころ
 * 数字が飛んで」): a wrong code would file the 届 under another prefecture's 事業所.
 */
const CODES: Record<string, string> = {
  北海道: "01",
  千葉県: "12",
  東京都: "21",
  神奈川県: "31",
  大阪府: "41",
  愛知県: "51",
  岡山県: "59",
  広島県: "60",
  山口県: "61",
  香川県: "72",
  沖縄県: "82",
};

/** Codes no prefecture has: a JIS code (東京都 13) written by mistake lands here. */
const UNUSED = /^(1[3-9]|20)$/;

export type PrefectureLookup = { code: string } | { error: string };

/**
 * The 年金機構 code for a code or a prefecture name (「東京都」「東京」).
 * @example prefectureCode("東京") // { code: "21" }
 */
export function prefectureCode(value: string): PrefectureLookup {
  const text = value.trim();
  if (/^\d{2}$/.test(text)) {
    if (UNUSED.test(text) || text === "00" || Number(text) > 82) {
      return { error: `${text} は日本年金機構の都道府県コードにありません。JISの都道府県コード（東京都 13）ではなく、事業所整理記号の前の2桁（東京都 21、大阪府 41）を書いてください。` };
    }
    return { code: text };
  }
  const name = Object.keys(CODES).find((n) => n === text || n.replace(/[都府県]$/, "") === text);
  if (name) return { code: CODES[name] };
  return { error: `「${text}」の年金機構の都道府県コードは収録していません。納入告知書などにある事業所整理記号の前の2桁を、数字2桁で書いてください（東京都 21、大阪府 41）。` };
}
