import { useEffect, useRef, useState } from 'react';
import { formatNumber } from '../../lib/format';
import { cx } from '../common/classNames';
import { useT } from '../common/hooks';
import {
  activeTags,
  CODE_LANGUAGES,
  type CodeLanguage,
  type CodeLine,
  type Listing,
} from './dlfsCode';
import { known, type GraphView } from './graphView';

/**
 * DLFS's layers in code beside the graph, in the book's Python (first) or in TypeScript.
 * The line the current step executes is highlighted: its call in the script (strong) and
 * its layer's method (soft); values computed so far appear as comments. Once the last step
 * has run, the Python view shows what the script prints.
 */
export function CodeView({
  listings,
  view,
}: {
  listings: Readonly<Record<CodeLanguage, Listing>>;
  view: GraphView;
}) {
  const t = useT();
  const [language, setLanguage] = useState<CodeLanguage>('python');
  const listing = listings[language];
  const tags = activeTags(view.step);
  const done = view.cursor >= view.trace.steps.length;
  return (
    <section className="panel code-view" aria-labelledby="graph-code-title">
      <h2 id="graph-code-title">{t('graph.code.title')}</h2>
      <p className="code-caption">{t('graph.code.caption')}</p>
      <div className="view-tabs code-tabs" role="tablist" aria-label={t('graph.code.language')}>
        {CODE_LANGUAGES.map((l) => (
          <button
            key={l}
            type="button"
            role="tab"
            aria-selected={l === language}
            className={cx('tab', l === language && 'selected')}
            data-testid={`code-tab-${l}`}
            onClick={() => setLanguage(l)}
          >
            {t(`graph.code.${l}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" data-testid="code-listing" data-language={language}>
        <h3 className="code-subtitle">{t('graph.code.usage')}</h3>
        <CodeBlock
          lines={listing.usage}
          tags={tags}
          view={view}
          mark={listing.comment}
          label={t('graph.code.usage')}
          strong
        />
        <h3 className="code-subtitle">{t('graph.code.layers')}</h3>
        <CodeBlock
          lines={listing.layers}
          tags={tags}
          view={view}
          mark={listing.comment}
          label={t('graph.code.layers')}
        />
        {listing.printout.length > 0 && (
          <>
            <h3 className="code-subtitle">{t('graph.code.printout')}</h3>
            <pre className="code-block code-printout" data-testid="code-printout" tabIndex={0}>
              {done ? listing.printout.join('\n') : t('graph.code.printoutLater')}
            </pre>
          </>
        )}
      </div>
    </section>
  );
}

function comment(line: CodeLine, view: GraphView, mark: string): string {
  if (line.shows === undefined) return '';
  const values = line.shows.map((key) => known(view, key));
  if (values.some((v) => v === undefined)) return '';
  const shown = values.map((v) => formatNumber(v ?? NaN));
  return `  ${mark} ${shown.length === 1 ? shown[0] : `[${shown.join(', ')}]`}`;
}

function CodeBlock({
  lines,
  tags,
  view,
  label,
  mark,
  strong = false,
}: {
  lines: readonly CodeLine[];
  tags: ReadonlySet<string>;
  view: GraphView;
  label: string;
  mark: string;
  strong?: boolean;
}) {
  const ref = useRef<HTMLPreElement>(null);
  const active = lines.map((line) => line.tags.some((tag) => tags.has(tag)));
  const first = active.indexOf(true);
  useEffect(() => {
    // Keep the highlighted line in view inside the block, without scrolling the page.
    const pre = ref.current;
    const row = first < 0 ? null : pre?.children[first];
    if (pre === null || !(row instanceof HTMLElement)) return;
    if (
      row.offsetTop < pre.scrollTop ||
      row.offsetTop + row.offsetHeight > pre.scrollTop + pre.clientHeight
    )
      pre.scrollTop = row.offsetTop - pre.clientHeight / 3;
  }, [first]);
  return (
    <pre ref={ref} className="code-block" aria-label={label} tabIndex={0}>
      {lines.map((line, i) => (
        <code
          key={i}
          className={cx('code-line', active[i] && (strong ? 'current' : 'executing'))}
          aria-current={active[i] && strong ? 'step' : undefined}
        >
          {line.text || ' '}
          <span className="code-comment">{comment(line, view, mark)}</span>
          {'\n'}
        </code>
      ))}
    </pre>
  );
}
