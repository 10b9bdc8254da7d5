/**
 * Overgenerates: every card the article allows — every usable answer of every sentence that can be asked, in every
 * type its answer supports — with the features the ranker scores it by.
 */
import { BLANK, type AnswerKind, type CardType } from '../deck/model.ts';
import type { Analysis } from './analyse.ts';
import { featuresOf, type Features } from './features.ts';
import { answerFeatures, IMPORTANCE, probability, sentenceFeatures } from './importance.ts';
import { answerProblem, givesAway } from './filters.ts';
import { stableId } from './hash.ts';
import { answerKind, optionGroup } from './kinds.ts';
import { findLists, listQuestion } from './lists.ts';
import type { Mention, Sentence } from './mentions.ts';
import { buildPool, optionsFor, type OptionSet, type PoolEntry } from './options.ts';
import { predicate, purposeFact, questionFor } from './questions.ts';
import { rewrite, standing, type MainPerson, type Standing } from './references.ts';
import { articleStats, type ArticleStats } from './stats.ts';
import { clauseQuestion, type ClauseQuestion } from './clause-questions.ts';
import {
	aliasQuestion,
	countQuestion,
	definitionQuestion,
	passiveQuestion,
	type Template
} from './templates.ts';

/** How a question was formed (a ranker feature); "blank" is a cloze stem used as the prompt. */
export type QuestionForm =
	| 'blank'
	| 'subject'
	| 'role'
	| 'acronym'
	| 'speaker'
	| 'list'
	| 'purpose'
	| Template['form']
	| ClauseQuestion['form'];

/** One thing to ask: an answer in a sentence, and the ways to ask it. */
export interface Fact {
	sentence: Sentence;
	standing: Standing;
	answer: Mention;
	/** The answer as a card shows it (a person's full name). */
	answerText: string;
	kind: AnswerKind;
	/** The sentence with the answer blanked, as a card shows it. */
	stem: string;
	question?: string;
	form: QuestionForm;
	options: OptionSet;
	/** The importance models' estimates that a teacher would test the sentence, and this answer in it. */
	importance: { sentence: number; answer: number };
	/** Cards of one fact share it (buried together; at most one per quiz). */
	sibling: string;
}

export interface Candidate {
	fact: Fact;
	type: CardType;
	prompt: string;
	answer: string;
	/** True/false cards: whether the statement is true, and the option swapped in when it is not. */
	truth?: boolean;
	falseWith?: string;
	features: Features;
	/** The ranker's estimate that a judge accepts the card, 0 to 1 (set by `rank`). */
	score: number;
}

const words = (text: string) => text.split(/\s+/).length;

/**
 * Whether an answer names the article's own subject: its topic or main person, or only words of their names or of
 * the title's lead ("Mendel" in an article on Gregor Mendel, "Revolution" in one on the French Revolution).
 */
function isSubject(m: Mention, stats: ArticleStats): boolean {
	if (stats.subjects.has(m.key)) return true;
	// "Newtonian" is the subject's word too.
	const own = (w: string) =>
		stats.subjectWords.has(w) || [...stats.subjectWords].some((s) => s.length >= 5 && w.startsWith(s));
	const words = m.key.match(/\p{L}{3,}/gu) ?? [];
	return /^\p{Lu}/u.test(m.text) && words.length > 0 && words.every(own);
}

/** "the _____ (AES)": the acronym beside the blank spells the answer out. */
function acronymBeside(stem: string, answer: string): boolean {
	const acronym = /_____\s*\(([\p{Lu}\d]{2,8})\)/u.exec(stem)?.[1];
	const initials = (answer.match(/\b\p{Lu}/gu) ?? []).join('');
	return !!acronym && initials.length >= 2 && acronym.startsWith(initials.slice(0, 2));
}
const isShortAnswer = (text: string) => words(text) <= 4 && text.length <= 40;
const NO_OPTIONS = { options: [], fromArticle: 0, fromGazetteer: 0, generated: 0 };

