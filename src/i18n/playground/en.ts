/**
 * English strings of the data playground (the gradient-descent scene's Data mode), a
 * dictionary of its own that loads with the Data mode (./translate.ts); playground/zh.ts
 * must have exactly the same keys. What the first screen needs is in sharedEn.ts.
 */
export const playgroundEn = {
  'playground.diagramInputs': 'Features',
  'playground.edgeName': 'Weight from {from} to neuron {j} of layer {layer}',
  'playground.edgeWeight': '{name}: w = {w}',
  'playground.edgeGrad': '∂L/∂w = {grad} over the training set',
  'playground.edgeHint':
    'Lines are the weights: blue w > 0, orange w < 0, wider for a larger |w|. Point at one, tap it or Tab to it to read it; click it, tap it again or press Enter to set it.',
  'playground.caption.label': 'The run, for the room',
  'playground.caption.position': 'Iteration t = {t}',
  'playground.caption.loss': 'training loss {train} · test loss {test}',
  'playground.caption.activation':
    'Small maps: each neuron’s activation a over the plane (orange −1, blue +1). Lines: the weights, blue w > 0, orange w < 0, wider for a larger |w|. Large map: the output, with the training points (white ring) and the test points (black ring) when shown.',
  // The word joiners after the slashes keep each fraction on one line (∂Cⁿ/∂z broke after
  // its slash at 1920 × 1080).
  'playground.caption.delta':
    'Backward pass: each dot is a training example, where it pushes the neuron: δ = ∂Cⁿ/\u2060∂z, magenta δ > 0, teal δ < 0, bigger for a larger |δ|. Each weight moves by −η·∂L/\u2060∂w, ∂L/\u2060∂w = (1/\u2060N) Σₙ δⁿ·aₖⁿ.',

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
  'playground.resetHint': 'Back to the start: θ⁰, iteration 0',
  'playground.speed': '{value} steps a second.',
  'playground.stepHint': 'One gradient-descent step on a batch',
  'playground.speedMax': 'as fast as it goes',
  'playground.speedHint':
    'How fast Play trains. TensorFlow Playground takes a step per frame, about 60 a second; the steps are the same at any speed.',
  'playground.replaying': 'Replaying the run up to the link’s iteration, {target}…',
  'playground.trainer.worker': 'Training runs in the background, so the page stays smooth.',
  'playground.trainer.page':
    'Training cannot run in the background here: it runs on this page, more slowly.',
  'playground.dead':
    'At iteration {iteration} every neuron of hidden layer {value} outputs 0 on every training example (its ReLUs are all off), so its slope σ′ is 0 everywhere: no gradient gets back past it, and the layers before it never change. The loss was {loss} then, and only the layers after it can still lower it. Another seed (other starting weights), tanh, or wider layers can bring it back; a smaller η will not.',
  'playground.withPenalty':
    '(This loss includes the regularisation penalty λ·R(w): it is what the steps descend.)',
  'playground.problems': 'This network cannot be trained as set:',
  'playground.problem.no-features': 'Pick at least one feature.',
  'playground.problem.too-many-layers': 'At most {limit} hidden layers.',
  'playground.problem.bad-layer-size': 'Hidden layer {index} must have 1 to {limit} neurons.',
  'playground.problem.no-training-points': 'There are no training points.',
  'playground.problem.bad-iteration': 'The iteration must be a whole number up to {limit}.',
  'playground.problem.bad-hyperparameter':
    'Setting {index} of the run’s log is out of range (η must be over 0, λ at least 0).',
  'playground.problem.bad-parameter-edit':
    'Entry {index} of the run’s log sets a weight or bias that this network does not have, or to a value beyond ±{limit}.',
  'playground.output': 'Output',
  'playground.decisionAria':
    'Decision map: the network’s output over the plane, with {train} training and {test} test points',
  'playground.discretize': 'Discretize output',
  'playground.showTest': 'Show test data',
  'playground.mapMode': 'What the neuron maps show',
  'playground.mapMode.activation': 'Activation a',
  'playground.mapMode.delta': 'δ = ∂C/∂z',
  'playground.mapModeHint.activation':
    'Each map is the neuron’s output a over the plane, as in TensorFlow Playground.',
  'playground.mapModeHint.delta':
    'The backward pass: each dot is a training example, its area |δ| = |∂Cⁿ/∂z|, magenta where δ > 0, teal where δ < 0. These examples push the neuron’s weights.',
  'playground.legend.deltaPositive': 'δ > 0',
  'playground.legend.deltaNegative': 'δ < 0',
  'playground.legend.deltaSize':
    'larger: a larger |δ| against the neuron’s largest (its numbers are in the gradient panel)',
  'playground.hiddenLayer': 'Hidden {layer}',
  'playground.outputLayer': 'Output',
  'playground.neuronAria': 'Neuron {j} of layer {layer} (map: {map}): show its gradient',
  'playground.previewTitle.activation': '{neuron}: its activation a (pointed at)',
  'playground.previewTitle.delta': '{neuron}: its δ on each training example (pointed at)',
  'playground.neuronName': 'Neuron {j} of layer {layer}',
  'playground.outputNeuronAria': 'The output neuron (map: {map}): show its gradient',
  'playground.bigMapAria.activation': 'The selected neuron’s activation a over the input plane',
  'playground.bigMapAria.delta':
    'The selected neuron’s δ = ∂C/∂z on each training example, drawn where the example lies',
  'playground.gradientOutput': 'The output neuron’s gradient',
  'playground.gradientNeuron': 'Gradient of neuron {j} in hidden layer {layer}',
  'playground.gradientWhy':
    'Backpropagation: ∂L/∂w = (1/N) Σₙ δⁿ·aₖⁿ, the δ of this neuron (the δ map) times the input a of the weight (forward pass), over the N training examples. Gradient descent then steps w by −η·∂L/∂w.',
  'playground.gradientFrom': 'from',
  'playground.gradientBias': 'bias b',
  'playground.gradientPick': 'Click a neuron’s map to see its gradient.',
  'playground.parameter.weight': 'Weight w from {from}',
  'playground.parameter.hint':
    'Type a weight or the bias and press Enter (or leave the field) to set it; training goes on from there, and a link keeps it. A click on a line of the diagram opens its weight there.',
  'playground.parameter.close': 'Close',
  'playground.notice.more': 'Read all',
  'playground.notice.less': 'Shorter',
  'playground.parameter.notANumber':
    '“{text}” is not a number: type one such as 0.5, −1.2 or 2e-3.',
  'playground.parameter.tooLarge': 'A weight or bias must lie between −{limit} and {limit}.',
  'playground.lossCurves': 'Training and test loss along the run',
  'playground.lossAxis': 'iteration',
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
  'playground.own.count': 'Training points: {train}, test points: {test} (at most {limit})',
  'playground.own.problem.classification': 'Classification: every label is −1 or 1.',
  'playground.own.problem.regression': 'Regression: a label is not −1 or 1.',
  'playground.own.full':
    'There are already {limit} points, the most the playground takes: remove some first.',
  'playground.own.help':
    'Click or tap the plane to add a point; drag a point to move it; with the eraser, or with Shift-click, a click removes one; on a touch screen, press and hold a point to remove it. Ctrl+Z (⌘Z) undoes the last change of the points, Ctrl+Shift+Z redoes it.',
  'playground.own.pressRemoved': 'Point removed by the long press. Undo brings it back.',
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
  'playground.file.zeroOneClasses':
    'Its labels 0 and 1 were read as the two classes: 0 as −1 (orange), 1 as +1 (blue).',
  'playground.file.problem.classification': 'Two classes: labels −1 (orange) and +1 (blue).',
  'playground.file.problem.regression':
    'A regression problem: a label is not −1 or 1, so the labels are targets to fit.',
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
