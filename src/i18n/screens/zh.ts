import type { screensEn } from './en';

/** 各种屏幕上图示周围的页面：紧凑的页眉与菜单、章节介绍的折叠、步骤卡片、演示字幕。 */
export const screensZh: Readonly<Record<keyof typeof screensEn, string>> = {
  'menu.button': '菜单',
  'menu.label': '分享、文件、导出、演示、主题与语言',
  'scene.short.network': '网络',
  'scene.short.graph': '计算图',
  'scene.short.training': '梯度下降',
  'scenes.label': '场景',
  'intro.fold': '展开或收起本章介绍',
  'stepCard.label': '当前这一步',
  'phase.short.forward': '前向',
  'phase.short.backward': '反向',
  'phase.short.gradients': '梯度',
  'phase.short.update': '更新',
  'controls.stepShort': '{step}/{total} 步',
  'caption.training.iteration': '第 t = {t} 次迭代',
  'caption.training.loss': 'L(θᵗ) = {loss}',
  'caption.training.rule': 'θᵗ⁺¹ = θᵗ − η∇L(θᵗ)，学习率 η = {eta}，‖∇L(θᵗ)‖ = {norm}',
  'caption.training.largest': '变化最大的参数：{param} = {value} − {eta} · ({grad}) = {next}',
  'caption.training.none': '梯度为零：所有参数保持不变。',
};
