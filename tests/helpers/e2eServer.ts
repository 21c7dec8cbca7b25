/** The admin credential the e2e server is started with (playwright.config.ts), to enrol learners and seed data. */
export const E2E_ADMIN = { username: 'e2e-admin', password: 'e2e-admin-secret' };

/** An Authorization header value for HTTP Basic. */
export const basic = ({ username, password }: { username: string; password: string }) =>
  `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}`;