function questionOf(
	s: Sentence,
	m: Mention,
	analysis: Analysis,
	st: Standing
): { question?: string; form: QuestionForm } {
	const q = questionFor(s, m, analysis.names);
	if (q) {
		const form: QuestionForm = q.startsWith('What does')
			? 'acronym'
			: q.startsWith('Who said')
				? 'speaker'
				: /^Who (?:is|was) /.test(q) && !q.includes(s.text.slice(m.end).trim().slice(0, 12))
					? 'role'
					: 'subject';
		return { question: q, form };
	}
	const moved = clauseQuestion(s, m, st.mode === 'resolved' ? st.person : undefined);
	if (moved) return moved;
	const t = passiveQuestion(s, m) ?? countQuestion(s, m, (from) => predicate(s, from));
	return t ? { question: t.question, form: t.form } : { form: 'blank' };
}

/** The types a fact can be asked in. */
function typesFor(f: Fact): CardType[] {
	const long = words(f.sentence.text) > 45;
	const types: CardType[] = [];
	if (f.form === 'definition' || f.form === 'purpose') return ['qa'];
	if (!long && f.form !== 'acronym' && words(f.answerText) <= 6) types.push('cloze');
	if (f.question) types.push('qa');
	if (f.options.options.length >= 3 && (f.question || !long)) types.push('mcq');
	if (isShortAnswer(f.answerText) && (f.question || !long) && !f.answer.key.startsWith('list:'))
		types.push('short');
	const quoted = /["“”]|''/.test(f.sentence.text);
	// A false statement made by swapping a name too often reads as nonsense ("Mardy Fish beat Roland Garros"); a
	// wrong year or number reads as a plausible mistake.
	const falsifiable = /^(?:year|number|quantity)$/.test(f.kind);
	if (f.options.options.length >= 1 && words(f.sentence.text) <= 40 && falsifiable && !quoted)
		types.push('truefalse');
	return types;
}

/**
 * The option a false statement swaps in: the one furthest from the true value, so that the statement is clearly
 * wrong rather than a one-digit slip ("1832" for "1838").
 */
function clearlyWrong(answer: string, options: string[]): string {
	const value = (x: string) => Number(/\d[\d,]*(?:\.\d+)?/.exec(x)?.[0]?.replace(/,/g, '') ?? NaN);
	const a = value(answer);
	if (!Number.isFinite(a) || a === 0) return options[0] as string;
	return [...options].sort((x, y) => Math.abs(value(y) - a) - Math.abs(value(x) - a))[0] as string;
}

function cardsOf(f: Fact, stats: ArticleStats, total: number): Candidate[] {
	const out: Candidate[] = [];
	const make = (type: CardType, prompt: string, answer: string, extra: Partial<Candidate> = {}) =>
		out.push({ fact: f, type, prompt, answer, ...extra, features: {}, score: 0 });
	for (const type of typesFor(f)) {
		if (type === 'cloze') make(type, f.stem, f.answerText);
		else if (type === 'qa') make(type, f.question as string, f.answerText);
		else if (type === 'short' || type === 'mcq') make(type, f.question ?? f.stem, f.answerText);
		else {
			const wrong = clearlyWrong(f.answerText, f.options.options);
			make(type, `True or false: ${f.stem.replace(BLANK, wrong)}`, 'False', {
				truth: false,
				falseWith: wrong
			});
		}
	}
	for (const c of out) c.features = featuresOf(c, stats, total);
	return out;
}

/** A true statement: the sentence itself, once per sentence. */
function trueStatement(
	s: Sentence,
	st: Standing,
	stats: ArticleStats,
	total: number,
	sibling: string,
	sentenceImportance: number
): Candidate {
	const fact: Fact = {
		sentence: s,
		standing: st,
		answer: { text: 'True', start: 0, end: 0, first: 0, last: 0, kind: 'term', key: 'true' },
		answerText: 'True',
		kind: 'term',
		stem: rewrite(s.text, st),
		form: 'blank',
		options: NO_OPTIONS,
		importance: { sentence: sentenceImportance, answer: 0 },
		sibling
	};
	const c: Candidate = {
		fact,
		type: 'truefalse',
		prompt: `True or false: ${fact.stem}`,
		answer: 'True',
		truth: true,
		features: {},
		score: 0
	};
	c.features = featuresOf(c, stats, total);
	return c;
}

export function candidates(analysis: Analysis, title: string): Candidate[] {
	const { sentences, names } = analysis;
	const stats = articleStats(sentences, title);
	const display = (m: Mention) => (m.kind === 'person' ? (names.persons.get(m.key) ?? m.text) : m.text);
	const kinds = new Map<Mention, AnswerKind>();
	const kindOf = (s: Sentence, m: Mention) =>
		kinds.get(m) ?? (kinds.set(m, answerKind(m, s)), kinds.get(m) as AnswerKind);
	const entries = (s: Sentence): PoolEntry[] =>
		s.mentions.map((m) => ({
			text: display(m),
			key: m.key,
			kind: kindOf(s, m),
			group: optionGroup(m, kindOf(s, m)),
			n: 0
		}));
	const pool = buildPool(sentences, entries, stats.subjects);
	const isPerson = (text: string) =>
		names.persons.has(text.toLowerCase()) ||
		sentences.some((s) => s.mentions.some((m) => m.kind === 'person' && m.text === text));
	const out: Candidate[] = [];
	let previous: Standing | undefined;
	let about: MainPerson | undefined;
	for (const s of sentences) {
		const st = standing(s, sentences[s.index - 1], previous, display, stats.topicNouns, about);
		// The first sentence that names the main person and reads on its own introduces them to later cards.
		if (
			!about &&
			stats.mainPerson &&
			st.mode === 'alone' &&
			s.mentions.some((m) => m.key === stats.mainPerson)
		)
			about = { key: stats.mainPerson, pronoun: stats.mainPronoun, introduction: s.text };
		previous = st;
		if (st.mode === 'unusable') continue;
		const facts: Fact[] = [];
		const sentenceImportance = probability(sentenceFeatures(s, stats, sentences.length), IMPORTANCE.sentence);
		const add = (
			answer: Mention,
			kind: AnswerKind,
			q: { question?: string; form: QuestionForm },
			withOptions: boolean
		) => {
			// The answer as the sentence gives it: what fills the blank ("Ms _____" takes "Borthwick").
			const answerText = answer.text;
			const blanked = s.text.slice(0, answer.start) + BLANK + s.text.slice(answer.end);
			const stem = rewrite(blanked, st);
			if (!stem.includes(BLANK) || givesAway(stem, answerText) || acronymBeside(stem, answerText)) return;
			if (q.question && givesAway(q.question, answerText)) return;
			const options = withOptions
				? optionsFor(pool, s, answer, kind, optionGroup(answer, kind), stem)
				: NO_OPTIONS;
			const importance = {
				sentence: sentenceImportance,
				answer: probability(answerFeatures(s, answer, kind, stats), IMPORTANCE.answer)
			};
			facts.push({
				sentence: s,
				standing: st,
				answer,
				answerText,
				kind,
				stem,
				...q,
				options,
				importance,
				sibling: stableId(s.text, answer.key)
			});
		};
		const purpose = purposeFact(s);
		if (purpose) add(purpose.answer, 'term', { question: purpose.question, form: 'purpose' }, false);
		const definition = definitionQuestion(s, isPerson);
		if (definition)
			add(definition.answer, 'term', { question: definition.question, form: 'definition' }, false);
		const alias = aliasQuestion(s);
		if (alias) add(alias.answer, 'term', { question: alias.question, form: 'alias' }, false);
		for (const list of findLists(s)) {
			const question = listQuestion(s, list, (from) => predicate(s, from));
			add(list, kindOf(s, list), question ? { question, form: 'list' } : { form: 'blank' }, false);
		}
		// The article's own subject is no answer: everyone who read it knows it.
		for (const m of s.mentions)
			if (!isSubject(m, stats) && !answerProblem(s, m, stats.recurring.get(m.key) ?? 1))
				add(m, kindOf(s, m), questionOf(s, m, analysis, st), true);
		for (const f of facts) out.push(...cardsOf(f, stats, sentences.length));
		// A quotation is someone's opinion: no statement to call true or false.
		if (words(s.text) <= 40 && !/["“”]|''/.test(s.text))
			out.push(
				trueStatement(s, st, stats, sentences.length, stableId(s.text, 'statement'), sentenceImportance)
			);
	}
	return out;
}
