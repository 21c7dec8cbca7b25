import { type FormEvent, useState } from 'react';
import { ApiError, addUser, listUsers, removeUser, setUserDisabled, type UserRow } from '../client/accountApi';
import type { Translate } from '../lib/i18n/createTranslator';
import type { IslandMessages } from '../lib/i18n/islandMessages';
import { CredentialFields } from './CredentialFields';
import { HeadedTable } from './HeadedTable';
import { SignInNotice } from './SignInNotice';
import { useGuardedList } from './useGuardedList';
import { useTranslator } from './useTranslator';

/** The messages AdminPanel shows; the page passes exactly these. */
export const adminPanelMessages = [
  'adminPanel.reading',
  'adminPanel.adminsOnly',
  'adminPanel.signInLink',
  'adminPanel.usersCaption',
  'adminPanel.user',
  'adminPanel.role',
  'adminPanel.role.admin',
  'adminPanel.role.lead',
  'adminPanel.role.learner',
  'adminPanel.learner',
  'adminPanel.devices',
  'adminPanel.status',
  'adminPanel.active',
  'adminPanel.disabled',
  'adminPanel.disableFor',
  'adminPanel.enableFor',
  'adminPanel.removeFor',
  'adminPanel.disable',
  'adminPanel.enable',
  'adminPanel.remove',
  'adminPanel.addUser',
  'adminPanel.username',
  'adminPanel.password',
  'adminPanel.passwordHint',
  'adminPanel.add',
  'adminPanel.added',
  'adminPanel.removed',
  'adminPanel.disabledDone',
  'adminPanel.enabledDone',
] as const;

type T = Translate<(typeof adminPanelMessages)[number]>;

/** The learner a device speaks for, as its agent names it. */
const learnerOf = (user: UserRow) => user.agent?.account?.name ?? user.agent?.mbox?.replace(/^mailto:/, '') ?? '';

/** The admin page: every user with its role (learner devices with their learner and its device count), disable, remove, add a lead. */
export default function AdminPanel({ i18n }: { i18n: IslandMessages<(typeof adminPanelMessages)[number]> }) {
  const t: T = useTranslator(i18n);
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [users, refresh] = useGuardedList(listUsers, setStatus);

  const act = (work: Promise<unknown>, done: string) =>
    work.then(
      () => {
        setStatus(done);
        return refresh();
      },
      (error: unknown) => setStatus(error instanceof Error ? error.message : String(error)),
    );

  const add = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = e.currentTarget;
    const data = new FormData(form);
    const username = String(data.get('new-username') ?? '');
    const role = data.get('new-role') === 'admin' ? 'admin' : 'lead';
    setErrors({});
    addUser(username, role, String(data.get('new-password') ?? '')).then(
      () => {
        form.reset();
        setStatus(t('adminPanel.added', { user: username }));
        return refresh();
      },
      (error: unknown) => {
        const field = error instanceof ApiError ? error.field : undefined;
        const message = error instanceof Error ? error.message.replace(/^[a-z]+: /i, '') : String(error);
        setErrors({ [field === 'username' || field === 'password' ? field : 'form']: message });
      },
    );
  };

  if (users === 'reading') return <p role="status">{t('adminPanel.reading')}</p>;
  if (users === 'refused')
    return <SignInNotice text={t('adminPanel.adminsOnly')} link={t('adminPanel.signInLink')} base={i18n.base} />;
  const devices = new Map<string, number>();
  for (const u of users) if (u.role === 'learner') devices.set(learnerOf(u), (devices.get(learnerOf(u)) ?? 0) + 1);

  return (
    <div className="admin">
      <p role="status">{status}</p>
      <HeadedTable
        scroll="table-scroll scrolling-table"
        caption={t('adminPanel.usersCaption')}
        columns={[t('adminPanel.user'), t('adminPanel.role'), t('adminPanel.learner'), t('adminPanel.status'), null]}
      >
        {users.map((u) => (
          <tr key={u.username}>
            <th scope="row" className="admin-user">
              {u.username}
            </th>
            <td>{t(`adminPanel.role.${u.role}`)}</td>
            <td className="admin-user">
              {u.role === 'learner' &&
                `${learnerOf(u)} (${t('adminPanel.devices', { count: devices.get(learnerOf(u)) ?? 1 })})`}
            </td>
            <td>{u.disabled ? t('adminPanel.disabled') : t('adminPanel.active')}</td>
            <td>
              <div className="actions-row">
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t(u.disabled ? 'adminPanel.enableFor' : 'adminPanel.disableFor', {
                    user: u.username,
                  })}
                  onClick={() =>
                    void act(
                      setUserDisabled(u.username, !u.disabled),
                      t(u.disabled ? 'adminPanel.enabledDone' : 'adminPanel.disabledDone', { user: u.username }),
                    )
                  }
                >
                  {t(u.disabled ? 'adminPanel.enable' : 'adminPanel.disable')}
                </button>
                <button
                  type="button"
                  className="button secondary small"
                  aria-label={t('adminPanel.removeFor', { user: u.username })}
                  onClick={() => void act(removeUser(u.username), t('adminPanel.removed', { user: u.username }))}
                >
                  {t('adminPanel.remove')}
                </button>
              </div>
            </td>
          </tr>
        ))}
      </HeadedTable>
      <form className="stacked-form" onSubmit={add} aria-labelledby="add-user">
        <h2 id="add-user">{t('adminPanel.addUser')}</h2>
        <CredentialFields
          ids={{ username: 'new-username', password: 'new-password' }}
          labels={{ username: t('adminPanel.username'), password: t('adminPanel.password') }}
          passwordHint={t('adminPanel.passwordHint')}
          errors={errors}
          password="new"
          forSomeoneElse
        />
        <label htmlFor="new-role">{t('adminPanel.role')}</label>
        <select id="new-role" name="new-role" defaultValue="lead">
          <option value="lead">{t('adminPanel.role.lead')}</option>
          <option value="admin">{t('adminPanel.role.admin')}</option>
        </select>
        {errors.form && (
          <p role="alert" className="error">
            {errors.form}
          </p>
        )}
        <button className="button" type="submit">
          {t('adminPanel.add')}
        </button>
      </form>
    </div>
  );
}
