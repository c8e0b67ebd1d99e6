/**
 * The playground's strings the first screen needs: the divergence warnings of both of the
 * gradient-descent scene's modes, and the link issues of the playground's fields. Merged
 * into the English dictionary (en.ts); sharedZh.ts must have exactly the same keys. (The
 * Data mode's own strings, playground/en.ts, load with the Data mode.)
 */
export const playgroundSharedEn = {
  'diverge.title': 'Training is diverging.',
  'diverge.stuckTitle': 'Training is stuck.',
  'diverge.rising':
    'The loss has grown {value} times in a row (each time over one pass through the training examples), to {loss} at iteration {iteration}: η = {eta} is probably too large.',
  'diverge.exploding':
    'At iteration {iteration} the loss reached {loss}, more than a hundred times where η = {eta} took effect ({start}): the steps overshoot and would soon overflow.',
  'diverge.saturated':
    'The output saturated at iteration {iteration}: its activation was flat on every example (slope σ′ below 10⁻³, at most {value}) while the loss was {loss}, so no gradient gets back and the weights barely move. η = {eta} pushed the neurons into the flat tails of their activation.',
  'diverge.rounding':
    'At iteration {iteration} the loss is {loss} with every output σ′ below 10⁻⁶ (largest {value}): σ never reaches its limits, so this is an overflowed step, not a perfect fit. η = {eta} is far too large.',
  'diverge.dead': 'Hidden layer {value} has no gradient.',
  'diverge.not-finite':
    'At iteration {iteration} a step made the loss NaN or infinite, so training stopped at the last finite θ.',
  'diverge.stalled':
    'The loss has stayed between {low} and {high} for the last {value} passes through the training examples, and a smaller η, tried in a copy of the run, went far lower: with η = {eta} the steps jump across the minimum instead of settling into it.',
  'diverge.searching': 'Trying smaller learning rates from iteration {from}, in a copy of the run…',
  'diverge.found':
    'η = {eta} was tried from iteration {from} for {steps} steps: it trained, the loss went from {before} to {after}.',
  'diverge.none':
    'Every smaller η tried (down to 10⁻⁵) failed as well: look at the data, the features and the network.',
  'diverge.apply': 'Go back to iteration {from} and train with η = {eta}',
  'diverge.applyAtStart': 'Start again from θ⁰ with η = {eta}',
  'diverge.dismiss': 'Hide',
  'issue.bad-dataset': 'dataset must be one of {options}; found {found}.',
  'issue.own-dataset-readable':
    'this link asks for someone’s own points (dataset=own), but a link of this kind cannot hold points. Ask whoever sent it for the link the Share button writes (?s=…), which carries them.',
  'issue.bad-percent': '{name} must be a whole number from {min} to {max}.',
  'issue.bad-features': 'features can list {options}; unknown: {found}.',
  'issue.bad-neurons':
    'neurons lists the sizes of the hidden layers: at most {layers} numbers from 1 to {neurons}.',
  'issue.bad-activation': 'activation must be one of {options}; found {found}.',
  'issue.bad-points':
    'the points in the link are damaged: at most {limit}, on the plane, in thousandths.',
  'issue.bad-hyper-log': 'the log of training settings in the link is damaged.',
  'issue.bad-map-mode': 'the map mode must be one of {options}; found {found}.',
  'issue.bad-eta-log': 'the log of learning rates in the link is damaged.',
} as const;
