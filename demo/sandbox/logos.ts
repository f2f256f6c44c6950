// Small placeholder logos, served at /logos/:file. Monograms rather than the
// organisations' real marks: the sandbox must not ship anyone's trademark.

function monogram(
  letters: string,
  title: string,
  background: string,
  foreground = '#ffffff',
): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64" width="64" height="64" role="img" aria-labelledby="t">
<title id="t">${title}</title>
<rect width="64" height="64" rx="12" fill="${background}"/>
<text x="32" y="41" text-anchor="middle" font-family="system-ui, sans-serif" font-size="22" font-weight="700" fill="${foreground}">${letters}</text>
</svg>
`;
}

export const logos: Readonly<Record<string, string>> = {
  'american-red-cross.svg': monogram('ARC', 'American Red Cross (sandbox logo)', '#c8102e'),
  'doctors-without-borders.svg': monogram(
    'DWB',
    'Doctors Without Borders (sandbox logo)',
    '#ee0000',
  ),
  'long-named-foundation.svg': monogram('ELF', 'Long-named foundation (sandbox logo)', '#2f5d8a'),
  'kids-and-co.svg': monogram('K&amp;C', 'Kids &amp; Co. (sandbox logo)', '#f2b705', '#1b1b1b'),
  'variant-keys-trust.svg': monogram('VKT', 'Variant Keys Trust (sandbox logo)', '#3a7d44'),
};
