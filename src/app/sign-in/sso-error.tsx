/**
 * Why single sign-on came back without a session (next-auth's `error` query parameter). The words
 * are the same for every refusal (unverified email, wrong tenant, another identity, an account not
 * set up for it), so they tell nobody which accounts exist; the audit log records the exact reason.
 */
export function SsoError({ error, provider }: { error: string; provider: string }) {
  const refused = error === "AccessDenied";
  return (
    <div
      role="alert"
      aria-labelledby="sso-error-title"
      id="sso-error"
      className="mb-6 max-w-3xl border-4 border-danger p-4"
    >
      <h2 id="sso-error-title" className="mb-2 text-xl font-bold">
        {refused ? `${provider} could not sign you in to this portal` : "Single sign-on did not finish"}
      </h2>
      {refused ? (
        <p className="text-lg">
          The account you used is not set up for single sign-on here. It works only for a portal account your
          administrator has marked for it, with the same verified work email address, and only with the account first
          used for it. Ask your board administrator to check, or sign in with your email address and password.
        </p>
      ) : (
        <p className="text-lg">Try again, or sign in with your email address and password.</p>
      )}
    </div>
  );
}
