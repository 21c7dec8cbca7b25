/**
 * The end of a form: its error as an alert when there is one, the submit button (not pressable while
 * `disabled`), and, when `status` is given, the status line a screen reader announces as it changes.
 */
export function FormEnd({
  error,
  disabled,
  label,
  secondary = false,
  status,
}: {
  error?: string | undefined;
  disabled: boolean;
  label: string;
  secondary?: boolean;
  status?: string;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="error">
          {error}
        </p>
      )}
      <button className={secondary ? 'button secondary' : 'button'} type="submit" disabled={disabled}>
        {label}
      </button>
      {status !== undefined && <p role="status">{status}</p>}
    </>
  );
}
