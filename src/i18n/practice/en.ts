/**
 * Practice mode ("Your turn", components/practice/): the answer box, the feedback that
 * names a mistake in the lecture's words, the hint ladder, the score and its summary, the
 * exercise links of the Share dialog, and the link options' messages.
 */
export const practiceEn = {
  'practice.title': 'Your turn',
  'practice.intro':
    'Compute each value yourself: the app stops at every value, checks what you type and names the mistake when it recognises one.',
  'practice.start': 'Your turn',
  'practice.stop': 'Stop practising',
  'practice.restart': 'Start again',
  'practice.newNumbers': 'New numbers',
  'practice.newNumbersHint': 'The same network with other friendly numbers',
  'practice.noFriendly': 'This expression has no friendly numbers to draw: the numbers stay.',
  'practice.variant': 'Variant {number}',
  'practice.kinds': 'Ask',
  'practice.kind.z': 'z (weighted sums)',
  'practice.kind.a': 'a = σ(z)',
  'practice.kind.delta': 'δ = ∂C/∂z',
  'practice.kind.grad': 'gradients',
  'practice.kind.update': 'updates θ′',
  'practice.kind.value': 'gate values',
  'practice.progress': 'Value {number} of {count}',
  'practice.what.gateValue': 'the value of gate {gate}',
  'practice.compute': 'Compute',
  'practice.answerLabel': 'Your answer for {what}',
  'practice.placeholder': 'a number, e.g. −0.09',
  'practice.check': 'Check',
  'practice.hint': 'Hint',
  'practice.hintMore': 'Next hint',
  'practice.reveal': 'Show me',
  'practice.waiting': 'Step on (→) to the next value to compute.',
  'practice.done': 'Done: every value is computed.',
  'practice.narration': 'Your turn: compute {what}. The formula shows what is known.',

  'practice.correct': 'Right: {what} = {value}.',
  'practice.revealed': '{what} = {value}. Shown, so it counts as not solved.',
  'practice.invalid': '{reason}.',
  'practice.notYet': 'Not yet. {hint}',
  'practice.noStep':
    'You did not take the step: θ′ = θ − η·∂L/∂θ moves θ by −η·∂L/∂θ, and your answer leaves it where it was. Keep enough digits to show the change.',
  'practice.mistake.sign': 'The sign is wrong: check each minus.',
  'practice.mistake.missing-gain':
    'δ without the op-amp gain σ′(z): you gave the bare Σ w·δ (at the output, the bare ∂C/∂y), the op-amp’s input. Multiply it by σ′(z).',
  'practice.mistake.gain-for-delta':
    'That is the op-amp’s gain σ′(z), not δ: δ is the gain times the op-amp’s input.',
  'practice.mistake.missing-input':
    '∂C/∂w given as δ alone: the input ∂z/∂w (the value on the weight’s input side, from the forward pass) is forgotten.',
  'practice.mistake.input-only':
    'That is the input ∂z/∂w alone: multiply it by δ = ∂C/∂z from the backward pass.',
  'practice.mistake.missing-bias': 'z without its bias: add b.',
  'practice.mistake.missing-activation': 'a = z: the activation is forgotten. a = σ(z).',
  'practice.mistake.update-sign':
    'The update went uphill: θ′ = θ − η·∂L/∂θ takes a minus (you used +η).',
  'practice.mistake.missing-eta': 'The learning rate η is missing: θ′ = θ − η·∂L/∂θ.',
  'practice.mistake.missing-upstream':
    'That is the gate’s local gradient alone: multiply it by the upstream gradient that arrives from the gate’s output (the chain rule).',
  'practice.mistake.branch-not-sum':
    'That is one branch only: this value fans out, and the gradients coming back along its branches add up.',
  'practice.form.weighted-sum': 'z is the weighted sum of the inputs plus the bias: z = Σ w·a + b.',
  'practice.form.activation': 'a is the activation of z: a = σ(z).',
  'practice.form.amp':
    'δ = ∂C/∂z is the op-amp’s output: its gain σ′(z) times its input (Σ w·δ of the next layer, or ∂C/∂y at the output).',
  'practice.form.weight-grad':
    '∂C/∂w = ∂z/∂w · ∂C/∂z: the value on the weight’s input side times δ.',
  'practice.form.bias-grad': '∂C/∂b = ∂z/∂b · ∂C/∂z, and a bias’s input is always 1.',
  'practice.form.update': 'Gradient descent: θ′ = θ − η·∂L/∂θ.',
  'practice.form.gate-value': 'Run the gate forward on the values of its inputs.',
  'practice.form.gate-grad':
    'Local gradient × upstream gradient; where a value fans out, add the branches.',
  'practice.rung.needs': 'The values it needs are highlighted on the diagram.',
  'practice.rung.formula': 'The rule:',
  'practice.rung.numbers': 'With the numbers:',

  'practice.score': 'Score',
  'practice.scoreLine':
    '{asked} asked · {correct} right first time · {hinted} after a hint · {revealed} shown',
  'practice.summary': 'Summary',
  'practice.summaryIntro':
    'What you computed, by kind of value. Copy it or download it for your teacher.',
  'practice.copy': 'Copy the summary',
  'practice.copied': 'Copied.',
  'practice.copyFailed': 'Could not copy: download the file instead.',
  'practice.download': 'Download as CSV',
  'practice.col.kind': 'Value',
  'practice.col.asked': 'Asked',
  'practice.col.correct': 'Right first time',
  'practice.col.hinted': 'Right after a hint',
  'practice.col.retried': 'Right after a retry',
  'practice.col.revealed': 'Shown',
  'practice.col.open': 'Not answered',
  'practice.col.wrong': 'Wrong answers',
  'practice.total': 'All values',
  'practice.mistakesMade': 'Mistakes named: {list}.',
  'practice.mistakeShort.sign': 'sign',
  'practice.mistakeShort.missing-gain': 'δ without σ′(z)',
  'practice.mistakeShort.gain-for-delta': 'σ′(z) for δ',
  'practice.mistakeShort.missing-input': 'δ without ∂z/∂w',
  'practice.mistakeShort.input-only': '∂z/∂w without δ',
  'practice.mistakeShort.missing-bias': 'z without b',
  'practice.mistakeShort.missing-activation': 'a = z',
  'practice.mistakeShort.update-sign': '+η for −η',
  'practice.mistakeShort.missing-eta': 'no η',
  'practice.mistakeShort.missing-upstream': 'no upstream gradient',
  'practice.mistakeShort.branch-not-sum': 'one branch for the sum',
  'practice.exportHeld':
    'This export would show the answers that practice still asks: finish the exercise, or stop practising, first.',

  'share.practice': 'Exercise: ask the student to compute',
  'share.practiceOff': 'No exercise (show every value)',
  'share.practiceKinds': 'Values to compute',
  'share.variant': 'Numbers',
  'share.variantSame': 'The numbers on screen',
  'share.variantOne': 'Variant number',
  'share.variantRows': 'One link per row of the class',
  'share.variantNumber': 'Variant',
  'share.rows': 'Rows',
  'share.rowLink': 'Row {row}: variant {number}',
  'share.rowsExplain':
    'Each row gets its own numbers, the same for everyone with the same link, so you can check them.',

  'issue.bad-practice': 'practice must be 1, 0 or a list of {options}; found {found}.',
  'issue.bad-variant': 'variant must be a whole number from 0 to {max}; found {found}.',
} as const;
