import { fillPlaceholders, type Language, type TranslateParams } from '../translate';
import { graphSceneEn } from './en';
import { graphSceneZh } from './zh';

/**
 * Strings of the graph scene that load with it (the scene is its own chunk) rather than
 * with the first screen, whose download is at its budget. Checked like the app's: a
 * missing Chinese entry is a type error, and the dictionaries' tests read both.
 */
export type GraphSceneKey = keyof typeof graphSceneEn;

const GRAPH_SCENE: Readonly<Record<Language, Readonly<Record<GraphSceneKey, string>>>> = {
  en: graphSceneEn,
  zh: graphSceneZh,
};

export function graphSceneText(
  lang: Language,
  key: GraphSceneKey,
  params?: TranslateParams,
): string {
  return fillPlaceholders(GRAPH_SCENE[lang][key], params);
}
