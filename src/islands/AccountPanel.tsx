import { type FormEvent, useEffect, useState } from 'react';
import {
  ApiError,
  changePassword,
  createFirstAdmin,
  readSession,
  type SessionInfo,
  signIn,
  signOut,
} from '../client/accountApi';
import type { Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { CredentialFields } from './CredentialFields';
import { FormEnd } from './FormEnd';
import { FormField } from './FormField';
import { useTranslator } from './useTranslator';

/** The messages AccountPanel shows; the page passes exactly these. */
export const accountPanelMessages = [
  'accountPanel.reading',
  'accountPanel.noServer',
  'accountPanel.signIn',
  'accountPanel.username',
  'accountPanel.password',
  'accountPanel.signInButton',
  'accountPanel.signedInAs',
  'accountPanel.role.lead',
  'accountPanel.role.admin',
  'accountPanel.signOut',
  'accountPanel.signedOut',
  'accountPanel.next',
  'accountPanel.invitations',
  'accountPanel.workforce',
  'accountPanel.admin',
  'accountPanel.changePassword',
  'accountPanel.current',
  'accountPanel.newPassword',
  'accountPanel.passwordHint',
  'accountPanel.change',
  'accountPanel.changed',
  'accountPanel.setup',
  'accountPanel.setupIntro',
  'accountPanel.token',
  'accountPanel.create',
] as const;

type T = Translate<(typeof accountPanelMessages)[number]>;

/** A form's errors: by field name, and one for the form as a whole. */
type Errors = Record<string, string>;

/** The field an ApiError names, or `form` for the whole form. */
function errorsOf(error: unknown, fields: readonly string[]): Errors {
  if (error instanceof ApiError && error.field !== undefined && fields.includes(error.field))
    return { [error.field]: error.message.replace(/^[^:]+: /, '') };
  return { form: error instanceof Error ? error.message : String(error) };
}

/** Submits a form's values through `work`, keeping its errors next to the fields they concern. */
function useForm(fields: readonly string[], work: (values: Record<string, string>) => Promise<void>) {
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const values = Object.fromEntries(fields.map((f) => [f, String(data.get(f) ?? '')]));
    setBusy(true);
    setErrors({});
    work(values)
      .then(() => form.reset())
      .catch((error: unknown) => setErrors(errorsOf(error, fields)))
      .finally(() => setBusy(false));
  };
  return { errors, busy, onSubmit };
}

function SetupForm({ t, done }: { t: T; done: (s: SessionInfo) => void }) {
  const { errors, busy, onSubmit } = useForm(['token', 'username', 'password'], async (v) =>
    done(await createFirstAdmin(v.token!, v.username!, v.password!)),
  );
  return (
    <form className="stacked-form" onSubmit={onSubmit} aria-labelledby="setup-heading">
      <h2 id="setup-heading">{t('accountPanel.setup')}</h2>
      <p>{t('accountPanel.setupIntro')}</p>
      <FormField id="token" label={t('accountPanel.token')} error={errors.token} required autoComplete="off" />
      <CredentialFields
        labels={{ username: t('accountPanel.username'), password: t('accountPanel.password') }}
        passwordHint={t('accountPanel.passwordHint')}
        errors={errors}
        password="new"
      />
      <FormEnd error={errors.form} disabled={busy} label={t('accountPanel.create')} />
    </form>
  );
}

function SignInForm({ t, done, status }: { t: T; done: (s: SessionInfo) => void; status: string }) {
  const { errors, busy, onSubmit } = useForm(['username', 'password'], async (v) =>
    done(await signIn(v.username!, v.password!)),
  );
  return (
    <form className="stacked-form" onSubmit={onSubmit} aria-labelledby="sign-in-heading">
      <h2 id="sign-in-heading">{t('accountPanel.signIn')}</h2>
      <CredentialFields
        labels={{ username: t('accountPanel.username'), password: t('accountPanel.password') }}
        errors={errors}
        password="current"
      />
      <FormEnd error={errors.form} disabled={busy} label={t('accountPanel.signInButton')} status={status} />
    </form>
  );
}

function PasswordForm({ t }: { t: T }) {
  const [changed, setChanged] = useState(false);
  const { errors, busy, onSubmit } = useForm(['current', 'next'], async (v) => {
    setChanged(false);
    await changePassword(v.current!, v.next!);
    setChanged(true);
  });
  return (
    <form className="stacked-form" onSubmit={onSubmit} aria-labelledby="password-heading">
      <h2 id="password-heading">{t('accountPanel.changePassword')}</h2>
      <FormField
        id="current"
        type="password"
        label={t('accountPanel.current')}
        error={errors.current}
        required
        autoComplete="current-password"
      />
      <FormField
        id="next"
        type="password"
        label={t('accountPanel.newPassword')}
        hint={t('accountPanel.passwordHint')}
        error={errors.next}
        required
        autoComplete="new-password"
      />
      <FormEnd
        error={errors.form}
        disabled={busy}
        label={t('accountPanel.change')}
        secondary
        status={changed ? t('accountPanel.changed') : ''}
      />
    </form>
  );
}

/** The account page: first-admin setup, sign-in, or (signed in) who you are, where to go, sign-out and password change. */
export default function AccountPanel({ i18n }: { i18n: IslandMessages<(typeof accountPanelMessages)[number]> }) {
  const t: T = useTranslator(i18n);
  const [session, setSession] = useState<SessionInfo | 'reading' | 'no-server'>('reading');
  const [status, setStatus] = useState('');
  useEffect(() => {
    readSession().then(setSession, () => setSession('no-server'));
  }, []);

  if (session === 'reading') return <p role="status">{t('accountPanel.reading')}</p>;
  if (session === 'no-server') return <p role="status">{t('accountPanel.noServer')}</p>;
  if (session.setupNeeded) return <SetupForm t={t} done={setSession} />;
  if (session.user === null) return <SignInForm t={t} done={setSession} status={status} />;
  const { username, role } = session.user;
  return (
    <>
      <section aria-labelledby="signed-in">
        <p id="signed-in" role="status">
          {t('accountPanel.signedInAs', { username, role: t(`accountPanel.role.${role}`) })}
        </p>
        <button
          type="button"
          className="button secondary"
          onClick={() =>
            void signOut().then((s) => {
              setStatus(t('accountPanel.signedOut'));
              setSession(s);
            })
          }
        >
          {t('accountPanel.signOut')}
        </button>
      </section>
      <nav aria-labelledby="account-next">
        <h2 id="account-next">{t('accountPanel.next')}</h2>
        <ul>
          <li>
            <a href={`${i18n.base}account/invitations/`}>{t('accountPanel.invitations')}</a>
          </li>
          <li>
            <a href={`${i18n.base}coverage/workforce/`}>{t('accountPanel.workforce')}</a>
          </li>
          {role === 'admin' && (
            <li>
              <a href={`${i18n.base}account/admin/`}>{t('accountPanel.admin')}</a>
            </li>
          )}
        </ul>
      </nav>
      <PasswordForm t={t} />
    </>
  );
}
