/**
 * A translated sentence with one link in it: `text` holds `{link}` where the link goes, so each
 * locale places the link where its grammar wants it (the React twin of components/SplitLink.astro).
 */
export default function SplitLink({ text, href, label }: { text: string; href: string; label: string }) {
  const [before = '', after = ''] = text.split('{link}');
  return (
    <>
      {before}
      <a href={href}>{label}</a>
      {after}
    </>
  );
}
