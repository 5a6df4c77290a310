// Runs in the browser: builds the grid, a submission's step and the class
// chart from the data embedded in the page. No network, no innerHTML: text
// from programs is set with textContent only.
import { drawDiagram } from './html-diagram.ts';
import type { CellView, CheckView, ReportData, SubmissionView } from './html-data.ts';
import type { HtmlLabels } from './html-labels.ts';

const data = JSON.parse(document.getElementById('report-data')!.textContent!) as ReportData & { labels: HtmlLabels };
const t = data.labels;

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k]));
}

function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

/** A score's colour: red at 0, amber half way, green when full. */
function scoreColor(pts: number, max: number): string {
  const ratio = max > 0 ? pts / max : 0;
  return `hsl(${Math.round(ratio * 120)} 70% ${ratio === 1 ? 80 : 86}%)`;
}

let sortKey: 'name' | 'total' = 'name';
let descending = false;
let selected: { sub: number; step: number } | null = null;

function sorted(): { sub: SubmissionView; index: number }[] {
  const rows = data.subs.map((sub, index) => ({ sub, index }));
  const score = (s: SubmissionView) => s.pts / (s.max || 1);
  // Equal totals stay in name order, whichever way the totals go.
  const by = (a: SubmissionView, b: SubmissionView) => (descending ? -1 : 1) * (sortKey === 'name' ? a.name.localeCompare(b.name) : score(a) - score(b)) || a.name.localeCompare(b.name);
  rows.sort((a, b) => by(a.sub, b.sub));
  return rows;
}

function sortButton(key: 'name' | 'total', text: string): HTMLElement {
  const arrow = sortKey === key ? (descending ? ' ▼' : ' ▲') : '';
  const button = h('button', { type: 'button', class: 'sort', 'data-sort': key, title: fill(t.sortBy, { what: text }) }, text + arrow);
  button.addEventListener('click', () => {
    descending = sortKey === key ? !descending : key === 'total';
    sortKey = key;
    renderGrid();
  });
  return button;
}

function cellButton(cell: CellView | null, sub: number, step: number): HTMLElement {
  if (!cell) return h('td', { class: 'cell none', title: t.notGraded }, '–');
  const marks = (cell.fault ? ' !' : '') + (cell.budget ? ' ⏱' : '');
  const title = [cell.fault ? t.fault : '', cell.budget ? t.budget : ''].filter(Boolean).join('\n');
  const button = h('button', { type: 'button', class: `cell${cell.fault ? ' fault' : ''}${cell.budget ? ' budget' : ''}`, 'data-sub': String(sub), 'data-step': String(step), style: `background:${scoreColor(cell.pts, cell.max)}` }, `${cell.pts}/${cell.max}${marks}`);
  if (title) button.title = title;
  if (selected?.sub === sub && selected.step === step) button.classList.add('selected');
  button.addEventListener('click', () => select(sub, step));
  return h('td', {}, button);
}

function renderGrid(): void {
  const head = h('tr', {}, h('th', {}, sortButton('name', t.submission)), ...data.steps.map((s) => h('th', { title: s.title }, fill(t.step, { n: s.n }))), h('th', {}, sortButton('total', t.total)));
  const body = sorted().map(({ sub, index }) =>
    h('tr', {}, h('th', { scope: 'row', class: 'name' }, sub.name), ...sub.cells.map((c, i) => cellButton(c, index, i)), h('td', { class: 'total', style: `background:${scoreColor(sub.pts, sub.max)}` }, `${sub.pts}/${sub.max}`)),
  );
  const table = h('table', { id: 'grid' }, h('thead', {}, head), h('tbody', {}, ...body));
  document.getElementById('grid-place')!.replaceChildren(table);
  const notes: string[] = [];
  if (data.subs.some((s) => s.cells.some((c) => c?.fault))) notes.push(`! ${t.fault}`);
  if (data.subs.some((s) => s.cells.some((c) => c?.budget))) notes.push(`⏱ ${t.budget}`);
  document.getElementById('grid-notes')!.replaceChildren(...notes.map((n) => h('p', { class: 'note' }, n)));
}

/** The line of a failure message that says what was expected, else its first line. */
function expectation(msg: string | undefined): string {
  const rows = (msg ?? '').split('\n');
  return (rows.find((r) => /^(expected|attendu)/.test(r)) ?? rows[0] ?? '').trim();
}

function checkBlock(step: number, c: CheckView): HTMLElement {
  const info = data.catalog[`${step}/${c.id}`];
  const verdict = c.fault ? t.faultVerdict : t[c.status];
  const summary = h('summary', {}, h('span', { class: `verdict ${c.fault ? 'fault' : c.status}` }, verdict), ' ', h('span', { class: 'check-title' }, info.title), h('span', { class: 'meta' }, `${c.pts}/${c.max} · ${c.ms} ms`));
  const block = h('details', { class: `check ${c.status}`, 'data-check': c.id }, summary);
  if (c.status === 'fail') block.open = true;
  if (c.msg) block.append(h('pre', { class: 'message' }, c.msg));
  if (c.status === 'fail' && info.hint) block.append(h('p', { class: 'hint' }, h('strong', {}, t.hint), info.hint));
  if (c.rows?.length) {
    block.append(h('figure', {}, drawDiagram(c.rows.map(([at, kind, who, text]) => [at, kind, who, data.texts[text]]), { at: c.ms, text: expectation(c.msg) }, t), h('figcaption', {}, `${t.diagramCaption} ${t.legend}`)));
  }
  return block;
}

function select(sub: number, step: number): void {
  selected = { sub, step };
  const s = data.subs[sub];
  const cell = s.cells[step]!;
  history.replaceState(null, '', `#${sub}-${step}`);
  const title = h('h2', {}, `${s.name} · ${fill(t.step, { n: cell.step })} — ${cell.title}`, h('span', { class: 'meta' }, fill(t.points, { pts: cell.pts, max: cell.max })));
  document.getElementById('detail')!.replaceChildren(title, ...cell.checks.map((c) => checkBlock(cell.step, c)));
  renderGrid();
}

function renderWrong(): void {
  const place = document.getElementById('wrong')!;
  if (data.subs.length < 2) return place.remove();
  const bars = data.wrong.map((w) =>
    h(
      'li',
      { 'data-check': `${w.step}/${w.id}` },
      h('span', { class: 'bar-label' }, `${fill(t.step, { n: w.step })} · ${w.title}`),
      h('span', { class: 'bar-track' }, h('span', { class: 'bar', style: `width:${(100 * w.failed) / w.graded}%` })),
      h('span', { class: 'bar-count' }, fill(w.failed < 2 ? t.wrongAxisOne : t.wrongAxis, { failed: w.failed, graded: w.graded })),
    ),
  );
  place.append(bars.length ? h('ol', { class: 'bars' }, ...bars) : h('p', {}, t.wrongNone));
}

renderGrid();
renderWrong();
// On paper every check of the opened step shows its message and diagram.
addEventListener('beforeprint', () => document.querySelectorAll('#detail details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
const linked = /^#(\d+)-(\d+)$/.exec(location.hash);
if (linked && data.subs[+linked[1]]?.cells[+linked[2]]) select(+linked[1], +linked[2]);
else if (data.subs.length === 1 && data.subs[0].cells.length === 1 && data.subs[0].cells[0]) select(0, 0);
