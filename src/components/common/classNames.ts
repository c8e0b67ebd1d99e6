/** Joins the truthy class names: `cx('node', active && 'active')`. */
export function cx(...names: (string | false | null | undefined)[]): string {
  return names.filter(Boolean).join(' ');
}
