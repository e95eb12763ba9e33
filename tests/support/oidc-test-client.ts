/**
 * The portal's client at the test OpenID Connect server (tests/support/oidc-server.ts), in a module
 * of its own so scripts/e2e-server.ts can configure the portal without loading the server.
 */
export const OIDC_TEST_CLIENT = { id: "portal-e2e", secret: "portal-e2e-client-secret-not-for-real-use" };
/** The portal's configured tenant (AUTH_OIDC_TENANT_ID in the tests) and another one. */
export const OIDC_TEST_TENANT = "6f1c4a2e-1b7d-4c55-9a0e-3d2b8c7e5f01";
export const OIDC_OTHER_TENANT = "0d9e8f7a-6b5c-4d3e-8f2a-1b0c9d8e7f60";
/** What the sign-in page calls the provider in the end-to-end tests (AUTH_OIDC_NAME). */
export const OIDC_TEST_NAME = "Test Entra ID";
/**
 * Where tests/e2e/auth/sso.spec.ts runs the test server: E2E_OIDC_PORT, else E2E_PORT + 5 (the two-instance
 * layout takes E2E_PORT + 2 to + 4).
 */
export const E2E_OIDC_PORT = Number(process.env.E2E_OIDC_PORT ?? Number(process.env.E2E_PORT ?? 3100) + 5);
