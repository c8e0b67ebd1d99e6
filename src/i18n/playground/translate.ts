import type { MessageKey } from '../en';
import { fillPlaceholders, translate, type Language, type TranslateParams } from '../translate';
import { playgroundEn } from './en';
import { playgroundZh } from './zh';

/**
 * The data playground's strings are a dictionary of their own, loaded with the Data mode
 * rather than with the first screen (both languages' text would otherwise be in every
 * page's first download). Its keys are checked like the app's: a missing Chinese entry is
 * a type error (zh.ts), and the dictionaries' tests read both.
 */
export type PlaygroundKey = keyof typeof playgroundEn;

const PLAYGROUND: Readonly<Record<Language, Readonly<Record<PlaygroundKey, string>>>> = {
  en: playgroundEn,
  zh: playgroundZh,
};

/** Translates the app's keys and the playground's. */
export type PlaygroundTranslate = (
  key: MessageKey | PlaygroundKey,
  params?: TranslateParams,
) => string;

const isPlaygroundKey = (key: string): key is PlaygroundKey => Object.hasOwn(playgroundEn, key);

/** The translator of the Data mode's components, for `lang`. */
export function playgroundTranslate(lang: Language): PlaygroundTranslate {
  return (key, params) =>
    isPlaygroundKey(key)
      ? fillPlaceholders(PLAYGROUND[lang][key], params)
      : translate(lang, key, params);
}
