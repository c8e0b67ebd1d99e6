import type { graphEn } from './en';

/** 计算图场景的中文字符串；键与 graph/en.ts 完全一致。 */
export const graphZh: Readonly<Record<keyof typeof graphEn, string>> = {
  'graph.title': '计算图',
};
