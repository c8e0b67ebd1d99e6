import { expect, test, type Frame, type Page } from '@playwright/test';

/**
 * A host page on another origin (a course page, a slide deck) embeds the app in an iframe
 * and drives it through the documented postMessage API (README, "Driving an embedded
 * view"): it sends commands, and the embed answers with its position after each change.
 */
/**
 * The host's address: the same server under another name, so another origin (a public
 * name would be refused by the browser's private-network checks before it reached us).
 */
const hostOf = (baseURL: string) =>
  `${new URL(baseURL).origin.replace('127.0.0.1', 'localhost')}/manifest.webmanifest`;

interface Position {
  readonly event: string;
  readonly scene?: string;
  readonly step?: number;
  readonly total?: number | null;
  readonly phase?: string | null;
  readonly chapter?: number | null;
}

function hostPage(appUrl: string): string {
  return `<!doctype html><html><body>
<iframe id="app" src="${appUrl}" width="860" height="520" style="border:0"></iframe>
<script>
  window.replies = [];
  const origin = new URL(${JSON.stringify(appUrl)}).origin;
  window.addEventListener('message', (event) => {
    if (event.origin === origin && event.data && event.data.type === 'backprop-circuit')
      window.replies.push(event.data);
  });
  window.send = (message) => document.getElementById('app').contentWindow.postMessage(message, origin);
</script></body></html>`;
}

const command = (name: string, fields: Record<string, unknown> = {}) => ({
  type: 'backprop-circuit',
  version: 1,
  command: name,
  ...fields,
});

async function openHost(page: Page, baseURL: string): Promise<Frame> {
  // A page of the host's origin, its document replaced by the host page. (A routed page
  // would count as a public one, which the browser keeps away from loopback servers; the
  // app's own page would keep its Content-Security-Policy, which allows no frames. The
  // manifest is a plain document with no policy.)
  await page.goto(hostOf(baseURL));
  await page.setContent(hostPage(`${baseURL}?embed=1`));
  const frame = page.frame({ url: /embed=1/ });
  if (frame === null) throw new Error('the embedded app did not load');
  await frame.getByTestId('step-position').waitFor();
  return frame;
}

const replies = (page: Page) =>
  page.evaluate(() => (window as unknown as { replies: Position[] }).replies);

async function send(page: Page, message: unknown): Promise<void> {
  await page.evaluate(
    (m) => (window as unknown as { send: (m: unknown) => void }).send(m),
    message,
  );
}

/** Sends a command and waits for the position it answers with. */
async function sendAndRead(page: Page, message: unknown): Promise<Position> {
  const before = (await replies(page)).length;
  await send(page, message);
  await expect.poll(async () => (await replies(page)).length).toBeGreaterThan(before);
  const all = await replies(page);
  const last = all.at(-1);
  if (last === undefined) throw new Error('no reply');
  return last;
}

test('a host page on another origin steps, jumps and opens scenes, chapters and links', async ({
  page,
  baseURL,
}) => {
  // Errors of the embedded app (the host page's own favicon request is not the app's).
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico'))
      errors.push(`console: ${message.text()} (${message.location().url})`);
  });
  const frame = await openHost(page, baseURL ?? '');
  // Without being asked, the embed says where it is.
  await expect
    .poll(async () => (await replies(page)).at(0))
    .toMatchObject({
      event: 'position',
      scene: 'network',
      step: 0,
      total: 61,
      phase: null,
    });

  expect(await sendAndRead(page, command('step', { step: 19 }))).toMatchObject({
    step: 19,
    phase: 'backward',
  });
  await expect(frame.getByTestId('step-position')).toHaveAttribute('data-step', '19');
  expect(await sendAndRead(page, command('next'))).toMatchObject({ step: 20 });
  expect(await sendAndRead(page, command('previous'))).toMatchObject({ step: 19 });
  expect(await sendAndRead(page, command('step', { step: 'end' }))).toMatchObject({ step: 61 });

  // Anything not in the documented shape is ignored: nothing moves, nothing is answered.
  const count = (await replies(page)).length;
  for (const bad of [
    'step',
    { ...command('step', { step: 3 }), version: 2 },
    { ...command('step', { step: 3 }), extra: true },
    command('step', { step: -1 }),
    command('step', { step: 1.5 }),
    command('scene', { scene: 'toString' }),
    command('chapter', { chapter: 0 }),
    command('jump'),
  ])
    await send(page, bad);
  expect(await sendAndRead(page, command('position'))).toMatchObject({ step: 61 });
  expect((await replies(page)).length).toBe(count + 1);

  expect(await sendAndRead(page, command('scene', { scene: 'graph' }))).toMatchObject({
    scene: 'graph',
    step: 0,
  });
  const chapter = await sendAndRead(page, command('chapter', { chapter: 6 }));
  expect(chapter).toMatchObject({ scene: 'graph', chapter: 6 });
  expect(
    await sendAndRead(page, command('link', { link: '?scene=network&step=13' })),
  ).toMatchObject({ scene: 'network', step: 13, phase: 'cost' });
  // A link that cannot be read changes nothing, and the host is told.
  expect(await sendAndRead(page, command('link', { link: '?scene=nowhere' }))).toMatchObject({
    event: 'rejected',
  });
  await expect(frame.getByTestId('step-position')).toHaveAttribute('data-step', '13');
  // The embed stays an embed, whatever the link said.
  await expect(frame.locator('.app')).toHaveAttribute('data-layout', 'embed');
  expect(errors).toEqual([]);
});

test('the arrow keys step the embedded view, never scroll it, and the host hears each step', async ({
  page,
  baseURL,
}) => {
  const frame = await openHost(page, baseURL ?? '');
  await frame.locator('.app').click({ position: { x: 5, y: 5 } });
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(frame.getByTestId('step-position')).toHaveAttribute('data-step', '3');
  await expect.poll(async () => (await replies(page)).at(-1)).toMatchObject({ step: 3 });
  const scrolled = await frame.evaluate(() =>
    [document.scrollingElement, ...document.querySelectorAll('.diagram-scroll')].map((e) =>
      e === null ? 0 : e.scrollTop,
    ),
  );
  expect(scrolled.every((top) => top === 0)).toBe(true);
});
