/** Where the site's pages in this page's locale start ("/" or "/fr/"), as the layout wrote it on `<html>`. */
export function pageBase(): string {
  return document.documentElement.dataset.base ?? '/';
}
