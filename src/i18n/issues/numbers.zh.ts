import type { numbersEn } from './numbers.en';

/** 输入的文字为什么不是数（见 readTypedNumber.ts）；键与 numbers.en.ts 完全一致。 */
export const numbersZh: Readonly<Record<keyof typeof numbersEn, string>> = {
  'number.empty': '没有输入数字：请输入 0.5 或 -2 这样的数',
  'number.not-a-number': '{text}不是数字',
  'number.too-large': '{text}太大了（能表示的最大的数约为 1.8 × 10³⁰⁸）',
  'number.too-small': '{text}太小了：存下来会变成 0',
  'number.ambiguous-comma':
    '{text}既可以读作 {whole}，也可以读作 {decimal}（逗号可能是千位分隔符，也可能是小数点）：请输入 {whole} 或 {decimal}',
  'number.grouped-digits': '{text}带有数位分隔符：请输入 {number}',
  'number.unclear-parentheses':
    '{text}带有括号，在会计写法中表示负数：请输入 {inside} 或 -{inside}',
  'number.space-inside': '{text}中间有空格：请输入 {number}',
  'number.hidden-character': '{text}含有不可见字符 {codePoint}（{character}）：请重新输入这个数',
  'number.readAs': '读作 {value}',
  'number.kept': '{reason}；原来的值保持不变。',
  'number.etaNotPositive': '学习率 η 必须大于 0，而 {value} 不是',
  'number.etaKept': '{reason}；η 仍为 {value}。',
  'number.sampleKept': '{reason}；样本 {n} 的 {name} 仍为 {value}。',
};
