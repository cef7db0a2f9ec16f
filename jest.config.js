/** Jest runs TypeScript through ts-jest; the suites mirror src/ (see README "Tests"). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { isolatedModules: true }] },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
};
