/**
 * The page around the diagrams on every screen (components/app, components/controls): the
 * compact header and its menu, the chapter introduction's fold, the step card, short labels
 * for narrow timelines, and presenter mode's caption for the gradient-descent scene.
 */
export const screensEn = {
  'menu.button': 'Menu',
  'menu.label': 'Share, files, export, presenting, theme and language',
  'scene.short.network': 'Network',
  'scene.short.graph': 'Graph',
  'scene.short.training': 'Descent',
  'scenes.label': 'Scenes',
  'intro.fold': 'Show or hide the chapter’s introduction',
  'stepCard.label': 'The current step',
  'phase.short.forward': 'Fwd',
  'phase.short.backward': 'Back',
  'phase.short.gradients': 'Grad',
  'phase.short.update': 'Upd',
  'controls.stepShort': '{step}/{total}',
  'caption.training.iteration': 'Iteration t = {t}',
  'caption.training.loss': 'L(θᵗ) = {loss}',
  'caption.training.rule': 'θᵗ⁺¹ = θᵗ − η∇L(θᵗ), η = {eta}, ‖∇L(θᵗ)‖ = {norm}',
  'caption.training.largest': 'Largest change: {param} = {value} − {eta} · ({grad}) = {next}',
  'caption.training.none': 'The gradient is zero: every parameter stays where it is.',
} as const;
