/**
 * The lecture's chapters: a title and a short introduction each, stating the published
 * numbers the chapter's example reproduces (the lecture's slides, CS231n's notes, Deep
 * Learning from Scratch).
 */
export const chaptersEn = {
  'chapters.label': 'Chapter',
  'chapters.none': 'Chapters…',
  'chapters.previous': 'Previous chapter',
  'chapters.next': 'Next chapter',
  'chapters.dismiss': 'Hide the introduction',
  'chapter.1.title': '1 · Gradient descent',
  'chapter.1.intro':
    'Learning means finding parameters θ = {w₁, w₂, …, b₁, b₂, …} that make the total loss L(θ) small. Gradient descent starts from θ⁰ and repeats θᵗ⁺¹ = θᵗ − η∇L(θᵗ), where the gradient ∇L(θ) is the column of every partial derivative ∂L/∂w and ∂L/∂b. A network has millions of parameters, so we need an efficient way to get ∇L: the backpropagation algorithm. It runs in two phases, a forward pass and then a backward pass.',
  'chapter.2.title': '2 · The chain rule',
  'chapter.2.intro':
    'Case 1: y = g(x), z = h(y). A nudge Δx causes Δy, which causes Δz: dz/dx = dz/dy · dy/dx. Case 2: x = g(s), y = h(s), z = k(x, y). s reaches z along two paths, through x and through y, and the paths add: dz/ds = ∂z/∂x · dx/ds + ∂z/∂y · dy/ds. Here x = eˢ, y = s², z = x·y at s = 1: nudge s and watch x and y move, and z with them; the two paths give dz/ds = 2.72 + 5.44 = 8.15.',
  'chapter.3.title': '3 · Forward pass',
  'chapter.3.intro':
    'The total loss adds up the cost of each training example, L(θ) = Σₙ Cⁿ(θ), so ∂L/∂w = Σₙ ∂Cⁿ/∂w: it is enough to understand one example’s cost C. A weight w reaches C only through the z of the neuron it feeds, so by the chain rule ∂C/∂w = ∂z/∂w · ∂C/∂z. The first factor is free: ∂z/∂w is the value on the input side of the weight (x₁, x₂ in the first layer, the previous layer’s a after that). Step through the forward pass and watch each z and a appear: the slide’s a = 0.98, 0.12, then 0.86, 0.11.',
  'chapter.4.title': '4 · Backward pass and the reverse network',
  'chapter.4.intro':
    'Now ∂C/∂z, from the output back. Case 1, the output layer: ∂C/∂z = σ′(z) · ∂C/∂y, with ∂C/∂y straight from the cost. Case 2, every other layer: a reaches C through each z′ of the next layer, so the paths add, ∂C/∂z = σ′(z) · Σ w · ∂C/∂z′, with the forward weights, transposed. Read it as a reverse network of op-amps whose fixed gain σ′(z) is at most ¼ for sigmoid: each one shrinks the signal. Order: z₅, z₆, then z₃, z₄, then z₁, z₂; here ∂C/∂z₅ = −0.0903 and ∂C/∂z₁ = −0.00357.',
  'chapter.5.title': '5 · Summary: ∂C/∂w = ∂z/∂w · ∂C/∂z',
  'chapter.5.intro':
    'Every weight’s gradient is a forward value times a backward value: the input of the weight (∂z/∂w, from the forward pass) times δ = ∂C/∂z of the neuron it feeds (from the backward pass). For w₅,₃: a₃ · δ₅ = 0.864 · (−0.0903) = −0.078. A bias has ∂z/∂b = 1, so ∂C/∂b = δ. Then each parameter takes a step against its gradient: θ − η · ∂L/∂θ.',
  'chapter.6.title': '6 · Computational graphs',
  'chapter.6.intro':
    'Any formula is a circuit of gates. Values flow forwards; gradients flow backwards, each gate multiplying the gradient from its output by its local gradient and handing the product to its inputs; where a value fans out, the gradients coming back add up. An add gate passes the gradient through unchanged, a multiply gate swaps its inputs, a max gate routes the whole gradient to its larger input. CS231n’s f = (x + y)·z at x = −2, y = 5, z = −4 gives f = −12, ∂f/∂x = ∂f/∂y = −4 and ∂f/∂z = 3. Its sigmoid neuron (an example here) gives 0.73, with ∂f/∂x₀ = 0.39, ∂f/∂x₁ = −0.59, ∂f/∂w₀ = −0.20, ∂f/∂w₁ = −0.39 and ∂f/∂w₂ = 0.20; its last four gates collapse into one σ gate whose local gradient is (1 − σ)σ = (1 − 0.73) · 0.73 ≈ 0.2.',
  'chapter.7.title': '7 · Layers in code',
  'chapter.7.intro':
    'Deep Learning from Scratch, chapter 5, in the book’s Python: a multiply layer remembers x and y in forward() and returns (dout·y, dout·x) in backward(dout); an add layer returns (dout, dout). Buying 2 apples at 100 each with 10% tax costs 100 × 2 × 1.1 = 220; backward from dprice = 1 gives ∂price/∂apple = 2.2, ∂price/∂apple_num = 110 and ∂price/∂tax = 200, the script’s printout. Follow the code line by line with the circuit; with 3 oranges at 150 as well, the price is 715.',
  'chapter.8.title': '8 · Why backward?',
  'chapter.8.intro':
    'The saving is reuse, not direction. Each ∂C/∂z needs only the ∂C/∂z of the next layer, so starting from the output and keeping each value computes every ∂C/∂z once (dynamic programming); asking for each one from the input side recomputes everything downstream again and again, like a recursive function re-calling the same sub-calls. So one backward pass costs about as much as one forward pass, while finding the gradient by nudging each weight needs a forward pass per parameter: the Gradient check tab does exactly that, parameter by parameter.',
} as const;
