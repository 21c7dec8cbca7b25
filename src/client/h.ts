type Child = Node | string | false | null | undefined;

/** An element with attributes (a `false` or undefined value leaves one out) and children, for views drawn without React. */
export function h(tag: string, attributes: Record<string, string | number | undefined | false>, ...children: Child[]) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes))
    if (value !== undefined && value !== false) element.setAttribute(name, String(value));
  element.append(...children.filter((c): c is Node | string => c !== false && c !== null && c !== undefined));
  return element;
}
