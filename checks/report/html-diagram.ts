// Runs in the browser: a failed check's transcript drawn as a sequence
// diagram, the checker and the program as two lifelines, time downwards.
// Every text goes in through textContent: what a program printed is shown,
// never interpreted.
import type { RowKind } from './html-data.ts';

/** A transcript row with its text: ms since the check started, kind, who speaks, text. */
export type DrawnRow = [at: number, kind: RowKind, who: string, text: string];
import type { HtmlLabels } from './html-labels.ts';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 820;
const CHECKER_X = 190;
const PROGRAM_X = 700;
const TOP = 46;
const ROW_H = 30;
const LABEL_MAX = 64;

type El = Record<string, string | number>;

function el(name: string, attrs: El, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

function short(text: string): string {
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

/** Which way an arrow goes: right is from the checker to the program. */
const ARROWS: Partial<Record<RowKind, 'right' | 'left'>> = {
  send: 'right',
  in: 'right',
  'fin-self': 'right',
  'rst-self': 'right',
  recv: 'left',
  out: 'left',
  'fin-peer': 'left',
  'rst-peer': 'left',
};

/** The label an arrow carries: the text, prefixed by the connection or stream it went through. */
function label(kind: RowKind, who: string, text: string): string {
  if (kind === 'fin-peer' || kind === 'fin-self') return `${who} FIN`;
  if (kind === 'rst-peer' || kind === 'rst-self') return `${who} RST`;
  return `${who}: ${text}`;
}

function arrow(g: SVGElement, y: number, dir: 'right' | 'left', kind: RowKind): void {
  const [x1, x2] = dir === 'right' ? [CHECKER_X, PROGRAM_X] : [PROGRAM_X, CHECKER_X];
  g.append(el('line', { x1, y1: y, x2: x2 + (dir === 'right' ? -2 : 2), y2: y, class: 'shaft', 'marker-end': `url(#head-${kind.startsWith('rst') ? 'rst' : kind.startsWith('fin') ? 'fin' : 'plain'})` }));
}

export function drawDiagram(rows: DrawnRow[], failure: { at: number; text: string }, t: HtmlLabels): SVGSVGElement {
  const height = TOP + (rows.length + 1) * ROW_H + 24;
  const svg = el('svg', { class: 'diagram', viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, role: 'img' }) as SVGSVGElement;
  svg.append(el('title', {}, t.diagramCaption));
  const defs = el('defs', {});
  for (const head of ['plain', 'fin', 'rst']) {
    const marker = el('marker', { id: `head-${head}`, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 8, markerHeight: 8, orient: 'auto-start-reverse' });
    marker.append(el('path', { d: 'M0,0 L10,5 L0,10 z', class: `head head-${head}` }));
    defs.append(marker);
  }
  svg.append(defs);
  for (const [x, name, cls] of [[CHECKER_X, t.checker, 'checker'], [PROGRAM_X, t.program, 'program']] as const) {
    svg.append(el('rect', { x: x - 60, y: 4, width: 120, height: 24, rx: 4, class: `actor ${cls}` }));
    svg.append(el('text', { x, y: 21, class: 'actor-name', 'text-anchor': 'middle' }, name));
    svg.append(el('line', { x1: x, y1: 28, x2: x, y2: height - 8, class: `lifeline ${cls}` }));
  }
  rows.forEach(([at, kind, who, text], i) => {
    const y = TOP + i * ROW_H + ROW_H / 2;
    const g = el('g', { class: `row ${kind}`, 'data-kind': kind });
    g.append(el('title', {}, `+${at} ms · ${who} · ${text}`));
    g.append(el('text', { x: 8, y: y + 4, class: 'time' }, `+${at} ms`));
    const dir = ARROWS[kind];
    if (dir) {
      arrow(g, y, dir, kind);
      g.append(el('text', { x: (CHECKER_X + PROGRAM_X) / 2, y: y - 5, class: 'label', 'text-anchor': 'middle' }, short(label(kind, who, text))));
    } else if (kind === 'connect') {
      // The handshake: drawn from the side that connected to the one listening.
      const fromProgram = /^the client connected|^le client/.test(text);
      g.append(el('circle', { cx: fromProgram ? PROGRAM_X : CHECKER_X, cy: y, r: 4, class: 'dot' }));
      arrow(g, y, fromProgram ? 'left' : 'right', kind);
      g.append(el('text', { x: (CHECKER_X + PROGRAM_X) / 2, y: y - 5, class: 'label', 'text-anchor': 'middle' }, short(`${who}: ${text}`)));
    } else if (kind === 'start' || kind === 'exit') {
      g.append(el('rect', { x: PROGRAM_X - 8, y: y - 8, width: 16, height: 16, class: `box ${kind}` }));
      g.append(el('text', { x: PROGRAM_X - 14, y: y + 4, class: 'note', 'text-anchor': 'end' }, short(text)));
    } else {
      g.append(el('text', { x: (CHECKER_X + PROGRAM_X) / 2, y: y + 4, class: 'note', 'text-anchor': 'middle' }, short(`${who}: ${text}`)));
    }
    svg.append(g);
  });
  // Where the expectation failed: a red band across both lifelines, after the last row.
  const y = TOP + rows.length * ROW_H + ROW_H / 2;
  const g = el('g', { class: 'row fail-point', 'data-kind': 'fail-point' });
  g.append(el('title', {}, `${t.failedHere}: ${failure.text}`));
  g.append(el('text', { x: 8, y: y + 4, class: 'time' }, `+${failure.at} ms`));
  g.append(el('line', { x1: CHECKER_X - 20, y1: y, x2: PROGRAM_X + 20, y2: y, class: 'fail-line' }));
  g.append(el('text', { x: CHECKER_X - 24, y: y + 5, class: 'fail-mark', 'text-anchor': 'end' }, '✗'));
  g.append(el('text', { x: (CHECKER_X + PROGRAM_X) / 2, y: y - 5, class: 'label fail-text', 'text-anchor': 'middle' }, short(failure.text)));
  svg.append(g);
  return svg;
}
