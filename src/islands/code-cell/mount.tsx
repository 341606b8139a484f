import { render } from 'preact';
import { CodeCell } from './CodeCell.tsx';

export function mountCodeCell(host: HTMLElement, props: Parameters<typeof CodeCell>[0]): void {
  render(<CodeCell {...props} />, host);
}
