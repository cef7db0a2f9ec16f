/** Jest runs TypeScript through ts-jest; the suites mirror src/ (see README "Tests"). */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  // Browser tests need a built dist/ and Chromium: `npm run build && npm run test:e2e` (jest.e2e.config.js).
  testPathIgnorePatterns: ["/node_modules/", "<rootDir>/test/e2e/"],
};
