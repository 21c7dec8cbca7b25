/**
 * The scrypt cost N test servers and test fixtures hash passwords with: the lowest scrypt allows, since what the
 * tests check is who may do what, not the hash's strength (credentials.test.ts checks the production cost).
 */
export const TEST_HASH_COST = 2;
