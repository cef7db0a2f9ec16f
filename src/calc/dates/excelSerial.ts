/**
 * Excel's date serials, one definition for both date systems. In the 1900 date system serial 1 is
 * 1900-01-01 and serial 60 is the fictitious 1900-02-29 that Excel keeps from Lotus 1-2-3, so from serial 61
 * (1900-03-01) on a serial counts the days since 1899-12-30. In the 1904 date system (Mac workbooks) serial 0
 * is 1904-01-01.
 */
import { Day, dayOf } from "./calendar";

export type DateSystem = "1900" | "1904";

/** The day serial 0 would be, counting back from the serials that are real days. */
const EPOCH: Record<DateSystem, Day> = { "1900": dayOf(1899, 12, 30), "1904": dayOf(1904, 1, 1) };

/** 1900-03-01, the first 1900-system serial after Excel's fictitious 1900-02-29. */
export const FIRST_SERIAL_AFTER_FICTITIOUS_LEAP_DAY = 61;

/**
 * The day of a serial (its time of day dropped). 1900-system serials 1–59 (January and February 1900) come
 * before the fictitious 1900-02-29, so they are one day later than the count from 1899-12-30 says.
 * @example isoOf(dayOfSerial(46351)) // "2026-11-25"
 */
export function dayOfSerial(serial: number, system: DateSystem = "1900"): Day {
  const whole = Math.floor(serial);
  return EPOCH[system] + (system === "1900" && whole < 60 ? whole + 1 : whole);
}

/** The serial of a day from 1900-03-01 on (1970-01-01 is 25569 in the 1900 system). */
export function serialOfDay(day: Day, system: DateSystem = "1900"): number {
  return day - EPOCH[system];
}

/** A 1904-system serial as the 1900-system serial of the same day (0 → 1462). */
export function serial1900Of1904(serial: number): number {
  return serial + EPOCH["1904"] - EPOCH["1900"];
}
