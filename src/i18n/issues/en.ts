import { charactersEn } from './characters.en';
import { numbersEn } from './numbers.en';

/**
 * Why a scenario, link or file was refused, by issue code (see src/engine/issues.ts,
 * whose table lists each code's parameters). The JSON path is shown beside each message,
 * so messages say what is wrong, not where. Parameters that hold the user's own text are
 * quoted by the renderer (render.ts), so the templates carry no quote marks around them.
 */
export const issuesEn = {
  ...charactersEn,
  ...numbersEn,
  'issue.internal': 'this scenario could not be read.',
  'issue.unreadable': 'this scenario could not be read.',
  'issue.not-an-object': 'must be a JSON object { … }; found {found}.',
  'issue.bad-version': 'this app reads scenario version {expected}; found {found}.',
  'issue.bad-kind': 'kind must be "network" or "graph"; found {found}.',
  'issue.bad-json': 'this is not valid JSON.',
  'issue.unknown-field': 'unknown field {field}.',
  'issue.not-a-number': 'must be a number; found {found}.',
  'issue.number-in-quotes': 'must be a number, not text: write {number} without quotes.',
  'issue.not-finite': 'must be a finite number, not {value}.',
  'issue.too-large': 'is too large (the largest number is about 1.8 × 10³⁰⁸).',
  'issue.too-small': '{literal} is too small: it would be stored as 0.',
  'issue.not-a-list': 'must be a list [ … ]; found {found}.',
  'issue.not-an-array': 'must be a list of {expected} numbers; found {found}.',
  'issue.wrong-length': 'must be a list of length {expected}; this list has {actual}.',
  'issue.layer-count':
    'must list from {min} to {max} layers (input and output included); this list has {actual}.',
  'issue.layer-size': 'a layer must have a whole number of neurons from 1 to {max}; found {found}.',
  'issue.unknown-choice': 'must be one of {options}; found {found}.',
  'issue.softmax-needs-linear':
    'softmax-ce applies the softmax itself, so the output layer must be linear (its outputs are logits), not {found}.',
  'issue.bce-needs-sigmoid':
    'bce needs outputs between 0 and 1, so the output layer must be sigmoid, not {found}.',
  'issue.not-positive': 'η must be greater than 0, and {found} is not.',
  'issue.bad-seed': 'the seed must be a whole number ≥ 0; found {found}.',
  'issue.missing-pair':
    'weights and biases must be given together, or both left out to draw them from the seed.',
  'issue.weights-shape':
    'must hold one weight matrix between each pair of adjacent layers, {expected} in all; found {found}.',
  'issue.matrix-rows':
    'must have one row per neuron of layer {layer} ({rows} in all), each of {columns} weights; found {found}.',
  'issue.biases-shape':
    'must hold one bias vector per non-input layer, {expected} in all; found {found}.',
  'issue.sample-count':
    'must hold from 1 to {max} training examples {"x": [...], "y": [...]}; found {found}.',
  'issue.not-a-sample': 'must be a training example {"x": [...], "y": [...]}; found {found}.',
  'issue.bce-target': 'bce targets must lie between 0 and 1.',
  'issue.softmax-target': 'softmax-ce targets are probabilities and cannot be negative.',
  'issue.unknown-key': 'unknown field {name}.',
  'issue.wrong-kind': 'kind must be "graph".',
  'issue.unsupported-version': 'the version must be {expected}.',
  'issue.not-a-string': 'must be text.',
  'issue.reserved-name': '{name} cannot be a variable name.',
  'issue.unknown-input': '{name} is not a variable of the expression.',
  'issue.missing-input': 'no value for the variable {name}.',
  'issue.too-many-variables': 'the expression has {count} variables; at most {limit} are allowed.',
  'issue.link-too-long': 'the link is longer than {max} KB.',
  'issue.bad-link': 'the link could not be read.',
  'issue.bad-lang': 'lang must be en or zh; found {found}.',
  'issue.bad-scene': 'scene must be one of {options}; found {found}.',
  'issue.bad-step': 'step must be a whole number or “end”; found {found}.',
  'issue.bad-speed': 'speed must be one of {options}; found {found}.',
  'issue.bad-iteration':
    'the training iteration must be a whole number from 0 to {limit}; found {found}.',
  'issue.above-limit': 'is too large (the limit is {limit}).',
  'issue.bad-chapter': 'chapter must be a whole number from 1 to {max}; found {found}.',
  'issue.bad-flag': '{name} must be 1 or 0; found {found}.',
  'issue.bad-theme': 'theme must be one of {options}; found {found}.',
  'issue.bad-hide': 'hide can list {options}; unknown: {found}.',
  'issue.bad-rate':
    'the training speed must be from {min} to {max} steps per second; found {found}.',
  'issue.bad-sample':
    'the training example must be a whole number from 0 to {limit}; found {found}.',
  'issue.double-encoded': 'the scenario is URI-encoded twice: encode the JSON once.',
  'issue.link-version': 'this link was written by a version of the app that this one cannot read.',
  'issue.link-damaged': 'the link is damaged or cut short: copy it again, whole.',
  'issue.file-too-large': 'the file is larger than {max} MB.',
  'issue.file-unreadable': 'the file could not be read.',
  'issue.storage-full':
    'this browser’s storage for the page is full, so your changes are no longer kept here: after a reload they would be gone.',
  'issue.storage-forbidden':
    'this browser does not let the page keep anything (a private window or a site setting), so your changes are not kept after a reload.',
  'issue.stored-set-aside':
    'what was kept from your last visit could not be read, so it was set aside (a copy is kept in this browser under {key}) and the lecture’s example is shown.',
  'issue.stored-not-set-aside':
    'what was kept from your last visit could not be read, and there was no room to copy it aside: it is left untouched, and nothing new is stored until you reload.',
  'issue.stored-too-large':
    'what was kept is larger than {max} MB, more than a scenario file may be.',
  'error.keptLastState':
    'Your work from last time is shown instead, as it was: nothing of it was changed.',
  'note.eulerVariable':
    'Here e is a variable, not Euler’s number (2.718…), because the inputs give it a value, as graphs made by earlier versions of the app do. For the exponential, write exp(x).',

  'quote.text': '“{text}”',
  'quote.clipped': '“{text}…” ({length} characters)',
  'value.null': 'null',
  'value.array': 'a list',
  'value.string': 'text',
  'value.true': 'true',
  'value.false': 'false',
  'value.number': 'a number',
  'value.nothing': 'nothing',
  'value.object': 'an object',
  'value.notReal': 'not a real number',
  'value.theNumber': 'the number {number}',
  'value.theText': 'the text {text}',
  'value.listOf': 'a list of {count}',
  'value.emptyList': 'an empty list',
} as const;
