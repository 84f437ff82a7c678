// Tokens the test deployment accepts (configured, hashed, in vitest.config.ts). Test-only values.
export const TEST_TOKENS = {
  reader: "test-reader-token-0001",
  writer: "test-writer-token-0002",
  admin: "test-admin-token-0003",
  strict: "test-strict-token-0004",
} as const;
