/**
 * English strings of the data playground (the gradient-descent scene's Data mode), the
 * divergence warnings of both modes, and the link issues of their fields. Merged into the
 * English dictionary (en.ts); playground/zh.ts must have exactly the same keys.
 */
export const playgroundEn = {
  'issue.bad-dataset': 'dataset must be one of {options}.',
  'issue.bad-percent': '{name} must be a whole number from {min} to {max}.',
  'issue.bad-features': 'features can list {options}; unknown: {found}.',
  'issue.bad-neurons':
    'neurons lists the sizes of the hidden layers: at most {layers} numbers from 1 to {neurons}.',
  'issue.bad-activation': 'activation must be one of {options}.',
  'issue.bad-points':
    'the points in the link are damaged: at most {limit}, on the plane, in thousandths.',
  'issue.bad-hyper-log': 'the log of training settings in the link is damaged.',
  'issue.bad-map-mode': 'the map mode must be one of {options}.',
  'issue.bad-eta-log': 'the log of learning rates in the link is damaged.',
} as const;
