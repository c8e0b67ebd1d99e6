import {
  parseScenarioText,
  type GraphScenario,
  type InputIssue,
  type NetworkScenario,
  type Scenario,
} from '../../engine';
import { isLanguage, type Language } from '../../i18n/translate';
import {
  HIDEABLE,
  SCENES,
  THEMES,
  type Hideable,
  type SceneName,
  type Speed,
  type Theme,
} from '../types';

/** Links longer than this are refused before anything is parsed. */
export const MAX_LINK_LENGTH = 64 * 1024;

/** What a readable link asks for; every field is optional. */
export interface LinkRequest {
  readonly scenario?: Scenario;
  /** Compact links carry both scenarios, so switching scenes keeps the sender's work. */
  readonly network?: NetworkScenario;
  readonly graph?: GraphScenario;
  readonly speed?: Speed;
  readonly sample?: number;
  readonly iteration?: number;
  readonly trainingRate?: number;
  readonly chapter?: number;
  readonly presenter?: boolean;
  readonly theme?: Theme;
  readonly hidden?: readonly Hideable[];
  readonly embed?: boolean;
  readonly step?: number | 'end';
  readonly lang?: Language;
  readonly scene?: SceneName;
}

export type LinkResult =
  | { readonly ok: true; readonly request: LinkRequest }
  | { readonly ok: false; readonly errors: readonly InputIssue[] };

/**
 * Reads the hand-writable form of a link (DESIGN.md):
 * `?scenario=<URI-encoded JSON>&step=<n|end>&lang=<en|zh>&scene=<name>`. Never throws.
 */
export function readReadableLink(search: string): LinkResult {
  if (search.length > MAX_LINK_LENGTH) {
    return {
      ok: false,
      errors: [
        {
          path: '',
          code: 'link-too-long',
          message: `the link is longer than ${MAX_LINK_LENGTH / 1024} KB`,
          params: { max: MAX_LINK_LENGTH / 1024 },
        },
      ],
    };
  }
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return {
      ok: false,
      errors: [{ path: '', code: 'bad-link', message: 'the link could not be read' }],
    };
  }
  const errors: InputIssue[] = [];
  const request: { -readonly [K in keyof LinkRequest]: LinkRequest[K] } = {};

  const lang = params.get('lang');
  if (lang !== null) {
    if (isLanguage(lang)) request.lang = lang;
    else
      errors.push({
        path: 'lang',
        code: 'bad-lang',
        message: `lang must be en or zh, found '${lang.slice(0, 20)}'`,
        params: { found: lang.slice(0, 20) },
      });
  }
  const scene = params.get('scene');
  if (scene !== null) {
    const chosen = readOption(scene, SCENES, 'scene', errors);
    if (chosen !== undefined) request.scene = chosen;
  }
  const step = params.get('step');
  if (step !== null) {
    if (step === 'end') request.step = 'end';
    else if (/^\d{1,7}$/.test(step)) request.step = Number(step);
    else
      errors.push({
        path: 'step',
        code: 'bad-step',
        message: `step must be a whole number or "end", found '${step.slice(0, 20)}'`,
        params: { found: step.slice(0, 20) },
      });
  }
  Object.assign(request, readViewOptions(params, errors));
  const iteration = params.get('iteration');
  if (iteration !== null) {
    if (/^\d{1,7}$/.test(iteration)) request.iteration = Number(iteration);
    else
      errors.push({
        path: 'iteration',
        code: 'bad-iteration',
        message: 'the training iteration must be a whole number',
      });
  }
  const scenario = params.get('scenario');
  if (scenario !== null && /^\s*%(7B|5B|22)/i.test(scenario)) {
    errors.push({
      path: 'scenario',
      code: 'double-encoded',
      message: 'the scenario is URI-encoded twice: encode the JSON once (encodeURIComponent)',
    });
  } else if (scenario !== null) {
    const parsed = parseScenarioText(scenario);
    if (parsed.ok) request.scenario = parsed.scenario;
    else
      errors.push(
        ...parsed.errors.map((e) => ({
          ...e,
          path: e.path === '' ? 'scenario' : `scenario.${e.path}`,
        })),
      );
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, request };
}

/** Reads the view options a teacher can put in any link: chapter, presenter, theme, hide, embed. */
export function readViewOptions(
  params: URLSearchParams,
  errors: InputIssue[],
): Partial<LinkRequest> {
  const options: { -readonly [K in keyof LinkRequest]: LinkRequest[K] } = {};
  const chapter = params.get('chapter');
  if (chapter !== null) {
    if (/^[1-8]$/.test(chapter)) options.chapter = Number(chapter);
    else
      errors.push({
        path: 'chapter',
        code: 'bad-chapter',
        message: 'chapter must be a number from 1 to 8',
        params: { found: chapter.slice(0, 20) },
      });
  }
  const flag = (name: string) => {
    const value = params.get(name);
    if (value === null) return undefined;
    if (value === '1' || value === 'true') return true;
    if (value === '0' || value === 'false') return false;
    errors.push({
      path: name,
      code: 'bad-flag',
      message: `${name} must be 1 or 0`,
      params: { name },
    });
    return undefined;
  };
  const presenter = flag('presenter');
  if (presenter !== undefined) options.presenter = presenter;
  const embed = flag('embed');
  if (embed !== undefined) options.embed = embed;
  const theme = params.get('theme');
  if (theme !== null) {
    const chosen = readOption(theme, THEMES, 'theme', errors);
    if (chosen !== undefined) options.theme = chosen;
  }
  const hide = params.get('hide');
  if (hide !== null) {
    const parts = hide.split(',').filter((p) => p !== '');
    const unknown = parts.filter((p) => !(HIDEABLE as readonly string[]).includes(p));
    if (unknown.length > 0) {
      errors.push({
        path: 'hide',
        code: 'bad-hide',
        message: `hide can list ${HIDEABLE.join(', ')}; unknown: ${unknown.join(', ').slice(0, 60)}`,
        params: { options: HIDEABLE.join(', '), found: unknown.join(', ').slice(0, 60) },
      });
    } else options.hidden = parts as Hideable[];
  }
  return options;
}

/**
 * One of a fixed list of names (a scene, a theme), or undefined after recording a
 * `bad-NAME` issue that lists the choices.
 */
export function readOption<T extends string>(
  value: unknown,
  options: readonly T[],
  name: string,
  errors: InputIssue[],
  path = name,
): T | undefined {
  if (typeof value === 'string' && (options as readonly string[]).includes(value))
    return value as T;
  errors.push({
    path,
    code: `bad-${name}`,
    message: `${name} must be one of ${options.join(', ')}`,
    params: { options: options.join(', ') },
  });
  return undefined;
}
