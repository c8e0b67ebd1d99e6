/**
 * English strings of the data playground (the gradient-descent scene's Data mode), the
 * divergence warnings of both modes, and the link issues of their fields. Merged into the
 * English dictionary (en.ts); playground/zh.ts must have exactly the same keys.
 */
export const playgroundEn = {
  'playground.diagramInputs': 'Features',
  'playground.edgeName': 'Weight from {from} to neuron {j} of layer {layer}',
  'playground.edgeWeight': '{name}: w = {w}',
  'playground.edgeGrad': '∂L/∂w = {grad} over the training set',
  'playground.edgeHint':
    'Lines are the weights: blue w > 0, orange w < 0, wider for a larger |w|. Point at one (or Tab to it) to read it.',
  'playground.caption.label': 'The run, for the room',
  'playground.caption.position': 'Iteration t = {t}',
  'playground.caption.loss': 'training loss {train} · test loss {test}',
  'playground.caption.activation':
    'Small maps: each neuron’s activation a over the plane (orange −1, blue +1). Lines: the weights, blue w > 0, orange w < 0, wider for a larger |w|. Large map: the output, with the training points.',
  'playground.caption.delta':
    'Backward pass: each dot is a training example, where it pushes the neuron: δ = ∂Cⁿ/∂z, magenta δ > 0, teal δ < 0, bigger for a larger |δ|. Each weight moves by −η·∂L/∂w, ∂L/∂w = (1/N) Σₙ δⁿ·aₖⁿ.',

  'diverge.title': 'Training is diverging',
  'diverge.rising':
    'The loss has grown {value} times in a row (each time over one pass through the training examples), to {loss} at iteration {iteration}: η = {eta} is probably too large.',
  'diverge.exploding':
    'At iteration {iteration} the loss reached {loss}, more than a hundred times where η = {eta} took effect ({start}): the steps overshoot and would soon overflow.',
  'diverge.saturated':
    'The output has saturated at iteration {iteration}: its σ′ is below 10⁻⁶ on every example (largest {value}) while the loss is {loss}, so the gradient has vanished and training is stuck. η = {eta} threw the neurons into their flat tails.',
  'diverge.rounding':
    'At iteration {iteration} the loss is {loss} with every output σ′ below 10⁻⁶ (largest {value}): σ never reaches its limits, so this is an overflowed step, not a perfect fit. η = {eta} is far too large.',
  'diverge.not-finite':
    'At iteration {iteration} a step made the loss NaN or infinite, so training stopped at the last finite θ.',
  'diverge.searching': 'Trying smaller learning rates from iteration {from}, in a copy of the run…',
  'diverge.found':
    'η = {eta} was tried from iteration {from} for {steps} steps: it trained, the loss went from {before} to {after}.',
  'diverge.none':
    'Every smaller η tried (down to 10⁻⁵) failed as well: look at the data, the features and the network.',
  'diverge.apply': 'Go back to iteration {from} and train with η = {eta}',
  'diverge.applyAtStart': 'Start again from θ⁰ with η = {eta}',
  'diverge.dismiss': 'Hide',

  'issue.bad-dataset': 'dataset must be one of {options}.',
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

  'playground.modes': 'What to train on',
  'playground.mode.examples': 'Examples',
  'playground.mode.data': 'Data (playground)',
  'playground.data': 'Data',
  'playground.dataset': 'Data set',
  'playground.dataset.circle': 'Circle',
  'playground.dataset.xor': 'Exclusive or',
  'playground.dataset.gauss': 'Two Gaussians',
  'playground.dataset.spiral': 'Spiral',
  'playground.dataset.reg-plane': 'Plane (regression)',
  'playground.dataset.reg-gauss': 'Gaussians (regression)',
  'playground.noise': 'Noise: {value}%',
  'playground.split': 'Training share: {value}%',
  'playground.seed': 'Seed',
  'playground.regenerate': 'New points',
  'playground.regenerateHint': 'The next seed: new points and a new θ⁰',
  'playground.features': 'Features',
  'playground.hidden': 'Hidden layers: {layers}',
  'playground.addLayer': 'Add a hidden layer',
  'playground.removeLayer': 'Remove the last hidden layer',
  'playground.layerNeurons': 'Layer {layer}: {n} neurons',
  'playground.addNeuron': 'One neuron more in layer {layer}',
  'playground.removeNeuron': 'One neuron less in layer {layer}',
  'playground.activation': 'Activation',
  'playground.activation.tanh': 'tanh',
  'playground.activation.relu': 'ReLU',
  'playground.activation.sigmoid': 'sigmoid σ',
  'playground.activation.linear': 'linear',
  'playground.learningRate': 'Learning rate η',
  'playground.batchSize': 'Batch size',
  'playground.batchAll': 'all',
  'playground.regularization': 'Regularisation',
  'playground.regularization.none': 'none',
  'playground.regularization.l1': 'L1',
  'playground.regularization.l2': 'L2',
  'playground.regularizationRate': 'Regularisation rate λ',
  'playground.iteration': 'iteration {t}',
  'playground.epoch': 'epoch {value}',
  'playground.trainLoss': 'training loss {value}',
  'playground.testLoss': 'test loss {value}',
  'playground.speed': '{value} steps/s',
  'playground.stepHint': 'One gradient-descent step on a batch',
  'playground.replaying': 'Replaying the run up to the link’s iteration…',
  'playground.trainer.worker': 'Training runs in a background worker.',
  'playground.trainer.page':
    'No background worker could start here: training runs on this page, more slowly.',
  'playground.problems': 'This network cannot be trained as set:',
  'playground.problem.no-features': 'Pick at least one feature.',
  'playground.problem.too-many-layers': 'At most {limit} hidden layers.',
  'playground.problem.bad-layer-size': 'Hidden layer {index} must have 1 to {limit} neurons.',
  'playground.problem.no-training-points': 'There are no training points.',
  'playground.problem.bad-iteration': 'The iteration must be a whole number up to {limit}.',
  'playground.problem.bad-hyperparameter':
    'Setting {index} of the run’s log is out of range (η must be over 0, λ at least 0).',
  'playground.output': 'Output',
  'playground.decisionAria':
    'Decision map: the network’s output over the plane, with {train} training and {test} test points',
  'playground.showTest': 'Show test data',
  'playground.mapMode': 'What the neuron maps show',
  'playground.mapMode.activation': 'Activation a',
  'playground.mapMode.delta': 'δ = ∂C/∂z',
  'playground.mapModeHint.activation':
    'Each map is the neuron’s output a over the plane, as in TensorFlow Playground.',
  'playground.mapModeHint.delta':
    'The backward pass: each dot is a training example, its area |δ| = |∂Cⁿ/∂z|, magenta where δ > 0, teal where δ < 0. These examples push the neuron’s weights.',
  'playground.hiddenLayer': 'Hidden {layer}',
  'playground.outputLayer': 'Output',
  'playground.neuronAria': 'Neuron {j} of layer {layer}: show its gradient',
  'playground.gradientOutput': 'The output neuron’s gradient',
  'playground.gradientNeuron': 'Gradient of neuron {j} in hidden layer {layer}',
  'playground.gradientWhy':
    'Backpropagation: ∂L/∂w = (1/N) Σₙ δⁿ·aₖⁿ, the δ of this neuron (the δ map) times the input a of the weight (forward pass), over the N training examples. Gradient descent then steps w by −η·∂L/∂w.',
  'playground.gradientFrom': 'from',
  'playground.gradientBias': 'bias b',
  'playground.gradientPick': 'Click a neuron’s map to see its gradient.',
  'playground.lossCurves': 'Training and test loss along the run',
  'playground.trainCurve': 'training loss',
  'playground.testCurve': 'test loss',
  'playground.hover': 'x₁ = {x1}, x₂ = {x2}: output {output}',
  'playground.hoverPoint': 'nearest {set} point ({x1}, {x2}), label {label}',
  'playground.set.train': 'training',
  'playground.set.test': 'test',

  // Your own data: points placed on the plane, CSV files in and out.
  'playground.dataset.own': 'Your own data',
  'playground.own.label': 'Label of new points',
  'playground.own.class.neg': 'Class −1 (orange)',
  'playground.own.class.pos': 'Class +1 (blue)',
  'playground.own.value': 'Value',
  'playground.own.valueAria': 'Target value of new points (regression)',
  'playground.own.tool': 'Tool',
  'playground.own.tool.add': 'Add / move',
  'playground.own.tool.erase': 'Eraser',
  'playground.own.addTo': 'New points go to',
  'playground.own.addTo.train': 'training',
  'playground.own.addTo.test': 'test',
  'playground.own.undo': 'Undo',
  'playground.own.clear': 'Clear all',
  'playground.own.clearConfirm': 'Remove all {count} points?',
  'playground.own.clearYes': 'Remove all',
  'playground.own.clearNo': 'Keep them',
  'playground.own.count': '{train} training and {test} test points (at most {limit})',
  'playground.own.problem.classification': 'Classification: every label is −1 or 1.',
  'playground.own.problem.regression': 'Regression: a label is not −1 or 1.',
  'playground.own.full':
    'There are already {limit} points, the most the playground takes: remove some first.',
  'playground.own.help':
    'Click or tap the plane to add a point; drag a point to move it; with the eraser, or with Shift-click, a click removes one.',
  'playground.own.keysTitle': 'Keyboard',
  'playground.own.keys':
    'On the plane, the arrows move the cross (Shift: further), Enter adds a point there (with the eraser: removes it), Delete removes the point under the cross, Space picks it up and puts it down.',
  'playground.own.sets':
    'The points you place go to the set chosen under the map; a CSV file without a set column is split by the training share. Every change starts training again from θ⁰.',
  'playground.own.noise': 'Noise and “New points” apply to generated sets only.',
  'playground.own.planeAria':
    'Your points on the plane, {train} training and {test} test; the cross is at x₁ = {x1}, x₂ = {x2}',
  'playground.own.linkTooLong':
    'With these points a share link would be {size} KB, over the {limit} KB a link holds: links cannot carry them. Export a CSV file to keep them.',
  'playground.file.import': 'Import CSV…',
  'playground.file.export': 'Export CSV',
  'playground.file.hint':
    'A header row x1,x2,label (optionally set: train or test), then one point per line, at most {limit} points. You can also drop a file on the plane.',
  'playground.file.refused': '{name} was not imported; nothing changed:',
  'playground.file.imported': 'Imported {count} points from {name}.',
  'playground.file.unreadable': 'The file {name} could not be read.',
  'playground.file.line': 'Line {line}: {message}',
  'playground.file.cell': 'Line {line}, column {column}: {message}',
  'playground.csv.csv-empty': 'The file is empty: its first line must be the header x1,x2,label.',
  'playground.csv.csv-unknown-column':
    'Unknown column {name}: the columns are x1, x2, label and, optionally, set.',
  'playground.csv.csv-duplicate-column': 'The column {name} appears twice.',
  'playground.csv.csv-missing-column': 'The header has no column {name}.',
  'playground.csv.csv-too-many': 'The file has {count} points; at most {limit} can be used.',
  'playground.csv.csv-cell-count': 'Expected {expected} values, found {found}.',
  'playground.csv.csv-not-a-number': '{name} {value} is not a number.',
  'playground.csv.csv-too-large': '{name} {value} is too large.',
  'playground.csv.csv-out-of-range': '{name} = {value} is outside −{limit} … {limit}.',
  'playground.csv.csv-no-points': 'The file has a header but no points.',
  'playground.csv.csv-bad-set': 'The set {value} must be train or test.',
  'playground.csv.csv-file-too-large': 'The file is {size} KB; at most {limit} KB can be read.',
} as const;
