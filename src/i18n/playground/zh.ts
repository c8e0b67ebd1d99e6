import type { playgroundEn } from './en';

/** 数据游乐场（梯度下降场景的“数据”模式）、两种模式的发散警告及其链接字段的中文。 */
export const playgroundZh: Readonly<Record<keyof typeof playgroundEn, string>> = {
  'issue.bad-dataset': 'dataset 必须是以下之一：{options}。',
  'issue.bad-percent': '{name} 必须是 {min} 到 {max} 之间的整数。',
  'issue.bad-features': 'features 可以列出 {options}；无法识别：{found}。',
  'issue.bad-neurons':
    'neurons 列出各隐藏层的神经元数：最多 {layers} 个数，每个在 1 到 {neurons} 之间。',
  'issue.bad-activation': 'activation 必须是以下之一：{options}。',
  'issue.bad-points': '链接中的数据点已损坏：最多 {limit} 个，须在平面内，以千分之一为单位。',
  'issue.bad-hyper-log': '链接中的训练设置记录已损坏。',
  'issue.bad-map-mode': '图的显示方式必须是以下之一：{options}。',
  'issue.bad-eta-log': '链接中的学习率记录已损坏。',
};
