import type { graphSceneEn } from './en';

/** 随计算图场景一起加载的中文字符串；键与 graphScene/en.ts 完全一致（缺一个键就是类型错误）。 */
export const graphSceneZh: Readonly<Record<keyof typeof graphSceneEn, string>> = {
  'graph.drawing.pending': '正在排布电路：{nodes} 个节点、{wires} 条连线……',
  'graph.drawing.pendingNote': '大电路在后台排布。步骤、公式和输入现在就能用。',
};
