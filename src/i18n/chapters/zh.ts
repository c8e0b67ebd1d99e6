import type { chaptersEn } from './en';

/** 课程的各章：标题和简短介绍；键与 chapters/en.ts 完全一致。 */
export const chaptersZh: Readonly<Record<keyof typeof chaptersEn, string>> = {
  'chapters.label': '章节',
  'chapters.none': '章节…',
  'chapters.previous': '上一章',
  'chapters.next': '下一章',
  'chapters.dismiss': '隐藏介绍',
  'chapter.1.title': '1 · 梯度下降',
  'chapter.1.intro':
    '学习就是找到让总损失 L(θ) 变小的参数 θ。梯度下降从 θ⁰ 出发，反复执行 θ ← θ − η∇L(θ)。网络有上百万个参数，所以需要一种高效计算 ∇L 的方法：这就是反向传播。',
  'chapter.2.title': '2 · 链式法则',
  'chapter.2.intro':
    '情形 1：x 影响 y，y 再影响 z，则 dz/dx = dz/dy · dy/dx。情形 2：s 经过 x 和 y 两条路径影响 z，两条路径的贡献相加：dz/ds = ∂z/∂x · dx/ds + ∂z/∂y · dy/ds。给输入一个微小的改变，看看 y 和 z 如何随之变化。',
  'chapter.3.title': '3 · 前向传播',
  'chapter.3.intro':
    '每个权重的梯度 ∂C/∂w = ∂z/∂w · ∂C/∂z。第一项是现成的：∂z/∂w 就是这个权重输入端的值。逐步执行前向传播，看每一层的 z 和 a 依次算出来。',
  'chapter.4.title': '4 · 反向传播与反向网络',
  'chapter.4.intro':
    '现在从输出往回算 ∂C/∂z。反向网络里的每个神经元用同样的权重把后一层的 ∂C/∂z 加权求和，再乘上固定的增益 σ′(z)：就像一个运算放大器。顺序是 z₅、z₆，然后 z₃、z₄，最后 z₁、z₂。',
  'chapter.5.title': '5 · 总结：∂C/∂w = ∂z/∂w · ∂C/∂z',
  'chapter.5.intro':
    '每个权重的梯度都是一个前向的值乘上一个反向的值：权重的输入（来自前向传播）乘上它所连神经元的 ∂C/∂z（来自反向传播）。然后每个参数沿梯度的反方向走一步。',
  'chapter.6.title': '6 · 计算图',
  'chapter.6.intro':
    '任何公式都可以画成由门组成的电路。数值向前流，梯度向后流，每个门把从输出传回的梯度乘上自己的局部梯度。加法门原样传递，乘法门交换两个输入，max 门把梯度送给较大的输入。',
  'chapter.7.title': '7 · 用代码实现各层',
  'chapter.7.intro':
    '买 2 个单价 100 的苹果，消费税 10%，共 220。乘法层在 forward() 里记住输入，在 backward() 里返回 (dout·y, dout·x)；加法层返回 (dout, dout)。对照电路一行行看代码。',
  'chapter.8.title': '8 · 为什么要反向？',
  'chapter.8.intro':
    '如果从输入一侧去算每个 ∂C/∂z，下游的计算会被一遍又一遍地重复，就像递归函数反复调用同样的子调用。从输出往回算，每个 ∂C/∂z 只算一次、之后直接查表：这就是动态规划。',
};
