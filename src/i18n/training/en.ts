import type { TrainingPresetId } from '../../engine';

/**
 * English strings of the gradient-descent scene (lecture, sections 1 and 3). Merged into
 * the English dictionary (en.ts); training/zh.ts must have exactly the same keys.
 */
export const trainingEn = {
  'training.views': 'Gradient-descent views',
  'training.tab.train': 'Gradient descent',
  'training.tab.why': 'Why backward?',
  'training.tab.check': 'Gradient check',

  'training.controls': 'Training controls',
  'training.step': 'Step',
  'training.stepHint': 'One step: θᵗ⁺¹ = θᵗ − η∇L(θᵗ) (→)',
  'training.back': 'Back',
  'training.backHint': 'One step back: θᵗ⁻¹ (←)',
  'training.play': 'Play',
  'training.pause': 'Pause',
  'training.playHint': 'Keep stepping (Space)',
  'training.reset': '↺ θ⁰',
  'training.resetHint': 'Back to the start, θ⁰ (Home)',
  'training.rate': 'Speed',
  'training.rateOption': '{rate} steps/s',
  'training.iteration': 'iteration t = {t}',
  'training.replaying': 'replaying… t = {t} of {target}',
  'training.loss': 'L(θᵗ) = {value}',
  'training.learningRate': 'Learning rate η',
  'training.learningRateHint':
    'A new η goes on from θᵗ (the link records it); at θ⁰ it is the network’s own η.',
  'training.reduction.sum': 'L = Σₙ Cⁿ, N = {n}',
  'training.reduction.mean': 'L = (1/N) Σₙ Cⁿ, N = {n}',

  'training.presets': 'Examples',
  'training.deep': 'Deep 1-8-8-8-8-8-1:',
  'training.preset.lecture': 'Lecture 2-2-2-2',
  'training.preset.xor': 'XOR 2-2-1',
  'training.preset.sine': 'sin x, 1-8-8-1',
  'training.preset.mazur': 'Mazur’s 2-2-2 (by hand)',
  'training.preset.deep-sigmoid': 'sigmoid',
  'training.preset.deep-tanh': 'tanh',
  'training.preset.deep-relu': 'ReLU',
  'training.presetHint.lecture': 'The lecture’s network, one example',
  'training.presetHint.xor': 'XOR: four examples; the loss sits on a plateau, then falls',
  'training.presetHint.sine': 'Fit y = sin x at 20 points, tanh hidden layers, mean squared error',
  'training.presetHint.mazur':
    'Matt Mazur’s step-by-step example: E = 0.298371109, and after one step his w5 (here w₃,₁) = 0.35891648. This app also updates the biases, which Mazur keeps fixed, so L(θ¹) here is 0.28047 against his 0.291028.',
  'training.presetHint.deep-sigmoid': 'Five sigmoid layers: watch the gradient vanish',
  'training.presetHint.deep-tanh': 'Five tanh layers: the gradient reaches the first layer',
  'training.presetHint.deep-relu': 'Five ReLU layers: the gradient reaches the first layer',

  'training.diverged':
    'Step {step} made the loss or a parameter NaN or infinite, so training stopped at iteration {last}, the last finite θ. η = {eta} is too large for this network: try a smaller learning rate.',
  'training.divergedAtStart':
    'The loss is not finite at θ⁰ itself, so there is nothing to descend. Change the parameters or the examples.',

  'training.samples': 'Training examples',
  'training.samplesNote': 'Each example n adds its cost Cⁿ to L. Edits start again from θ⁰.',
  'training.sampleNumber': 'n',
  'training.addSample': 'Add example',
  'training.removeSample': 'Delete example {n}',
  'training.sampleCell': '{name} of example {n}',
  'training.rejected': 'Not applied: {message}',
  'training.lastSample': 'At least one example is needed.',

  'training.param': 'Parameter',
  'training.scale': 'Scale',
  'training.linear': 'linear',
  'training.log': 'log',
  'training.iterationAxis': 'iteration t',

  'training.lossChart': 'Loss curve',
  'training.lossAxis': 'loss L(θᵗ)',
  'training.lossChartAria': 'Loss L(θⁱ) for iterations 0 to {t}; now {value}',

  'training.surfaceChart': 'The loss surface of two parameters',
  'training.surfaceX': 'Across',
  'training.surfaceY': 'Up',
  'training.surfaceNote':
    'Contours of L as these two parameters vary, every other parameter held at θᵗ (iteration {t}); darker is lower. The line is their path from θ⁰ (○) to θᵗ (●).',
  'training.surfaceAria': 'Contour map of L over {a} and {b}, with the path of gradient descent',
  'training.surfaceSame': 'Pick two different parameters.',

  'training.normsChart': 'Gradient size per layer',
  'training.normsAxis': '‖∂L/∂Wₗ‖ (log)',
  'training.layerKey': 'W{l}: weights into layer {l}',
  'training.normsNote':
    'Wₗ: the weights into layer l. On its way back, ∂C/∂z is multiplied by σ′(z) at every layer; with sigmoid σ′(z) ≤ ¼, so in the deep sigmoid network the first layer’s gradient starts hundreds of times smaller than the last’s, soon every layer’s is tiny and the loss stalls: the gradient vanishes. With tanh or ReLU the gradients stay large and the loss keeps falling.',
  'training.normsAria': 'Gradient norm of each layer’s weights over iterations 0 to {t}',

  'training.sumChart': 'The gradient is a sum over examples',
  'training.sumAxis': '∂Cⁿ/∂θ',
  'training.exampleAxis': 'example n',
  'training.sumBar.sum': 'Σ',
  'training.sumBar.mean': 'mean',
  'training.sumFormula.sum': '∂L/∂{param} = Σₙ ∂Cⁿ/∂{param} = {value}',
  'training.sumFormula.mean': '∂L/∂{param} = (1/N) Σₙ ∂Cⁿ/∂{param} = {value}',
  'training.sumAria': 'Each example’s ∂Cⁿ/∂{param} as a bar, and their total {value}',

  'training.stepTable': 'The next step, parameter by parameter',
  'training.stepFormula': 'θᵗ⁺¹ = θᵗ − η·∂L/∂θ, η = {eta}',
  'training.col.value': 'θᵗ',
  'training.col.change': '−η·∂L/∂θ',
  'training.col.next': 'θᵗ⁺¹',

  'why.title': 'Why backward?',
  'why.intro':
    'Every ∂C/∂z of this network at θᵗ (example {n}), computed two ways. From the input side, each ∂C/∂z asks every neuron it feeds for its ∂C/∂z, which ask the neurons they feed, all the way to the output, and nothing is remembered, so the same values are computed again and again. Backward, from the output (the reverse network), each ∂C/∂z is computed once from the next layer’s and kept: the saving is this reuse.',
  'why.example': 'Example',
  'why.naive': 'From the input side (naive recursion)',
  'why.backward': 'Backward (backpropagation)',
  'why.count': '{ops} multiply-adds',
  'why.evaluations': '{count} ∂C/∂z computed for {neurons} neurons',
  'why.same': 'Same ∂C/∂z both ways: largest difference {diff}.',
  'why.formulaNaive':
    'Naive: N = Σₗ nₗ·(2·Σₘ₌ₗ…L nₗ₊₁·…·nₘ − 1); for L layers of width n about 2·nᴸ·(n/(n−1))², exponential in depth.',
  'why.formulaBackward':
    'Backward: B = Σₗ₌₁…L nₗ + Σₗ₌₁…L−1 nₗ·nₗ₊₁, one per neuron and one per weight between non-input layers (the weights out of the input layer are not needed for ∂C/∂z); for L layers of width n, L·n + (L−1)·n².',
  'why.chart': 'Multiply-adds as the network grows deeper and wider',
  'why.depthAxis': 'layers L (each n neurons wide)',
  'why.countAxis': 'multiply-adds (log)',
  'why.legendNaive': 'naive',
  'why.legendBackward': 'backward',
  'why.width': 'n = {n}',
  'why.here': 'this network',
  'why.limit': 'naive limit {limit}',
  'why.chartAria': 'Multiply-adds of both ways for widths {widths} and 1 to {depth} layers',
  'why.time': 'Time both in this browser',
  'why.pickWidth': 'Width n',
  'why.pickDepth': 'Layers L',
  'why.run': 'Run',
  'why.tooBig':
    'The naive way would need {count} multiply-adds, over the limit of {limit}: that could freeze the page. Pick fewer layers or a smaller width.',
  'why.timed': '{ops} multiply-adds, {ms} ms',
  'why.speedup': 'Backward was {factor} times as fast here.',
  'why.notTimed': 'Pick a size and press Run.',

  'check.title': 'Gradient check',
  'check.big':
    'This network is big: checking every parameter takes about {ops} multiply-adds, which may keep the page busy for a few seconds.',
  'check.run': 'Check now',
  'check.intro':
    'Backpropagation’s ∂L/∂θ at θᵗ (iteration {t}) beside the central difference (L(θ + h) − L(θ − h)) / 2h, parameter by parameter. A relative error of 10⁻⁷ or less means they agree.',
  'check.col.backprop': 'backprop',
  'check.col.numeric': 'central difference',
  'check.col.error': 'relative error',
  'check.tiny': 'tiny: both below 10⁻⁷, the error is rounding',
  'check.large': 'large',
  'check.summary': 'Largest relative error {max} over {count} parameters; {tiny} of them are tiny.',
  // The gradient-descent scene's two modes (its switch shows before the Data mode loads).
  'playground.modes': 'What to train on',
  'playground.mode.examples': 'Examples',
  'playground.mode.data': 'Data (playground)',
} satisfies Record<
  `training.preset.${TrainingPresetId}` | `training.presetHint.${TrainingPresetId}`,
  string
> &
  Record<string, string>;
