// A grouped bar chart as a standalone SVG string (no chart library).
const esc = (s) =>
  String(s).replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c],
  );

/** A "nice" axis maximum and tick step covering `max`. */
function niceScale(max, ticks = 5) {
  if (!(max > 0)) return { top: 1, step: 0.2 };
  const raw = max / ticks;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  return { top: Math.ceil(max / step) * step, step };
}

/**
 * @param {{ title: string, unit?: string,
 *   groups: { label: string, values: number[] }[],
 *   series: { name: string, color: string }[] }} spec
 */
export function barChart({ title, unit = 'ms', groups, series }) {
  const W = 720;
  const H = 340;
  const m = { top: 44, right: 16, bottom: 64, left: 56 };
  const plotW = W - m.left - m.right;
  const plotH = H - m.top - m.bottom;
  const finite = groups.flatMap((g) => g.values).filter(Number.isFinite);
  const { top, step } = niceScale(Math.max(0, ...finite));
  const y = (v) => m.top + plotH - (v / top) * plotH;
  const groupW = plotW / groups.length;
  const barW = Math.min(36, (groupW * 0.8) / series.length);
  const out = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ` +
      `role="img" aria-labelledby="t" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" font-size="12">`,
    `<title id="t">${esc(title)}</title>`,
    `<rect width="${W}" height="${H}" fill="#ffffff"/>`,
    `<text x="${m.left}" y="22" font-size="14" font-weight="600" fill="#1f2933">${esc(title)}</text>`,
  );
  for (let v = 0; v <= top + step / 2; v += step) {
    const yy = y(v).toFixed(1);
    out.push(
      `<line x1="${m.left}" x2="${W - m.right}" y1="${yy}" y2="${yy}" stroke="#e4e7eb"/>`,
      `<text x="${m.left - 6}" y="${yy}" dy="4" text-anchor="end" fill="#52606d">${+v.toFixed(2)}</text>`,
    );
  }
  out.push(
    `<text transform="translate(14 ${m.top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#52606d">${esc(unit)}</text>`,
  );
  groups.forEach((g, gi) => {
    const x0 = m.left + gi * groupW + (groupW - barW * series.length) / 2;
    g.values.forEach((v, si) => {
      if (!Number.isFinite(v)) return;
      const bx = x0 + si * barW;
      const by = y(v);
      out.push(
        `<rect x="${(bx + 1).toFixed(1)}" y="${by.toFixed(1)}" width="${(barW - 2).toFixed(1)}" ` +
          `height="${(m.top + plotH - by).toFixed(1)}" fill="${series[si].color}">` +
          `<title>${esc(`${g.label}, ${series[si].name}: ${v.toFixed(0)} ${unit}`)}</title></rect>`,
        `<text x="${(bx + barW / 2).toFixed(1)}" y="${(by - 4).toFixed(1)}" text-anchor="middle" ` +
          `font-size="10" fill="#323f4b">${v.toFixed(0)}</text>`,
      );
    });
    out.push(
      `<text x="${(m.left + gi * groupW + groupW / 2).toFixed(1)}" y="${m.top + plotH + 18}" ` +
        `text-anchor="middle" fill="#1f2933">${esc(g.label)}</text>`,
    );
  });
  out.push(
    `<line x1="${m.left}" x2="${W - m.right}" y1="${m.top + plotH}" y2="${m.top + plotH}" stroke="#9aa5b1"/>`,
  );
  // Legend, one row under the axis.
  let lx = m.left;
  const ly = H - 18;
  for (const s of series) {
    out.push(
      `<rect x="${lx}" y="${ly - 10}" width="12" height="12" fill="${s.color}"/>`,
      `<text x="${lx + 16}" y="${ly}" fill="#323f4b">${esc(s.name)}</text>`,
    );
    lx += 28 + s.name.length * 6.6;
  }
  out.push('</svg>', '');
  return out.join('\n');
}
