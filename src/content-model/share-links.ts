export interface ShareLink {
  name: string;
  href: string;
}

/** Plain share links (no third-party scripts) for an absolute page URL. */
export function shareLinks(url: string, title: string): ShareLink[] {
  const u = encodeURIComponent(url);
  const t = encodeURIComponent(title);
  return [
    { name: 'X', href: `https://x.com/intent/post?url=${u}&text=${t}` },
    { name: 'Facebook', href: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { name: 'LinkedIn', href: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
    { name: 'Bluesky', href: `https://bsky.app/intent/compose?text=${encodeURIComponent(`${title} ${url}`)}` },
    { name: 'Reddit', href: `https://www.reddit.com/submit?url=${u}&title=${t}` },
    { name: 'Hacker News', href: `https://news.ycombinator.com/submitlink?u=${u}&t=${t}` },
    { name: 'E-mail', href: `mailto:?subject=${t}&body=${u}` },
  ];
}
