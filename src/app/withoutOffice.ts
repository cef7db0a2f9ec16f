/**
 * The page has no office.js. The build appends `CustomFunctions.associate(…)` to the formula files (Excel's
 * registration), and the .xlsx writer's evaluator loads those files to compute each SONAE formula's value:
 * a stand-in that registers nothing lets them load. Imported first by the page's entry.
 */
const g = globalThis as { CustomFunctions?: unknown };
if (g.CustomFunctions === undefined) g.CustomFunctions = { associate: () => undefined };

export {};
