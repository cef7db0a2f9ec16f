/** The 年度更新's figures as JSON (`sonae nendo --json` and the pane's download): one shape for both. */
import type { NendoFigures, Settlement } from "./nendo";

/** 差引額 and 期別納付額 in --json: null when there is no 申告済概算保険料額 (never zeros). */
function settlementJson(s: Settlement | null) {
  if (!s) return { sagaku: null, kibetsu: null };
  return {
    sagaku: { juto: s.appropriated, kanpu: s.refund, fusoku: s.shortfall },
    kibetsu: s.payments.map((p) => ({ gaisan: p.estimate, juto: p.appropriated, fusoku: p.shortfall, ippanKyoshutsukin: p.levy, ippanJuto: p.levyAppropriated, nofu: p.payment })),
  };
}

/** The --json shape, in this key order, integers in yen (人数 in persons). */
export function nendoJson(f: NendoFigures): string {
  return JSON.stringify({
    rosai: f.rosai, koyo: f.koyo, ippanKyoshutsukin: f.ippanKyoshutsukin, kakutei: f.kakutei, gaisan: f.gaisan, ennou: f.ennou,
    rodoshasu: f.workers, hihokenshasu: f.insuredWorkers, shinkokuzumiGaisan: f.declaredEstimate, ...settlementJson(f.settlement),
  });
}
