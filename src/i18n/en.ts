import type { GraphNarrationKey, NetworkNarrationKey } from '../engine';
import { chaptersEn } from './chapters/en';
import { exportEn } from './export/en';
import { graphEn } from './graph/en';
import { networkEn } from './network/en';
import { issuesEn } from './issues/en';
import { trainingEn } from './training/en';
import { playgroundSharedEn } from './playground/sharedEn';
import { classEn } from './class/en';
import { practiceEn } from './practice/en';
import { diagramEn } from './diagram/en';
import { storageEn } from './storage/en';
import { screensEn } from './screens/en';

/**
 * English, the reference dictionary: every other language must have exactly these keys
 * (a missing one is a type error). `{name}` marks a value filled in at run time.
 */
export const en = {
  ...exportEn,
  ...graphEn,
  ...networkEn,
  ...trainingEn,
  ...playgroundSharedEn,
  ...issuesEn,
  ...storageEn,
  ...diagramEn,
  ...chaptersEn,
  ...screensEn,
  ...practiceEn,
  ...classEn,
  'app.title': 'Backprop Circuit',
  'app.tagline':
    'Backpropagation, step by step: the forward network and its reverse network of op-amps',
  'app.loading': 'Loading…',
  'app.language': 'Language',
  'lang.en': 'English',
  'lang.zh': '中文',

  'scene.network': 'Network',
  'scene.training': 'Gradient descent',
  'scene.graph': 'Computational graph',

  'phase.forward': 'Forward pass',
  'phase.cost': 'Cost',
  'phase.backward': 'Backward pass',
  'phase.gradients': 'Gradients',
  'phase.update': 'Update',
  'phase.costShort': 'C',
  'phase.start': 'Start',

  'controls.label': 'Step controls',
  'controls.start': 'To start',
  'controls.previous': 'Previous step',
  'controls.play': 'Play',
  'controls.pause': 'Pause',
  'controls.next': 'Next step',
  'controls.answerFirst': 'Answer first',
  'controls.end': 'To end',
  'controls.speed': 'Speed',
  'controls.step': 'Step {step} of {total}',
  'controls.timeline': 'Timeline: drag or click to jump to a step',
  'controls.previousPhase': 'Previous phase',
  'controls.nextPhase': 'Next phase',
  'controls.phaseGroup': 'Phase at a time',
  'controls.phaseBack': 'Phase back',
  'controls.phaseBackHint': 'Back to the end of the previous phase ([)',
  'controls.phaseNextHint': 'Run the rest of this phase as one step (])',
  'controls.all.forward': 'All forward',
  'controls.all.cost': 'The cost',
  'controls.all.backward': 'All backward',
  'controls.all.gradients': 'All gradients',
  'controls.all.update': 'All updates',

  'diagram.forward': 'Forward network',
  'diagram.reverse': 'Reverse network (op-amps, gain σ′(z))',
  'diagram.cost': 'Cost C',
  'diagram.input': 'Input x{index}',
  'diagram.neuron': 'Neuron {neuron}',
  'diagram.label': 'The network and its reverse network',
  'diagram.neuronAria': 'Neuron {neuron}, layer {layer}: z = {z}, a = {a}, ∂C/∂z = {delta}',
  'diagram.inputAria': 'Input x{index} = {a}',
  'diagram.edgeAria': 'Weight w{to},{from} = {w}, ∂C/∂w = {grad}',
  'diagram.biasAria': 'Bias b{neuron} = {b}, ∂C/∂b = {grad}',
  'diagram.ampAria':
    'Op-amp of neuron {neuron}: gain σ′(z) = {gain}, input ∂C/∂a = {input}, output ∂C/∂z = {delta}',
  'diagram.lossAria': 'Cost C = {value}',
  'diagram.notYet': 'not computed yet',
  'diagram.dzdw': '∂z/∂w = {value}',

  'formula.title': 'Formula',
  'formula.none': 'Press Next (→) to run the first step.',

  'inspector.title': 'Inspector',
  'inspector.hint': 'Hover, focus or tap a neuron, weight, bias or op-amp to see all its numbers.',
  'inspector.neuron': 'Neuron {neuron} (layer {layer})',
  'inspector.input': 'Input x{index}',
  'inspector.edge': 'Weight w{to},{from}',
  'inspector.bias': 'Bias b{neuron}',
  'inspector.amp': 'Op-amp of neuron {neuron}',
  'inspector.loss': 'Cost',
  'inspector.gain': 'gain σ′(z)',

  'diagram.targetAria': 'Target ŷ{index} = {y}; press Enter to edit',

  'edit.label': 'New value',
  'edit.hint': 'Enter to apply · Esc to cancel',
  'edit.range-01': 'With binary cross-entropy a target must lie between 0 and 1.',
  'edit.non-negative': 'With softmax cross-entropy a target cannot be negative.',

  'toolbar.label': 'Network actions',
  'toolbar.apply': 'Apply update',
  'toolbar.applyThen': '→ new pass',
  'toolbar.applyHint':
    'Replace every parameter by θ − η∂L/∂θ and start a new forward pass on the new weights',
  'toolbar.undo': 'Undo',
  'toolbar.redo': 'Redo',

  'settings.title': 'Network settings',
  'settings.layer': 'Layer',
  'settings.neurons': 'Neurons',
  'settings.activation': 'Activation',
  'settings.remove': 'Remove',
  'settings.inputLayer': 'Input',
  'settings.outputLayer': 'Output',
  'settings.hiddenLayer': 'Hidden layer {index}',
  'settings.fewer': '{layer}: one neuron fewer',
  'settings.more': '{layer}: one neuron more',
  'settings.activationOf': '{layer}: activation function',
  'settings.removeLayer': 'Remove {layer}',
  'settings.addLayer': '+ Hidden layer',
  'settings.loss': 'Cost function',
  'settings.learningRate': 'Learning rate η',
  'settings.seed': 'Seed',
  'settings.seedError': 'The seed must be a whole number from 0 to {limit}.',
  'settings.reinitialise': 'Re-initialise weights',
  'settings.reset': 'Reset to the lecture’s example',

  'loss.half-sse': '½ Σ (y − ŷ)²',
  'loss.sse': 'Σ (y − ŷ)²',
  'loss.mse': 'mean of (y − ŷ)²',
  'loss.bce': 'binary cross-entropy',
  'loss.softmax-ce': 'softmax + cross-entropy',

  'share.button': 'Share',
  'share.title': 'Share this exact state',
  'share.explain':
    'Anyone who opens this link sees the same network, the same numbers and the same step, in the same language.',
  'share.link': 'Link to this state',
  'share.copy': 'Copy link',
  'share.copied': 'Copied to the clipboard.',
  'share.copyFailed': 'Could not copy: select the link and copy it by hand.',
  'share.qr': 'QR code of the link',
  'share.preparing': 'Preparing the link (a large network takes a moment)…',
  'share.length': 'The link is {count} characters long.',
  'share.options': 'Link options: hide parts, embed, present',
  'share.hide': 'Hide on the receiver’s page (for a locked-down exercise)',
  'share.view': 'Open as',
  'share.embed': 'Embedded view (no chrome, for an iframe in slides or a course page)',
  'share.presenter': 'Presenter mode',
  'share.snippet': 'HTML to paste into a page or slides',
  'share.part.header': 'Header (scenes, files, language)',
  'share.part.editor': 'Editing (weights, settings, update)',
  'share.part.timeline': 'Timeline',
  'share.part.controls': 'Step buttons',
  'share.part.formula': 'Formula',
  'share.part.narration': 'Narration',
  'share.part.inspector': 'Inspector',
  'share.part.share': 'Share, save, open and export',
  'share.local':
    'This link points to this computer (localhost): the code below opens it only here, and a phone that scans it will not reach it. Serve the app on an address the class can reach to share it by QR code.',
  'share.qrTooLong':
    'No QR code: the link has {count} characters, and a QR code holds at most {max}. Copy the link instead.',
  'share.linkTooLong':
    'This state is too large for a link ({size} KB; a link opens up to {max} KB). Save it as a file and send that: it opens with “Open…”.',
  'share.noLink': 'No link: the state is too large (see below).',
  'share.saveInstead': 'Save as a file',
  'share.close': 'Close',

  'file.save': 'Save',
  'file.open': 'Open…',

  'presenter.enter': 'Present',
  'presenter.exit': 'Exit presenter',
  'presenter.hint':
    'Full screen, large type, narration as a caption. Keys: → / PageDown next, ← / PageUp back, B blank, N / P chapters.',
  'presenter.blank': 'The screen is blank. Press B to show it again.',
  'theme.label': 'Theme',
  'theme.system': 'System theme',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'theme.contrast': 'High contrast',
  'embed.openFull': 'Open in the full app',

  'zoom.label': 'Zoom',
  'zoom.in': 'Zoom in',
  'zoom.out': 'Zoom out',
  'zoom.fit': 'Fit the diagram to the panel',
  'zoom.fitShort': 'Fit',

  'notes.title': 'About these numbers',
  'notes.saturated':
    'σ′(z) is exactly 0 for neuron(s) {neurons}: the activation is saturated. For so large a |z|, σ(z) rounds to its limit in float64 (exactly 1, 0 or −1), so its slope is exactly 0: no gradient flows back through these neurons and their δ is 0.',
  'notes.bceCertain':
    'Output a of neuron {neuron} is exactly {output}: binary cross-entropy takes log 0 there, so the cost is infinite and its gradient is undefined (NaN). Smaller weights keep the sigmoid away from 0 and 1.',
  'notes.overflow':
    'The values of neuron {neuron} overflow float64 (±∞): the weights are too large for the numbers to be represented.',
  'notes.notANumber':
    'NaN first appears in {quantity} of neuron {neuron}: an undefined operation such as ∞ − ∞ or 0 · ∞ happened there, and every value computed from it is NaN too.',

  'error.scene':
    'This scene could not be drawn. Your work is kept: the link and Undo still have it. Try again, or switch scene.',
  'error.retry': 'Try again',
  'error.title': 'This could not be opened',
  'error.kept': 'The default scene is shown instead.',
  'error.keptFile': 'Nothing was changed: your current work stays as it was.',
  'error.dismiss': 'Dismiss',
  'error.at': 'at {path}',
} satisfies Partial<Record<NetworkNarrationKey | GraphNarrationKey, string>> &
  Record<NetworkNarrationKey, string> &
  Record<string, string>;

export type MessageKey = keyof typeof en;
export type Messages = Readonly<Record<MessageKey, string>>;
