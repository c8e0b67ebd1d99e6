import type { playgroundSharedEn } from './sharedEn';

/** 首屏就要用到的游乐场文字：两种模式的发散警告，以及游乐场链接字段的问题。 */
export const playgroundSharedZh: Readonly<Record<keyof typeof playgroundSharedEn, string>> = {
  'diverge.title': '训练正在发散。',
  'diverge.stuckTitle': '训练卡住了。',
  'diverge.rising':
    '损失已连续 {value} 次上升（每次为遍历一遍训练样本），在第 {iteration} 次迭代时达到 {loss}：学习率 η = {eta} 很可能太大。',
  'diverge.exploding':
    '第 {iteration} 次迭代时损失达到 {loss}，超过 η = {eta} 开始生效时（{start}）的一百倍：每一步都迈过了头，很快就会溢出。',
  'diverge.saturated':
    '输出在第 {iteration} 次迭代时饱和了：在每个样本上，它的激活函数都几乎是平的（斜率 σ′ 小于 10⁻³，最大 {value}），而当时损失为 {loss}，梯度传不回去，权重几乎不动。η = {eta} 把神经元推进了激活函数平坦的尾部。',
  'diverge.rounding':
    '第 {iteration} 次迭代时损失为 {loss}，而输出的 σ′ 全都小于 10⁻⁶（最大 {value}）：σ 永远达不到它的极限，所以这是一次溢出的步子，不是完美的拟合。η = {eta} 太大了。',
  'diverge.dead': '隐藏层 {value} 没有梯度。',
  'diverge.not-finite':
    '第 {iteration} 次迭代的一步让损失变成了 NaN 或无穷大，训练停在最后一个有限的 θ。',
  'diverge.stalled':
    '最近 {value} 轮（每轮遍历一次训练样本）损失一直停在 {low} 到 {high} 之间，而在运行副本中试过的更小 η 降得低得多：η = {eta} 时每一步都跨过了极小值，无法落入其中。',
  'diverge.searching': '正在从第 {from} 次迭代起，在训练的副本中尝试更小的学习率…',
  'diverge.found':
    '从第 {from} 次迭代起用 η = {eta} 试了 {steps} 步：能够训练，损失从 {before} 降到 {after}。',
  'diverge.none': '试过的更小 η（直到 10⁻⁵）也都失败了：请检查数据、特征和网络。',
  'diverge.apply': '回到第 {from} 次迭代，用 η = {eta} 训练',
  'diverge.applyAtStart': '从 θ⁰ 重新开始，用 η = {eta}',
  'diverge.dismiss': '隐藏',
  'issue.bad-dataset': 'dataset 必须是以下之一：{options}；这里是{found}。',
  'issue.own-dataset-readable':
    '这个链接要打开某人自己的数据点（dataset=own），但这种链接装不下数据点。请向发送者要“分享”按钮生成的链接（?s=…），它会带上这些点。',
  'issue.bad-percent': '{name} 必须是 {min} 到 {max} 之间的整数。',
  'issue.bad-features': 'features 可以列出 {options}；无法识别：{found}。',
  'issue.bad-neurons':
    'neurons 列出各隐藏层的神经元数：最多 {layers} 个数，每个在 1 到 {neurons} 之间。',
  'issue.bad-activation': 'activation 必须是以下之一：{options}；这里是{found}。',
  'issue.bad-points': '链接中的数据点已损坏：最多 {limit} 个，须在平面内，以千分之一为单位。',
  'issue.bad-hyper-log': '链接中的训练设置记录已损坏。',
  'issue.bad-map-mode': '图的显示方式必须是以下之一：{options}；这里是{found}。',
  'issue.bad-eta-log': '链接中的学习率记录已损坏。',
};
