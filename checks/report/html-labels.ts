// The words of the HTML report, in the reader's language: templates from
// the catalogs (ids html.*), filled in by the page ({n}, {what}…).
import { template, type Lang, type MessageKey } from '../i18n/index.ts';

const IDS = {
  title: 'html.title',
  stepTitle: 'html.stepTitle',
  unconfined: 'html.unconfined',
  submission: 'html.submission',
  step: 'html.step',
  total: 'html.total',
  sortBy: 'html.sortBy',
  fault: 'html.fault',
  budget: 'html.budget',
  notGraded: 'html.notGraded',
  pickCell: 'html.pickCell',
  wrongTitle: 'html.wrongTitle',
  wrongNone: 'html.wrongNone',
  wrongAxis: 'html.wrongAxis',
  wrongAxisOne: 'html.wrongAxisOne',
  pass: 'html.pass',
  fail: 'html.fail',
  skip: 'html.skip',
  faultVerdict: 'html.faultVerdict',
  hint: 'html.hint',
  points: 'html.points',
  checker: 'html.checker',
  program: 'html.program',
  failedHere: 'html.failedHere',
  diagramCaption: 'html.diagramCaption',
  legend: 'html.legend',
} as const satisfies Record<string, MessageKey>;

export type HtmlLabels = Record<keyof typeof IDS, string>;

export function htmlLabels(lang: Lang): HtmlLabels {
  return Object.fromEntries(Object.entries(IDS).map(([label, id]) => [label, template(lang, id)])) as HtmlLabels;
}
