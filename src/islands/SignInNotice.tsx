/** What a lead's or admin's island shows a caller it cannot serve: why (`text`), and a link to the account page to sign in. */
export function SignInNotice({ text, link, base }: { text: string; link: string; base: string }) {
  return (
    <p role="status">
      {text} <a href={`${base}account/`}>{link}</a>
    </p>
  );
}
