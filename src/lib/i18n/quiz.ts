/**
 * The strings of quizzes, shared quizzes and their results with the frame's: what a student's first page (/play)
 * loads. Components shown on those pages import `t` from here.
 */
import { quiz } from './en/quiz.ts';
import { shell } from './en/shell.ts';

export { formatDate, formatDuration } from './format.ts';

export const t = { ...shell, ...quiz };
