/** SVG path data (24x24, stroked) for each track's icon, keyed by track id. */
export const TRACK_ICON_PATHS: Record<string, string> = {
  'computing-foundations': 'M7 7h10v10H7zM10 10h4v4h-4zM9 3v4M15 3v4M9 17v4M15 17v4M3 9h4M3 15h4M17 9h4M17 15h4',
  'math-statistics': 'M4 20h16M6 20v-6M10 20V8M14 20v-9M18 20V5',
  'preparation-prerequisites':
    'M4 5.5A2.5 2.5 0 0 1 6.5 3H20v15H6.5A2.5 2.5 0 0 0 4 20.5zM4 20.5A2.5 2.5 0 0 0 6.5 23H20v-5',
  'ml-algorithms-evaluation': 'M4 4v16h16M7 16l4-5 3 3 5-7M8 8.5h.01M12 6h.01M16 16h.01',
  'production-ml-systems': 'M4 4h16v6H4zM4 14h16v6H4zM8 7h.01M8 17h.01M12 7h5M12 17h5',
  'core-llm-foundations': 'M4 6h6v4H4zM14 6h6v4h-6zM4 14h4v4H4zM11 14h9v4h-9z',
  'applied-llm-engineering':
    'M14.7 6.3a4 4 0 0 0-5.4 5.2L3 17.8 6.2 21l6.3-6.3a4 4 0 0 0 5.2-5.4l-2.5 2.5-2.6-.6-.6-2.6z',
  'portfolio-capstones': 'M3 8h18v12H3zM8 8V5h8v3M3 13h18',
  'transformer-deep-dives': 'M12 3 3 8l9 5 9-5zM3 12.5l9 5 9-5M3 17l9 5 9-5',
  'advanced-training-adaptation': 'M4 20 10 13l4 3 6-9M15 7h5v5',
  'advanced-agents-retrieval': 'M11 4a7 7 0 1 1 0 14 7 7 0 0 1 0-14zM16 16l5 5',
  'inference-production-scale': 'M13 2 4 14h7l-1 8 9-12h-7z',
  'system-design-capstones': 'M3 3h7v6H3zM14 3h7v6h-7zM8.5 15h7v6h-7zM6.5 9v3h11V9M12 12v3',
  'ai-lab-interviewing': 'M4 5h12v8H9l-4 3v-3H4zM20 9v8h-1v3l-4-3h-5',
};
