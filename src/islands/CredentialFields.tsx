import { FormField } from './FormField';

/**
 * A user name and a password field, as every sign-in and account form asks for them: both required,
 * with the browser's password manager told whether the password is a new one (to suggest one) or
 * the current one (to fill it in). For an account made for someone else, the browser is not offered
 * the signed-in person's own user name.
 */
export function CredentialFields({
  ids = { username: 'username', password: 'password' },
  labels,
  passwordHint,
  errors,
  password,
  forSomeoneElse = false,
}: {
  ids?: { username: string; password: string };
  labels: { username: string; password: string };
  passwordHint?: string | undefined;
  errors: { username?: string | undefined; password?: string | undefined };
  password: 'new' | 'current';
  forSomeoneElse?: boolean;
}) {
  return (
    <>
      <FormField
        id={ids.username}
        label={labels.username}
        error={errors.username}
        required
        autoComplete={forSomeoneElse ? 'off' : 'username'}
      />
      <FormField
        id={ids.password}
        type="password"
        label={labels.password}
        {...(passwordHint ? { hint: passwordHint } : {})}
        error={errors.password}
        required
        autoComplete={`${password}-password`}
      />
    </>
  );
}
