import type { diagramEn } from './en';

/** 网络图自己的文字；键与 diagram/en.ts 完全一致。 */
export const diagramZh: Readonly<Record<keyof typeof diagramEn, string>> = {
  'netDiagram.deltaLegend': 'δ = ∂C/∂z，即代价 C 对 z 的偏导数',
  'netDiagram.deltaLegendShort': 'δ = ∂C/∂z',
  'netDiagram.inspectTarget': '这个样本的目标 ŷ{index}',
  'netDiagram.edit': '编辑',
  'netDiagram.editHint': '编辑这个值（也可在图上按回车键或双击）',
  'netDiagram.ok': '确定',
  'netDiagram.cancel': '取消',
  'netDiagram.drawing': '正在绘制网络：第 {shown} 层，共 {total} 层（共 {neurons} 个神经元）……',
  'netDiagram.coarse':
    '这个网络超过了编辑器的上限（8 个隐藏层，每层 16 个神经元）：连线合在一起绘制，不再逐条标注，只有当前这一步用到的连线单独画出。把鼠标移到元素上、聚焦或轻点它，即可查看它的数值。',
};
