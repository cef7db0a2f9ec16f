import { Parser } from "./parser";
import { Insurer } from "../socialInsurance/types";
import { readInsurer } from "../socialInsurance/insurer";

/** 協会けんぽの都道府県 or a 健康保険組合's rates: the reader lives beside the insurer rules (payroll uses it too). */
export const insurer: Parser<Insurer> = readInsurer;
