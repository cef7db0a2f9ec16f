/**
 * Browser tests (test/e2e): the built dist/ served on 127.0.0.1 and opened in headless Chromium.
 * Run after a build: `npm run build && npm run test:e2e`. They skip with a message when Chromium or
 * dist/ is missing, except in CI (CI=true), where that is a failure.
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  transform: { "^.+\\.tsx?$": "ts-jest" },
  testMatch: ["**/*.test.ts"],
  testTimeout: 60_000,
  // one browser at a time: CI machines have two cores
  maxWorkers: 1,
};
