import type { SplitData } from '../../engine';
import { writeCsvWithSets } from '../../engine/playground/csv';

/**
 * Downloads the points shown as CSV (header `x1,x2,label,set`, full precision), the
 * format the importer reads back into the same sets.
 */
export function downloadCsv(points: SplitData, name: string): void {
  const blob = new Blob([writeCsvWithSets(points)], { type: 'text/csv' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled, or the download can be cancelled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
