import type { NumericNote } from '../../engine';
import { formatNumber } from '../../lib/format';
import { useDerived } from '../../store/StoreProvider';
import { useT } from '../common/hooks';

/**
 * Explains numbers that look wrong but are what the maths gives: a δ of exactly 0 from a
 * saturated neuron, an infinite cross-entropy, an overflow, a NaN and where it starts.
 */
export function NumericNotes() {
  const t = useT();
  const notes = useDerived((select, s) => select.numericNotes(s));
  if (notes.length === 0) return null;
  const say = (note: NumericNote) => {
    switch (note.code) {
      case 'saturated':
        return t('notes.saturated', { neurons: note.neurons.join(', ') });
      case 'bce-certain':
        return t('notes.bceCertain', { neuron: note.neuron, output: formatNumber(note.output) });
      case 'overflow':
        return t('notes.overflow', { neuron: note.neuron });
      case 'not-a-number':
        return t('notes.notANumber', {
          neuron: note.neuron,
          quantity: note.quantity === 'delta' ? 'δ' : note.quantity,
        });
    }
  };
  return (
    <section
      className="panel numeric-notes"
      aria-labelledby="notes-title"
      data-testid="numeric-notes"
    >
      <h2 id="notes-title">{t('notes.title')}</h2>
      <ul>
        {notes.map((note) => (
          <li key={note.code}>{say(note)}</li>
        ))}
      </ul>
    </section>
  );
}
