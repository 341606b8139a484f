/**
 * The figure helper (scripts/figures/leetllm_svg.py) draws accents in these mid-tone colours. On the page
 * each is replaced by a theme variable (--fig-<name>, styles/tokens.css) with AA contrast on both themes.
 */
export const FIGURE_PALETTE: Record<string, string> = {
  '#3a7bd5': 'blue',
  '#d9622b': 'orange',
  '#2e9e6a': 'green',
  '#9b5fc0': 'purple',
  '#8a8f98': 'grey',
};

/** Rewrites palette colours inside style="..." attributes to theme variables (matplotlib writes colours there). */
export function themeFigureStyles(svg: string): string {
  return svg.replace(
    /style="([^"]*)"/g,
    (_, style: string) =>
      `style="${style.replace(/#[0-9a-fA-F]{6}\b/g, (hex) => {
        const name = FIGURE_PALETTE[hex.toLowerCase()];
        return name ? `var(--fig-${name})` : hex;
      })}"`,
  );
}
