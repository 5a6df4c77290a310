// The HTML report's style sheet: system fonts only (no download), fits a
// laptop screen, and prints: the chosen step and the chart on paper, in colour.
export const HTML_STYLE = `
:root { --fg:#1d232a; --muted:#5b6570; --line:#d4d9de; --pass:#1f7a3a; --fail:#b3261e; --skip:#6b6f75; --fin:#1d5fbf; --rst:#c62828; }
* { box-sizing: border-box; }
body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; color: var(--fg); margin: 0 auto; padding: 16px 24px 40px; max-width: 1200px; }
h1 { font-size: 20px; margin: 0 0 12px; }
.unconfined { border: 2px solid var(--fail); color: var(--fail); padding: 8px 12px; font-weight: 600; }
h2 { font-size: 17px; margin: 24px 0 8px; }
h2 .meta { margin-left: 12px; }
.meta { color: var(--muted); font-size: 12px; font-weight: normal; margin-left: auto; padding-left: 12px; white-space: nowrap; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; }
th, td { border: 1px solid var(--line); padding: 0; text-align: center; }
thead th { padding: 4px 8px; background: #f4f6f8; font-weight: 600; white-space: nowrap; }
th.name { text-align: left; padding: 4px 10px; font-weight: normal; max-width: 260px; overflow-wrap: anywhere; }
td.total { padding: 4px 10px; font-weight: 600; white-space: nowrap; }
td.none { color: var(--muted); padding: 4px 10px; }
button.cell { font: inherit; font-variant-numeric: tabular-nums; border: 0; width: 100%; min-width: 64px; padding: 5px 8px; cursor: pointer; color: inherit; }
button.cell:hover, button.cell:focus-visible { outline: 2px solid #333; outline-offset: -2px; }
button.cell.selected { outline: 3px solid #111; outline-offset: -3px; font-weight: 700; }
button.cell.fault { box-shadow: inset 0 0 0 2px #7a4c00; font-weight: 700; }
button.cell.budget { background-image: repeating-linear-gradient(45deg, transparent 0 6px, rgba(0,0,0,.08) 6px 12px) !important; }
button.sort { font: inherit; font-weight: 600; background: none; border: 0; cursor: pointer; padding: 0; }
p.note { color: var(--muted); margin: 6px 0; font-size: 13px; }
#detail:empty::before { content: attr(data-empty); color: var(--muted); display: block; margin-top: 20px; }
details.check { border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 6px 10px; }
details.check > summary { cursor: pointer; display: flex; align-items: baseline; gap: 4px; }
.verdict { display: inline-block; min-width: 84px; font-size: 12px; font-weight: 700; text-transform: uppercase; letter-spacing: .03em; }
.verdict.pass { color: var(--pass); } .verdict.fail { color: var(--fail); } .verdict.skip { color: var(--skip); } .verdict.fault { color: #7a4c00; }
pre.message { background: #f6f7f9; border-left: 3px solid var(--fail); padding: 8px 10px; margin: 8px 0; white-space: pre-wrap; overflow-wrap: anywhere; font: 12.5px/1.4 ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
details.skip pre.message { border-left-color: var(--skip); }
p.hint { margin: 6px 0; }
figure { margin: 8px 0 4px; overflow-x: auto; }
figcaption { color: var(--muted); font-size: 12px; }
svg.diagram { display: block; max-width: 100%; height: auto; font: 12px ui-monospace, "DejaVu Sans Mono", Menlo, monospace; }
svg .actor { fill: #eef2f6; stroke: #8a96a3; }
svg .actor-name { font-weight: 700; font-family: system-ui, sans-serif; }
svg .lifeline { stroke: #8a96a3; stroke-dasharray: 4 3; }
svg .time { fill: var(--muted); }
svg .shaft { stroke: #333; stroke-width: 1.4; }
svg .head-plain { fill: #333; } svg .head-fin { fill: var(--fin); } svg .head-rst { fill: var(--rst); }
svg .in .shaft, svg .out .shaft { stroke: #777; stroke-dasharray: 5 3; }
svg .out .label, svg .in .label { fill: #555; }
svg .connect .shaft { stroke: #2e7d32; } svg .dot { fill: #2e7d32; }
svg .fin-peer .shaft, svg .fin-self .shaft { stroke: var(--fin); stroke-width: 2; } svg .fin-peer .label, svg .fin-self .label { fill: var(--fin); font-weight: 700; }
svg .rst-peer .shaft, svg .rst-self .shaft { stroke: var(--rst); stroke-width: 2.4; } svg .rst-peer .label, svg .rst-self .label { fill: var(--rst); font-weight: 700; }
svg .box.start { fill: #2e7d32; } svg .box.exit { fill: #444; }
svg .note { fill: #444; font-style: italic; }
svg .fail-line { stroke: var(--fail); stroke-width: 2.5; stroke-dasharray: 8 4; }
svg .fail-mark { fill: var(--fail); font-size: 18px; font-weight: 700; }
svg .fail-text { fill: var(--fail); font-weight: 700; }
svg .label { white-space: pre; }
ol.bars { list-style: none; padding: 0; margin: 0; }
ol.bars li { display: grid; grid-template-columns: minmax(220px, 2fr) 3fr minmax(170px, auto); gap: 10px; align-items: center; padding: 3px 0; border-bottom: 1px solid #eef0f2; }
.bar-track { background: #f0f2f4; height: 14px; border-radius: 3px; overflow: hidden; }
.bar { display: block; height: 100%; background: var(--fail); }
.bar-count { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
@media print {
  body { max-width: none; padding: 0; font-size: 11px; }
  button.cell { min-width: 0; padding: 2px 4px; }
  button.sort { pointer-events: none; }
  details.check { break-inside: avoid; }
  figure { overflow: visible; }
  #wrong { break-before: page; }
}
`;
