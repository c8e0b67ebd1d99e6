/**
 * CSV as RFC 4180 describes it: fields separated by commas, records by CRLF, and a field
 * that holds a comma, a double quote or a line break enclosed in double quotes, with its
 * double quotes doubled.
 */
export function csvField(value: string | number): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record of a CSV text, ended by CRLF. */
export function csvRow(row: readonly (string | number)[]): string {
  return `${row.map(csvField).join(',')}\r\n`;
}

/** A whole CSV text: the header row, then one row per record. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number)[])[],
): string {
  return [header, ...rows].map(csvRow).join('');
}
