import { Resvg } from '@resvg/resvg-js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satori from 'satori';

/** What a page's share image says: a kicker line, the title, and a footer line. */
export interface SocialCard {
  kicker: string;
  title: string;
  footer: string;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

// The light theme's tokens (src/styles/tokens.css): previews sit on light and dark feeds alike.
const INK = '#1c2024';
const MUTED = '#565d66';
const PAPER = '#fbfaf7';
const ACCENT = '#1d5aa3';
const RULE = '#dedad1';

let fonts: Array<{ name: string; data: Buffer; weight: 400 | 700; style: 'normal' }> | undefined;

/** Inter's static WOFF files (satori reads WOFF, not WOFF2), from the build's node_modules. */
function interFonts() {
  const file = (weight: number) =>
    readFileSync(join(process.cwd(), `node_modules/@fontsource/inter/files/inter-latin-${weight}-normal.woff`));
  fonts ??= [
    { name: 'Inter', data: file(400), weight: 400, style: 'normal' },
    { name: 'Inter', data: file(700), weight: 700, style: 'normal' },
  ];
  return fonts;
}

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: Array<Node | string> | Node | string | undefined };
}
const el = (type: string, style: Record<string, string | number>, children?: Node['props']['children']): Node => ({
  type,
  props: { style, children },
});

/** Longer titles get a smaller size, so two or three lines always fit. */
function titleSize(title: string): number {
  if (title.length <= 28) return 76;
  if (title.length <= 48) return 64;
  return 52;
}

/** A 1200x630 PNG share image for a page, drawn at build time. */
export async function renderSocialCard(card: SocialCard): Promise<Buffer> {
  const tree = el(
    'div',
    {
      width: '100%',
      height: '100%',
      // satori sizes boxes without their padding unless told otherwise.
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '64px 72px',
      backgroundColor: PAPER,
      borderTop: `14px solid ${ACCENT}`,
      fontFamily: 'Inter',
      color: INK,
    },
    [
      el('div', { display: 'flex', alignItems: 'center', gap: 16 }, [
        el('div', { display: 'flex', flexDirection: 'column', gap: 6 }, [
          el('div', { width: 44, height: 8, backgroundColor: ACCENT, borderRadius: 4 }),
          el('div', { width: 32, height: 8, backgroundColor: ACCENT, borderRadius: 4 }),
          el('div', { width: 20, height: 8, backgroundColor: ACCENT, borderRadius: 4 }),
        ]),
        el('div', { fontSize: 34, fontWeight: 700 }, 'LeetLLM'),
      ]),
      el('div', { display: 'flex', flexDirection: 'column', gap: 20 }, [
        el('div', { fontSize: 30, color: ACCENT, fontWeight: 700 }, card.kicker),
        el('div', { fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.1, maxWidth: 1040 }, card.title),
      ]),
      el(
        'div',
        { display: 'flex', borderTop: `2px solid ${RULE}`, paddingTop: 24, fontSize: 28, color: MUTED },
        card.footer,
      ),
    ],
  );
  // satori takes React-shaped elements; plain objects of that shape need no JSX runtime.
  const svg = await satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: interFonts(),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH } }).render().asPng();
}
