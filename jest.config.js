const nextJest = require('next/jest.js');

const createJestConfig = nextJest({ dir: './' });

/** @type {import('jest').Config} */
const config = {
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/jest.setup.ts'],
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/$1' },
  testMatch: ['**/__tests__/**/*.test.ts?(x)'],
  testPathIgnorePatterns: ['/node_modules/', '/__tests__/e2e/', '/.next/'],
};

module.exports = async () => {
  const resolved = await createJestConfig(config)();
  // next/jest ignores all of node_modules; the ESM-only TanStack packages must be transformed.
  resolved.transformIgnorePatterns = ['/node_modules/(?!(@tanstack)/)'];
  return resolved;
};
