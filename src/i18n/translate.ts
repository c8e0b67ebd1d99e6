import { en, type MessageKey, type Messages } from './en';
import { zh } from './zh';

export const LANGUAGES = ['en', 'zh'] as const;
export type Language = (typeof LANGUAGES)[number];

const DICTIONARIES: Readonly<Record<Language, Messages>> = { en, zh };

export type TranslateParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: TranslateParams) => string;

/** Fills each `{name}` in a dictionary's text from `params`. */
export function fillPlaceholders(text: string, params?: TranslateParams): string {
  if (params === undefined) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** Looks up `key` in `lang` and fills each `{name}` from `params`. */
export function translate(lang: Language, key: MessageKey, params?: TranslateParams): string {
  return fillPlaceholders(DICTIONARIES[lang][key], params);
}

/** True when `key` is a message key; for keys that arrive as data (narration, issues). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

export function isLanguage(value: unknown): value is Language {
  return value === 'en' || value === 'zh';
}
