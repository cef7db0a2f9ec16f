/**
 * How a formula's arguments are read: the shared vocabulary of the core, under the name the formula
 * declarations use.
 */
export * from "../calc/vocabulary";
