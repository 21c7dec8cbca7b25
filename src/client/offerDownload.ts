/** Offers `content` to the person as a file named `name`, as a link with `download` would: nothing leaves the browser. */
export function offerDownload(content: Blob | string, name: string, type = 'text/plain'): void {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  URL.revokeObjectURL(url);
}
