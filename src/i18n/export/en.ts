/**
 * English strings of the Export menu and of what the exports write (captions). Merged
 * into the English dictionary (en.ts); export/zh.ts must have exactly the same keys.
 */
export const exportEn = {
  'export.button': 'Export',
  'export.menu': 'Export this step',
  'export.svg': 'Diagram as SVG',
  'export.svgHint': 'vector image, with this step’s caption',
  'export.png': 'Diagram as PNG (2×)',
  'export.pngHint': 'for slides: twice the screen resolution',
  'export.csv': 'Trace as CSV',
  'export.csvHint': 'every step: narration, formula, operands, result',
  'export.json': 'Trace as JSON',
  'export.jsonHint': 'the same, for programs',
  'export.numpy': 'NumPy script',
  'export.numpyHint': 'check the forward and backward pass in Python',
  'export.noDiagram': 'This scene has no diagram to export.',
  'export.working': 'Writing the trace: {percent}%…',
  'export.done': 'Downloaded {file}.',
  'export.workingDiagram': 'Drawing the diagram: {percent}%…',
  'export.changed':
    'The diagram kept changing while it was being exported: pause it, then export again.',
  'export.failed': 'The export failed: {message}',
  'export.pngFailed': 'The browser could not draw the PNG. The SVG export still works.',
  'export.captionStep': 'Step {step} of {total} · {phase}',
  'export.captionTraining': 'Gradient descent · iteration {iteration}',
} as const;
