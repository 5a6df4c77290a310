// Takes a step's quiz in the terminal: one question at a time, the
// explanation right after each answer, a score at the end.
import { Chalk } from 'chalk';
import { render, translator, type Lang } from '../i18n/index.ts';
import { quizFor } from '../quiz/index.ts';
import { isRight, type Question } from '../quiz/types.ts';
import { wantsColor } from '../report/pretty.ts';
import { foldWidth, wrap } from '../report/wrap.ts';
import { foldRuns, parseInline } from './markdown-inline.ts';
import { input, select } from './prompts.ts';

export async function takeQuiz(step: number, lang: Lang): Promise<void> {
  const t = translator(lang);
  const c = new Chalk({ level: wantsColor(process.stdout) ? 1 : 0 });
  const width = foldWidth();
  const questions = quizFor(step);
  if (!questions.length) {
    console.log(t('quiz.none'));
    return;
  }
  console.log(c.bold(`\n${t('quiz.title', { n: step, count: questions.length })}\n`));
  let right = 0;
  for (const [i, q] of questions.entries()) {
    const label = `${i + 1}/${questions.length}  ${render(lang, q.question)}`;
    const given = await ask(q, label, lang);
    const ok = isRight(q, given);
    if (ok) right++;
    const verdict = ok ? t('quiz.right') : t('quiz.wrong', { answer: expected(q, lang) });
    console.log(wrap(verdict, width).map((l) => (ok ? c.green(l) : c.red(l))).join('\n'));
    // Explanations quote code (`accept()`): rendered like the README's, not with raw backticks.
    console.log(`${foldRuns(parseInline(render(lang, q.explanation)), width, c).map((l) => c.dim(l)).join('\n')}\n`);
  }
  console.log(c.bold(t('quiz.score', { right, total: questions.length })));
}

/** Asks one question; the answered question shows the answer's text, marked ✔ when right, ✗ when wrong. */
async function ask(q: Question, label: string, lang: Lang): Promise<number | string> {
  if (q.kind === 'short') return input(`${label}\n  ${translator(lang)('quiz.answer')}`, '', (typed) => isRight(q, typed));
  const choices = q.choices.map((choice, i) => ({ name: String(i), message: render(lang, choice) }));
  return Number(await select(label, choices, 0, (name) => isRight(q, Number(name))));
}

function expected(q: Question, lang: Lang): string {
  return q.kind === 'choice' ? render(lang, q.choices[q.answer]) : render(lang, q.answer);
}
