import type {
  ExpressionErrorCode,
  GateOp,
  GraphNarrationKey,
  GraphPresetId,
  GraphProblemCode,
} from '../../engine';

/**
 * English strings of the computational-graph scene. Merged into the English dictionary
 * (en.ts); zh.ts's twin must have exactly the same keys. Narration sentences get the
 * step's params (`gate`, `a`, `b`: plain names of the gate and its inputs) plus numbers
 * the scene adds: `av`, `bv` (the inputs' values), `result`, `upstream` (∂f/∂gate) and,
 * for a fan-out, `sum` (the completed gradient) and `branches` (its terms).
 */
export const graphEn = {
  'graph.title': 'Computational graph',
  'graph.diagramLabel': 'Computational graph of f: gates, with values and gradients on the wires',
  'graph.legendValue': 'value (forward), above each wire',
  'graph.legendGrad': 'gradient ∂f/∂· (backward), below',
  'graph.preview': 'Preview — press Enter to apply',

  'graph.editor': 'Expression and inputs',
  'graph.expression': 'f =',
  'graph.expressionLabel': 'Expression',
  'graph.expressionHint':
    'Operators + − * / ^; functions exp, log, sqrt, abs, sin, cos, tanh, sigmoid, relu, max, min, pow; e is Euler’s number 2.718… (so e^x is exp(x)), never a variable. Enter applies, Esc reverts.',
  'graph.apply': 'Apply',
  'graph.inputs': 'Inputs',
  'graph.inputLabel': 'Value of {name}',
  'graph.inputRefused': '{reason}; {name} keeps {value}.',
  'graph.presets': 'Examples',

  'graph.preset.apple': 'Buying apples',
  'graph.preset.apple-orange': 'Apples and oranges',
  'graph.preset.cs231n-add-mul': 'CS231n (x + y)·z',
  'graph.preset.cs231n-sigmoid-neuron': 'CS231n sigmoid neuron',
  'graph.preset.staged': 'Staged computation (fan-out)',
  'graph.preset.max-gate': 'Max gate',
  'graph.preset.chain-case-1': 'Chain rule, case 1',
  'graph.preset.chain-case-2': 'Chain rule, case 2',

  'graph.error.empty': 'The expression is empty: type one, for example (x + y) * z.',
  'graph.error.too-long': 'The expression is longer than {limit} characters.',
  'graph.error.too-deep': 'The expression nests deeper than {limit} levels at column {column}.',
  'graph.error.bad-number': '{text} at column {column} is not a number.',
  'graph.error.missing-operator':
    '{text} at column {column} is not a number: write {suggestion} to multiply.',
  'graph.error.number-too-large':
    '{text} at column {column} is too large (the largest number is about 1.8 × 10³⁰⁸).',
  'graph.error.number-too-small':
    '{text} at column {column} is too small: it would be stored as 0.',
  'graph.error.unexpected-character': 'Unexpected character {text} at column {column}.',
  'graph.error.hidden-character':
    'An invisible character, {codePoint} ({character}), at column {column}: delete it, or type the expression again.',
  'graph.error.unexpected-token': 'Unexpected {token} at column {column}.',
  'graph.error.unexpected-end':
    'The expression ends too early at column {column}: a number, a variable or “(” should follow.',
  'graph.error.missing-paren': 'Missing “)” for the “(” at column {open}.',
  'graph.error.unknown-function': 'Unknown function {name} at column {column}.',
  'graph.error.misspelt-function':
    'Unknown function {name} at column {column} — did you mean {suggestion}?',
  'graph.error.constant-called':
    '{name} at column {column} is Euler’s number, not a function: write exp(x) or e^x.',
  'graph.error.wrong-arity': '{name} at column {column} takes {expected} argument(s), got {got}.',
  'graph.error.function-without-call':
    '“{name}” at column {column} is a function: call it like {name}(x), or rename the variable.',
  'graph.error.reserved-name': '{name} at column {column} is reserved and cannot be a variable.',
  'graph.error.too-many-variables':
    'The expression has {count} variables; at most {limit} are allowed.',

  'graph.problem.log-domain': 'Gate {gate}: the logarithm of {a} is not a real number.',
  'graph.problem.sqrt-domain':
    'Gate {gate}: the square root of the negative number {a} is not a real number.',
  'graph.problem.division-by-zero': 'Gate {gate}: division of {a} by zero.',
  'graph.problem.pow-domain': 'Gate {gate}: {a}^{b} is not a real number.',
  'graph.problem.non-finite': 'Gate {gate}: the result is too large to be a number.',
  'graph.problem.non-finite-gradient':
    'Gate {gate}: the gradient it sends to {input} is not a finite number.',

  'graph.kind.var': 'Variable {name}',
  'graph.kind.const': 'Constant {name}',
  'graph.kind.gate': 'Gate {name}: {op}',
  'graph.opWithLabel': '{op} ({label})',
  'graph.kind.output': 'Output f',
  'graph.varAria': 'Variable {name} = {value}, ∂f/∂{name} = {grad}',
  'graph.constAria': 'Constant {value}',
  'graph.gateAria': 'Gate {id}, {op}: value {value}, ∂f/∂{id} = {grad}',
  'graph.outputAria': 'Output f = {value}',
  'graph.notYet': 'not computed yet',
  'graph.sumMore': '+ ⋯ {count} more',

  'graph.op.add': 'add',
  'graph.op.sub': 'subtract',
  'graph.op.mul': 'multiply',
  'graph.op.div': 'divide',
  'graph.op.pow': 'power',
  'graph.op.neg': 'negate',
  'graph.op.exp': 'exponential',
  'graph.op.log': 'logarithm',
  'graph.op.sqrt': 'square root',
  'graph.op.abs': 'absolute value',
  'graph.op.sin': 'sine',
  'graph.op.cos': 'cosine',
  'graph.op.tanh': 'tanh',
  'graph.op.sigmoid': 'sigmoid',
  'graph.op.relu': 'ReLU',
  'graph.op.max': 'max',
  'graph.op.min': 'min',

  'graph.inspector.value': 'value',
  'graph.inspector.grad': '∂f/∂{name}',
  'graph.inspector.local': 'local ∂{gate}/∂{input}',
  'graph.inspector.sent': 'sent to {input}',
  'graph.inspector.branch': 'branch via {gate}',
  'graph.inspector.hint':
    'Hover, focus or tap a variable or a gate to see its value, its gradient and its local gradients.',

  'graph.tex.local': 'local',
  'graph.tex.upstream': 'upstream',
  'graph.tex.downstream': 'downstream',

  'graph.narration.start':
    'Nothing is computed yet; only the inputs are known. The forward pass runs the gates from left to right, each one computing its value. The backward pass then starts from ∂f/∂f = 1 at the output and runs from right to left: each gate multiplies the gradient arriving at its output (upstream) by its own local gradient and hands the product to its inputs.',
  'graph.narration.end': 'Done. Every input now has its gradient: {gradients}.',
  'graph.summary.forward':
    'The forward pass is done: f = {value}. Every gate has kept what its local gradient will need on the way back.',

  'graph.forward.add':
    'Forward pass, add gate {gate}: {a} + {b} = {ap} + {bp} = {result}. Values flow from left to right.',
  'graph.forward.sub': 'Forward pass, subtract gate {gate}: {a} − {b} = {ap} − {bp} = {result}.',
  'graph.forward.mul':
    'Forward pass, multiply gate {gate}: {a} × {b} = {ap} × {bp} = {result}. The gate remembers both inputs: on the way back each input will need the other one’s value.',
  'graph.forward.div': 'Forward pass, divide gate {gate}: {a} ÷ {b} = {ap} ÷ {bp} = {result}.',
  'graph.forward.pow':
    'Forward pass, power gate {gate}: {a} to the power {b}, {ap}^{bp} = {result}.',
  'graph.forward.neg': 'Forward pass, negate gate {gate}: the negative of {a} = {av} is {result}.',
  'graph.forward.exp': 'Forward pass, exp gate {gate}: e to the power {a} = {av} is {result}.',
  'graph.forward.log':
    'Forward pass, log gate {gate}: the natural logarithm of {a} = {av} is {result}.',
  'graph.forward.sqrt': 'Forward pass, square-root gate {gate}: √{ap} = {result}.',
  'graph.forward.abs': 'Forward pass, abs gate {gate}: |{av}| = {result}.',
  'graph.forward.sin': 'Forward pass, sin gate {gate}: sin({av}) = {result}.',
  'graph.forward.cos': 'Forward pass, cos gate {gate}: cos({av}) = {result}.',
  'graph.forward.tanh': 'Forward pass, tanh gate {gate}: tanh({av}) = {result}.',
  'graph.forward.sigmoid':
    'Forward pass, sigmoid gate {gate}: σ({a}) = 1 / (1 + e^(−{a})), and at {a} = {av} it is {result}. The gate keeps its output: its local gradient σ(1 − σ) needs nothing else.',
  'graph.forward.relu':
    'Forward pass, ReLU gate {gate}: max(0, {av}) = {result}. Positive inputs pass, negative ones become 0.',
  'graph.forward.max':
    'Forward pass, max gate {gate}: the larger of {a} = {av} and {b} = {bv} passes through: {result}.',
  'graph.forward.min':
    'Forward pass, min gate {gate}: the smaller of {a} = {av} and {b} = {bv} passes through: {result}.',

  'graph.seed':
    'The backward pass starts at the output: the gradient of f with respect to itself is 1 (∂f/∂f = 1). From here the gradients run right to left through the graph.',

  'graph.backward.add':
    'Backward, add gate {gate}: its local gradient is 1 for both inputs, so it passes the upstream gradient {upstream} through unchanged to {a} and to {b}.',
  'graph.backward.add.const':
    'Backward, add gate {gate}: adding the constant {c} does not change the slope, so the upstream gradient {upstream} passes unchanged to {v}. A constant takes no gradient.',
  'graph.backward.mul.const':
    'Backward, multiply gate {gate}: {v} was multiplied by the constant {c}, so it receives {c} times the upstream gradient, {cp} × {upstreamP} = {sentV}. A constant takes no gradient.',
  'graph.backward.sub':
    'Backward, subtract gate {gate}: the local gradients are +1 and −1, so {a} receives the upstream gradient {upstream} and {b} receives it with its sign flipped, {sentB}.',
  'graph.backward.sub.const0':
    'Backward, subtract gate {gate}: subtracting the constant {c} does not change the slope, so {v} receives the upstream gradient {upstream} unchanged. A constant takes no gradient.',
  'graph.backward.sub.const1':
    'Backward, subtract gate {gate}: {v} is subtracted from the constant {c}, so its local gradient is −1: it receives the upstream gradient {upstream} with its sign flipped, {sentV}. A constant takes no gradient.',
  'graph.backward.mul':
    'Backward, multiply gate {gate}: it swaps its inputs. {a} receives the value of {b} times the upstream gradient, {bp} × {upstreamP} = {sent}, and {b} receives the value of {a} times it, {ap} × {upstreamP} = {sentB}.',
  'graph.backward.div':
    'Backward, divide gate {gate}: the local gradients of {a} ÷ {b} are 1/{b} = {local} and −{a}/{b}² = {localB}. Times the upstream gradient {upstream}, {a} receives {sent} and {b} receives {sentB}.',
  'graph.backward.div.const0':
    'Backward, divide gate {gate}: {v} is divided by the constant {c}, so its local gradient is 1/{c} = {localV}, and it receives {localVp} × {upstreamP} = {sentV}. A constant takes no gradient.',
  'graph.backward.div.const1':
    'Backward, divide gate {gate}: {v} divides the constant {c}, so its local gradient is −{c}/{v}² = {localV}, and it receives {localVp} × {upstreamP} = {sentV}. A constant takes no gradient.',
  'graph.backward.pow':
    'Backward, power gate {gate}: the base {a} gets the local gradient {b}·{a}^({b}−1) = {local}, and receives {localP} × {upstreamP} = {sent}. The exponent {b} is a constant: it takes no gradient.',
  'graph.backward.pow.constBase':
    'Backward, power gate {gate}: the exponent {v} of the constant {c} gets the local gradient {c}^{v}·ln {c} = {localV}, and receives {localVp} × {upstreamP} = {sentV}. A constant takes no gradient.',
  'graph.backward.pow.both':
    'Backward, power gate {gate}: the base {a} gets the local gradient {b}·{a}^({b}−1) = {local}, the exponent {b} gets {a}^{b}·ln {a} = {localB}. Times the upstream gradient {upstream}, {a} receives {sent} and {b} receives {sentB}.',
  'graph.backward.notRealUpstream':
    'Backward, gate {gate}: the gradient arriving at its output is not a real number (a gate between it and the output has a value that is not real), so none it hands back is real either.',
  'graph.backward.notRealLocal':
    'Backward, gate {gate}: its value is not a real number, so neither is its local gradient, and none it hands back is real either.',
  'graph.backward.neg':
    'Backward, negate gate {gate}: the local gradient is −1, so {a} receives the upstream gradient {upstream} with its sign flipped: {sent}.',
  'graph.backward.exp':
    'Backward, exp gate {gate}: the derivative of eˣ is eˣ itself, so the local gradient is the gate’s own output {local}; {a} receives it times the upstream gradient, {localP} × {upstreamP} = {sent}.',
  'graph.backward.log':
    'Backward, log gate {gate}: the local gradient is 1/{a} = 1/{ap} = {local}; times the upstream gradient {upstream}, {a} receives {sent}.',
  'graph.backward.sqrt':
    'Backward, square-root gate {gate}: the local gradient is 1/(2√{a}) = {local}; times the upstream gradient {upstream}, {a} receives {sent}.',
  'graph.backward.abs':
    'Backward, abs gate {gate}: the local gradient is the sign of {a} = {av}, that is {local}, so {a} receives the upstream gradient {upstream} with that sign: {sent}.',
  'graph.backward.sin':
    'Backward, sin gate {gate}: the local gradient is cos({a}) = cos({av}) = {local}; times the upstream gradient {upstream}, {a} receives {sent}.',
  'graph.backward.cos':
    'Backward, cos gate {gate}: the local gradient is −sin({a}) = −sin({av}) = {local}; times the upstream gradient {upstream}, {a} receives {sent}.',
  'graph.backward.tanh':
    'Backward, tanh gate {gate}: the local gradient 1 − tanh² = {local} comes from the gate’s own output; times the upstream gradient {upstream}, {a} receives {sent}.',
  'graph.backward.sigmoid':
    'Backward, sigmoid gate {gate}: the local gradient σ(1 − σ) = {local} comes from the gate’s own output; {a} receives it times the upstream gradient, {localP} × {upstreamP} = {sent}.',
  'graph.backward.relu':
    'Backward, ReLU gate {gate}: the input {a} = {av} was positive, so the local gradient is 1 and the upstream gradient {upstream} passes unchanged.',
  'graph.backward.relu.blocked':
    'Backward, ReLU gate {gate}: the input {a} = {av} was not positive, so the local gradient is 0 and the upstream gradient {upstream} is blocked: {a} receives 0.',
  'graph.backward.max':
    'Backward, max gate {gate}: it routes the whole upstream gradient {upstream} to the larger input, {winner}; the other input, {loser}, did not affect f and receives 0.',
  'graph.backward.max.const':
    'Backward, max gate {gate}: the upstream gradient {upstream} goes to {winner}, the larger input; {loser} did not affect f. A constant takes no gradient, so {v} receives {sentV}.',
  'graph.backward.min':
    'Backward, min gate {gate}: it routes the whole upstream gradient {upstream} to the smaller input, {winner}; the other input, {loser}, did not affect f and receives 0.',
  'graph.backward.min.const':
    'Backward, min gate {gate}: the upstream gradient {upstream} goes to {winner}, the smaller input; {loser} did not affect f. A constant takes no gradient, so {v} receives {sentV}.',
  'graph.backward.fanout':
    'With this, the gradient of {fanOutNode} is complete. {fanOutNode} is an input {fanOut} times, so {fanOut} branch gradients came back, and they add up: ∂f/∂{fanOutNode} = {branches} = {sum}. This is the chain rule’s case 2: the paths add.',

  'graph.code.caption':
    'Deep Learning from Scratch, chapter 5: the same computation as layers in code, in the book’s Python (and in TypeScript). The highlighted line is the current step.',
  'graph.code.title': 'Layers in code',
  'graph.code.layers': 'The layers',
  'graph.code.usage': 'Using them',
  'graph.code.language': 'Language of the code',
  'graph.code.python': 'Python (the book)',
  'graph.code.typescript': 'TypeScript',
  'graph.code.printout': 'What the script prints',
  'graph.code.printoutLater': 'The script prints its results once the last step has run (End).',

  'graph.chain.title1': 'Chain rule, case 1: a nudge travels along one path',
  'graph.chain.title2': 'Chain rule, case 2: a nudge travels along two paths, and the paths add',
  'graph.chain.intro1':
    'y = g(x) = x², z = h(y) = sin y. Nudge x by Δx: y moves by Δy, which moves z by Δz.',
  'graph.chain.intro2':
    'x = g(s) = eˢ, y = h(s) = s², z = k(x, y) = x·y. Nudge s by Δs: both x and y move, and both changes reach z.',
  'graph.chain.nudge': 'Nudge {name}',
  'graph.chain.nudgeAria': 'Size of the nudge Δ{name} (logarithmic)',
  'graph.chain.derivative': 'The chain rule at the current numbers',
  'graph.chain.ratio': 'Δz/Δ{name}',
  'graph.chain.converges':
    'As the nudge shrinks, Δz/Δ{name} converges to the chain-rule value {exact}.',
  'graph.chain.tableCaption': 'Smaller and smaller nudges',
  'graph.chain.error': 'difference',
} as const satisfies Record<GraphNarrationKey, string> &
  Record<`graph.error.${ExpressionErrorCode}`, string> &
  Record<`graph.preset.${GraphPresetId}`, string> &
  Record<`graph.problem.${GraphProblemCode}`, string> &
  Record<`graph.op.${GateOp}`, string> &
  Record<string, string>;
