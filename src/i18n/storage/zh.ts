import type { storageEn } from './en';

/** 关于本浏览器存储的提示；键与 storage/en.ts 完全一致。 */
export const storageZh: Readonly<Record<keyof typeof storageEn, string>> = {
  'storage.notKeptTitle': '你的修改没有保存在这个浏览器中',
  'storage.notKeptAdvice':
    '一切照常可用，屏幕上的内容现在也不会丢失。要保留这个场景，请把它保存为文件；之后可以用“打开…”或把文件拖到页面上重新打开。',
  'storage.save': '把场景保存为文件',
  'storage.setAsideTitle': '无法恢复你上次的内容',
  'storage.reasonVersion': '它是由本应用无法读取的版本写下的，也许可以在写下它的那个版本中打开。',
  'storage.reasonDamaged': '它已损坏：有一部分缺失，或者格式不对。',
  'storage.dismiss': '关闭',
};
