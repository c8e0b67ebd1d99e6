/** The lecture's chapters: a title and a short introduction each. */
export const chaptersEn = {
  'chapters.label': 'Chapter',
  'chapters.none': 'Chapters…',
  'chapters.previous': 'Previous chapter',
  'chapters.next': 'Next chapter',
  'chapters.dismiss': 'Hide the introduction',
  'chapter.1.title': '1 · Gradient descent',
  'chapter.1.intro':
    'Learning means finding parameters θ that make the total loss L(θ) small. Gradient descent starts from θ⁰ and repeats θ ← θ − η∇L(θ). A network has millions of parameters, so we need an efficient way to get ∇L: that is backpropagation.',
  'chapter.2.title': '2 · The chain rule',
  'chapter.2.intro':
    'Case 1: when x changes y and y changes z, dz/dx = dz/dy · dy/dx. Case 2: when s reaches z along two paths, through x and through y, the two contributions add: dz/ds = ∂z/∂x · dx/ds + ∂z/∂y · dy/ds. Nudge the input and watch both.',
  'chapter.3.title': '3 · Forward pass',
  'chapter.3.intro':
    'For each weight, ∂C/∂w = ∂z/∂w · ∂C/∂z. The first factor is free: ∂z/∂w is just the value on the input side of the weight. Step through the forward pass and watch each z and a appear, layer by layer.',
  'chapter.4.title': '4 · Backward pass and the reverse network',
  'chapter.4.intro':
    'Now ∂C/∂z, from the output back. Each neuron of the reverse network weights the ∂C/∂z of the layer after it with the same weights, adds them, and amplifies the sum by a fixed gain σ′(z): an op-amp. Order: z₅, z₆, then z₃, z₄, then z₁, z₂.',
  'chapter.5.title': '5 · Summary: ∂C/∂w = ∂z/∂w · ∂C/∂z',
  'chapter.5.intro':
    'Every weight’s gradient is a forward value times a backward value: the input of the weight (from the forward pass) times ∂C/∂z of the neuron it feeds (from the backward pass). Then each parameter takes a step against its gradient.',
  'chapter.6.title': '6 · Computational graphs',
  'chapter.6.intro':
    'Any formula is a circuit of gates. Values flow forwards; gradients flow backwards, each gate multiplying the gradient from its output by its local gradient. An add gate passes it through, a multiply gate swaps its inputs, a max gate routes it.',
  'chapter.7.title': '7 · Layers in code',
  'chapter.7.intro':
    'Buying 2 apples at 100 each with 10% tax costs 220. A multiply layer remembers its inputs in forward() and returns (dout·y, dout·x) in backward(); an add layer returns (dout, dout). Follow the code line by line with the circuit.',
  'chapter.8.title': '8 · Why backward?',
  'chapter.8.intro':
    'Computing each ∂C/∂z from the input side recomputes everything downstream again and again, like a recursive function re-calling the same sub-calls. Going backwards computes each ∂C/∂z once and looks it up: dynamic programming.',
} as const;
