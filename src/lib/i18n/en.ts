/** Every string the interface shows, in English. A French catalogue will have the same shape. */
import { data } from './en/data.ts';
import { core } from './en/core.ts';
import { offline } from './en/offline.ts';
import { quiz } from './en/quiz.ts';
import { study } from './en/study.ts';

export const en = { ...core, ...study, ...quiz, ...data, ...offline };

export type Catalogue = typeof en;
