import type { networkEn } from './en';

/** 神经网络场景的旁白（课程第 3 节）；键与 network/en.ts 完全一致，数值由旁白生成器填入。 */
export const networkZh: Readonly<Record<keyof typeof networkEn, string>> = {
  'narration.title': '这一步在做什么',
  'narration.start':
    '现在还什么都没有计算。前向传播会从输入开始，逐层算出每个神经元的 z 和 a；反向传播再沿着同样的连线反向运行，从代价一直回到第一层，求出每个神经元的 δ = ∂C/∂z。它是一个偏导数（偏微分）：只改变这一个 z、其他都不变时，代价 C 怎样变化。',
  'narration.end':
    '所有步骤都完成了：每个权重都有了梯度 ∂C/∂w = ∂z/∂w · ∂C/∂z，参数更新 θ − η∇L 已经可以执行。',
  'narration.summaryLabel': '这一阶段的结果：',

  'list.separator': '，',
  'list.and': '{first} 和 {last}',

  'activation.sigmoid': 'sigmoid 函数',
  'activation.tanh': '双曲正切 tanh',
  'activation.relu': 'ReLU（线性整流）',
  'activation.leaky-relu': '带泄漏的 ReLU',
  'activation.linear': '线性（恒等）',

  'network.forward.z':
    '前向传播，神经元 {neuron}：z{sub} = {z}，是所有进入它的值的加权和，再加上偏置 b{sub} = {b}。对每个进来的权重，∂z/∂w 就是这个权重输入端的值（{dzdw}）——前向传播顺便就把它算好了。',
  'network.forward.a':
    '神经元 {neuron} 经过激活函数（{activationName}）：a{sub} = {applied} = {a}。这个值送往下一层，所以它也是从神经元 {neuron} 出发的每个权重的 ∂z/∂w。',
  'network.forward.a.output':
    '输出神经元 {neuron} 经过激活函数（{activationName}）：a{sub} = {applied} = {a}。这就是网络的输出 y{outputSub}，代价函数会拿它和目标值比较。',
  'network.forward.off':
    '因为 z{sub} < 0，ReLU 输出 0：这个样本下该神经元处于关闭状态，从它出发的每个权重的 ∂z/∂w 都是 0，得不到梯度。',
  'network.cost':
    '输出 {outputs} 与目标 {targets} 相比较，得到这个样本的代价（{lossName}）C = {value}。反向传播要从这里出发，一直往回到第一层，求出 C 随每个 z 的变化。',
  'network.backward.output':
    '反向传播，情形 1（输出层）：∂C/∂y{outputSub} = {value} 直接由代价函数得到，其中 y{outputSub} = a{sub} = {y} 是第 {output} 个输出，ŷ{outputSub} = {target} 是它的目标值。{direction}它就是神经元 {neuron} 的运算放大器的输入。',
  'network.direction.negative': '它是负的：增大 y{outputSub} 会让 C 变小。',
  'network.direction.positive': '它是正的：减小 y{outputSub} 会让 C 变小。',
  'network.direction.zero': '它是 0：y{outputSub} 稍有变化，C 也不变。',
  'network.backward.sum':
    '反向传播，情形 2（隐藏层），神经元 {neuron}：a{sub} 只能经由 {zs} 影响 C，所以按链式法则（情形 2），各条路径的贡献相加：∂C/∂a{sub} = {chain}。每个 ∂z′/∂a{sub} 就是两者之间的权重（{firstLocal}），所以反向网络用前向的权重（转置过来）给下一层的 δ 加权：∂C/∂a{sub} = {numbers} = {value}。',
  'network.backward.largest': '绝对值最大的一项来自 z{largestSub}。',
  'network.backward.amp.output':
    '情形 1 到此完成：神经元 {neuron} 的运算放大器把输入 ∂C/∂y{outputSub} = {input} 乘以增益 σ′(z{sub}) = {gain}。增益是常数，因为 z{sub} = {z} 在前向传播时已经算出。它的输出是 δ{sub} = ∂C/∂z{sub} = {delta}。',
  'network.backward.amp':
    '情形 2 到此完成：神经元 {neuron} 的运算放大器把输入 ∂C/∂a{sub} = {input} 乘以增益 σ′(z{sub}) = {gain}。增益是常数，因为 z{sub} = {z} 在前向传播时已经算出。它的输出是 δ{sub} = ∂C/∂z{sub} = {delta}。',
  'network.gain.sigmoid':
    'sigmoid 的增益 σ′(z) = σ(z)(1 − σ(z)) 最大只有 ¼：这个运算放大器会把信号缩小，这里只剩 {share}。',
  'network.gain.tanh':
    'tanh 的增益 1 − tanh²(z) 不超过 1：这个运算放大器从不放大信号，这里保留 {share}。',
  'network.gain.relu':
    'ReLU 的增益在 z > 0 时是 1（信号原样通过），在 z < 0 时是 0（信号被挡住）。',
  'network.gain.leaky-relu':
    '带泄漏的 ReLU 的增益在 z > 0 时是 1，在 z < 0 时是 0.01，所以这时仍有一点信号通过。',
  'network.gain.linear': '线性单元的增益是 1：运算放大器让信号原样通过。',
  'network.sensitivity':
    'δ{sub} 表示敏感度：把 z{sub} 增加 0.01，C 大约改变 0.01 · δ{sub} = {change}。',
  'network.sensitivity.zero': 'δ{sub} = 0：z{sub} 稍有变化，C 完全不变。',
  'network.gradient.w':
    '{w} 的梯度：∂C/∂{w} = ∂z{sub}/∂{w} · ∂C/∂z{sub} = {aSym} · δ{sub} = {aVal} · {deltaVal} = {value}。{aSym} 来自前向传播，δ{sub} 来自反向传播。',
  'network.gradient.zero': '输入 {aSym} 是 0，所以这个样本下该权重不影响 C：它的梯度是 0。',
  'network.gradient.noDelta':
    '因为 δ{sub} = 0，无论输入是多少，梯度都是 0：这个样本下神经元 {neuron} 的运算放大器没有梯度传回。',
  'network.gradient.same': '输入是 1，所以梯度就等于 δ{sub}。',
  'network.gradient.flip': '输入是 −1，所以梯度就是 δ{sub} 变号。',
  'network.gradient.smaller': '因为 |{aSym}| < 1，梯度的大小只有 δ{sub} 的 {share}。',
  'network.gradient.smallerFlip':
    '因为 |{aSym}| < 1，梯度的大小只有 δ{sub} 的 {share}；又因为 {aSym} < 0，符号相反。',
  'network.gradient.larger': '因为 |{aSym}| > 1，梯度的大小是 δ{sub} 的 {factor} 倍。',
  'network.gradient.largerFlip':
    '因为 |{aSym}| > 1，梯度的大小是 δ{sub} 的 {factor} 倍；又因为 {aSym} < 0，符号相反。',
  'network.gradient.b':
    '偏置相当于输入恒为 1 的权重：∂C/∂b{sub} = ∂z{sub}/∂b{sub} · ∂C/∂z{sub} = 1 · δ{sub} = {value}。',
  'network.update.w':
    '对权重 {param} 做梯度下降：这一步要减去的量是 η · ∂L/∂{param} = {eta} · {grad} = {stepValue}，于是 {param}′ = {param} − η · ∂L/∂{param} = {old} − {stepOperand} = {next}。',
  'network.update.b':
    '对偏置 {param} 做梯度下降：这一步要减去的量是 η · ∂L/∂{param} = {eta} · {grad} = {stepValue}，于是 {param}′ = {param} − η · ∂L/∂{param} = {old} − {stepOperand} = {next}。',
  'network.update.grows': '梯度是负的（{param} 增大时 C 变小），所以 {param} 增大了 {change}。',
  'network.update.shrinks': '梯度是正的（{param} 减小时 C 变小），所以 {param} 减小了 {change}。',
  'network.update.stays': '梯度是 0，所以 {param} 保持不变。',
  'network.update.one': '只有一个样本时 L = C。',
  'network.update.sum':
    'L 是全部 {samples} 个样本的代价 C 之和，所以 ∂L/∂{param} 是它们梯度的和，而不只是这个样本的梯度。',
  'network.update.mean':
    'L 是 {samples} 个样本的代价 C 的平均，所以 ∂L/∂{param} 是它们梯度的平均，而不只是这个样本的梯度。',

  'network.summary.forward':
    '前向传播完成：每个 z 和 a 都已知，每个 ∂z/∂w 也随之已知。输出是 {outputs}。',
  'network.summary.backward':
    '反向传播完成：全部 {count} 个 δ = ∂C/∂z 都已知，从输出层往回，每个都只由下一层的值算一次。绝对值最大的是 δ{maxSub} = {max}，最小的是 δ{minSub} = {min}。',
  'network.summary.gradients':
    '全部 {weights} 个权重都有了 ∂C/∂w = ∂z/∂w · δ，全部 {biases} 个偏置都有了 ∂C/∂b = δ。绝对值最大的是 ∂C/∂{maxSymbol} = {max}。',
  'network.summary.update':
    '全部 {count} 个参数都按 θ − η · ∂L/∂θ 走了一步。变化最大的是 {maxSymbol}：变化量为 {max}。',
};
