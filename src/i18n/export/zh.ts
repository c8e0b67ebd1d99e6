import type { exportEn } from './en';

/** 导出菜单及导出内容（图注）的中文字符串；键与 export/en.ts 完全一致。 */
export const exportZh: Readonly<Record<keyof typeof exportEn, string>> = {
  'export.button': '导出',
  'export.menu': '导出当前这一步',
  'export.svg': '图表（SVG）',
  'export.svgHint': '矢量图，附带这一步的说明',
  'export.png': '图表（PNG，2 倍）',
  'export.pngHint': '适合做幻灯片：屏幕分辨率的两倍',
  'export.csv': '步骤记录（CSV）',
  'export.csvHint': '每一步的说明、公式、操作数和结果',
  'export.json': '步骤记录（JSON）',
  'export.jsonHint': '同样的内容，方便程序读取',
  'export.numpy': 'NumPy 脚本',
  'export.numpyHint': '用 Python 核对前向与反向传播',
  'export.noDiagram': '这个场景没有可导出的图表。',
  'export.working': '正在写出计算轨迹：{percent}%……',
  'export.done': '已下载 {file}。',
  'export.workingDiagram': '正在绘制图：{percent}%……',
  'export.changed': '导出时图一直在变化：请先暂停，再导出一次。',
  'export.failed': '导出失败：{message}',
  'export.pngFailed': '浏览器无法绘制 PNG。SVG 导出仍然可用。',
  'export.captionStep': '第 {step} 步，共 {total} 步 · {phase}',
  'export.captionTraining': '梯度下降 · 第 {iteration} 次迭代',
};
