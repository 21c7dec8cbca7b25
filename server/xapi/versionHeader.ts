import { badRequest } from './xapiError.ts';

/** The versions this LRS speaks, newest last (the About resource lists them). */
export const SUPPORTED_VERSIONS = ['1.0.3', '2.0.0'] as const;

/**
 * The xAPI version a request asked for, from its `X-Experience-API-Version` header: any 2.0.x is
 * answered as 2.0.0, any 1.0.x (and "1.0") as 1.0.3; anything else, or no header, is a 400.
 */
export function negotiateVersion(header: string | undefined): '2.0.0' | '1.0.3' {
  const value = header?.trim();
  if (value === undefined || value === '') {
    throw badRequest('Missing X-Experience-API-Version header: send "2.0.0" (or "1.0.3").');
  }
  if (/^2\.0(\.\d+)?$/.test(value)) return '2.0.0';
  if (/^1\.0(\.\d+)?$/.test(value)) return '1.0.3';
  throw badRequest(`Unsupported X-Experience-API-Version "${value}": this LRS speaks 2.0.0 and 1.0.3.`);
}
