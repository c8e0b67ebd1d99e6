import type { Activation, NetworkNarrationKey } from '../../engine';

/**
 * English narration of the network scene (lecture, section 3), one sentence family per
 * step kind. The narration builder (components/panels/networkNarration.ts) fills in the
 * step's own numbers and symbols: `sub` is the neuron's number as a subscript (z₃), and the
 * other names are documented where the builder makes them. network/zh.ts has the same keys.
 */
export const networkEn = {
  'narration.title': 'What happens',
  'narration.start':
    'Nothing is computed yet. The forward pass will compute z and a for every neuron, layer by layer from the input. The backward pass then runs the same wiring in reverse, from the cost back to the first layer, and finds δ = ∂C/∂z for every neuron: a partial derivative, how the cost C changes when only that z changes.',
  'narration.end':
    'All steps are done: every weight has its gradient ∂C/∂w = ∂z/∂w · ∂C/∂z, and the update θ − η∇L is ready to apply.',
  'narration.summaryLabel': 'The phase at a glance:',

  'list.separator': ', ',
  'list.and': '{first} and {last}',

  'activation.sigmoid': 'sigmoid',
  'activation.tanh': 'tanh',
  'activation.relu': 'ReLU',
  'activation.leaky-relu': 'leaky ReLU',
  'activation.linear': 'linear',

  'network.forward.z':
    'Forward pass, neuron {neuron}: z{sub} = {z} is the weighted sum of the values entering it, plus its bias b{sub} = {b}. For each incoming weight, ∂z/∂w is simply the value on the weight’s input side ({dzdw}): the forward pass gets it for free.',
  'network.forward.a':
    'Neuron {neuron} applies its activation function, {activationName}: a{sub} = {applied} = {a}. This value goes on to the next layer, so it is also ∂z/∂w for every weight leaving neuron {neuron}.',
  'network.forward.a.output':
    'Output neuron {neuron} applies its activation function, {activationName}: a{sub} = {applied} = {a}. This is the network’s output y{outputSub}, which the cost compares with its target.',
  'network.forward.off':
    'As z{sub} < 0, ReLU gives 0: the neuron is off for this example, so every weight leaving it gets ∂z/∂w = 0 and no gradient.',
  'network.cost':
    'The outputs {outputs} meet their targets {targets}: the cost of this example, {lossName}, is C = {value}. Backpropagation now finds, from here back to the first layer, how C changes with every z.',
  'network.backward.output':
    'Backward pass, case 1 (the output layer): ∂C/∂y{outputSub} = {value} comes straight from the cost, where y{outputSub} = a{sub} = {y} is output {output} and ŷ{outputSub} = {target} its target. {direction} It is the input of neuron {neuron}’s op-amp.',
  'network.direction.negative': 'It is negative: raising y{outputSub} would lower C.',
  'network.direction.positive': 'It is positive: lowering y{outputSub} would lower C.',
  'network.direction.zero': 'It is 0: a small change of y{outputSub} does not change C.',
  'network.backward.sum':
    'Backward pass, case 2 (a hidden layer), neuron {neuron}: a{sub} reaches C only through {zs}, so by the chain rule (case 2) the paths add: ∂C/∂a{sub} = {chain}. Each ∂z′/∂a{sub} is the weight between them ({firstLocal}), so the reverse network weights the next layer’s δ by the forward weights, transposed: ∂C/∂a{sub} = {numbers} = {value}.',
  'network.backward.largest': 'The largest term in size comes through z{largestSub}.',
  'network.backward.amp.output':
    'Case 1 completes: neuron {neuron}’s op-amp multiplies its input ∂C/∂y{outputSub} = {input} by its gain σ′(z{sub}) = {gain}, a constant because z{sub} = {z} is known from the forward pass, and outputs δ{sub} = ∂C/∂z{sub} = {delta}.',
  'network.backward.amp':
    'Case 2 completes: neuron {neuron}’s op-amp multiplies its input ∂C/∂a{sub} = {input} by its gain σ′(z{sub}) = {gain}, a constant because z{sub} = {z} is known from the forward pass, and outputs δ{sub} = ∂C/∂z{sub} = {delta}.',
  'network.gain.sigmoid':
    'For sigmoid the gain σ′(z) = σ(z)(1 − σ(z)) is at most ¼: the op-amp shrinks the signal, here to {share} of it.',
  'network.gain.tanh':
    'For tanh the gain 1 − tanh²(z) is at most 1: the op-amp never amplifies, here it keeps {share} of the signal.',
  'network.gain.relu':
    'For ReLU the gain is 1 where z > 0 (the signal passes unchanged) and 0 where z < 0 (it is blocked).',
  'network.gain.leaky-relu':
    'For leaky ReLU the gain is 1 where z > 0 and 0.01 where z < 0, so a little signal passes even then.',
  'network.gain.linear': 'A linear unit’s gain is 1: the op-amp passes the signal unchanged.',
  'network.sensitivity':
    'δ{sub} is a sensitivity: raise z{sub} by 0.01 and C changes by about 0.01 · δ{sub} = {change}.',
  'network.sensitivity.zero': 'δ{sub} = 0: a small change of z{sub} does not change C at all.',
  'network.gradient.w':
    'Gradient of {w}: ∂C/∂{w} = ∂z{sub}/∂{w} · ∂C/∂z{sub} = {aSym} · δ{sub} = {aVal} · {deltaVal} = {value}. The forward pass gave {aSym}, the backward pass gave δ{sub}.',
  'network.gradient.zero':
    'The input {aSym} is 0, so this weight does not affect C for this example: its gradient is 0.',
  'network.gradient.noDelta':
    'As δ{sub} = 0, the gradient is 0 whatever the input: neuron {neuron}’s op-amp passes nothing back for this example.',
  'network.gradient.same': 'The input is 1, so the gradient is δ{sub} itself.',
  'network.gradient.flip': 'The input is −1, so the gradient is δ{sub} with its sign flipped.',
  'network.gradient.smaller': 'As |{aSym}| < 1, the gradient is only {share} of δ{sub} in size.',
  'network.gradient.smallerFlip':
    'As |{aSym}| < 1, the gradient is only {share} of δ{sub} in size, and as {aSym} < 0 its sign is flipped.',
  'network.gradient.larger': 'As |{aSym}| > 1, the gradient is {factor} times δ{sub} in size.',
  'network.gradient.largerFlip':
    'As |{aSym}| > 1, the gradient is {factor} times δ{sub} in size, and as {aSym} < 0 its sign is flipped.',
  'network.gradient.b':
    'A bias is a weight whose input is always 1: ∂C/∂b{sub} = ∂z{sub}/∂b{sub} · ∂C/∂z{sub} = 1 · δ{sub} = {value}.',
  'network.update.w':
    'Gradient descent on the weight {param}: the step to subtract is η · ∂L/∂{param} = {eta} · {grad} = {stepValue}, and {param}′ = {param} − η · ∂L/∂{param} = {old} − {stepOperand} = {next}.',
  'network.update.b':
    'Gradient descent on the bias {param}: the step to subtract is η · ∂L/∂{param} = {eta} · {grad} = {stepValue}, and {param}′ = {param} − η · ∂L/∂{param} = {old} − {stepOperand} = {next}.',
  'network.update.grows':
    'Its gradient is negative (C falls as {param} grows), so {param} grows, by {change}.',
  'network.update.shrinks':
    'Its gradient is positive (C falls as {param} shrinks), so {param} shrinks, by {change}.',
  'network.update.stays': 'Its gradient is 0, so {param} stays where it is.',
  'network.update.one': 'With one example, L = C.',
  'network.update.sum':
    'L adds up the cost C of all {samples} examples, so ∂L/∂{param} is the sum of their gradients, not only this example’s.',
  'network.update.mean':
    'L averages the cost C over the {samples} examples, so ∂L/∂{param} is the mean of their gradients, not only this example’s.',

  'network.summary.forward':
    'The forward pass is done: every z and a is known, and with them every ∂z/∂w. The outputs are {outputs}.',
  'network.summary.backward':
    'The backward pass is done: all {count} δ = ∂C/∂z are known, from the output layer back, each computed once from the next layer’s. The largest in size is δ{maxSub} = {max}, the smallest δ{minSub} = {min}.',
  'network.summary.gradients':
    'All {weights} weights now have ∂C/∂w = ∂z/∂w · δ, and all {biases} biases ∂C/∂b = δ. The largest in size is ∂C/∂{maxSymbol} = {max}.',
  'network.summary.update':
    'All {count} parameters have taken their step θ − η · ∂L/∂θ. The largest change is that of {maxSymbol}: {max}.',
} satisfies Record<NetworkNarrationKey, string> &
  Record<`activation.${Activation}`, string> &
  Record<`network.gain.${Activation}`, string> &
  Record<string, string>;
