/** The domain model shared by the generator, the database and the UI. */
import type { Feedback, Question } from '../quiz/model.ts';

export const CARD_TYPES = ['cloze', 'qa', 'mcq', 'truefalse', 'short'] as const;

/** The blank of a fill-in-the-blank prompt. */
export const BLANK = '_____';
export type CardType = (typeof CARD_TYPES)[number];

/**
 * What sort of thing a card's answer is, decided by the generator: options and false statements only ever use
 * answers of the same kind. `number` is a value with its unit ("26 m", "£4.6m"), `quantity` a plain count
 * ("eight", "27,000"), `work` a book, law, film or treaty.
 */
export const ANSWER_KINDS = [
	'person',
	'country',
	'city',
	'place',
	'organisation',
	'nationality',
	'year',
	'date',
	'number',
	'quantity',
	'role',
	'event',
	'work',
	'term'
] as const;
export type AnswerKind = (typeof ANSWER_KINDS)[number];

/** What a card asks; everything a person sees or edits. */
export interface CardContent {
	/** Stable hash of (deck, type, evidence, answer), kept when the card is edited. */
	id: string;
	type: CardType;
	prompt: string;
	/** For `truefalse`: "True" or "False". */
	answer: string;
	/** For `mcq`: four options including the answer once. For `truefalse`: ["True", "False"]. */
	choices?: string[];
	/** The source sentence as it stands in the article. */
	evidence: string;
	/** Cards that test the same fact share a sibling key (buried together for the day). */
	sibling?: string;
	/** The kind of thing the answer is; absent on cards made by hand, imported or made by older versions. */
	kind?: AnswerKind;
	/**
	 * Wrong answers of the answer's kind, chosen by the generator, for asking the card as multiple choice (an `mcq`
	 * card's `choices` are these and the answer). Absent when the article and the gazetteers give fewer than three.
	 */
	options?: string[];
	/** The sentence before the evidence, shown above the prompt when the prompt needs it to be understood. */
	context?: string;
}

/** An article split for reading: paragraphs of sentences; headings are paragraphs of kind "heading". */
export interface ArticleBlock {
	kind: 'paragraph' | 'heading';
	sentences: string[];
}

export interface Article {
	title: string;
	subtitle?: string;
	attribution?: string;
	blocks: ArticleBlock[];
}

/** What the generator returns for an article. */
export interface GeneratedDeck extends Article {
	/** Which version of the generator made the cards (a deck made by an older one can be regenerated). */
	generatorVersion: number;
	cards: CardContent[];
	/**
	 * How many more cards the generator held back below its quality threshold: offered as "more cards (may need
	 * editing)" and made by generating again with `more: true`.
	 */
	heldBack: number;
}

/** FSRS scheduling state, stored flat with epoch milliseconds so IndexedDB can index `due`. */
export interface SchedulingState {
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	learningSteps: number;
	reps: number;
	lapses: number;
	/** 0 New, 1 Learning, 2 Review, 3 Relearning (ts-fsrs `State`). */
	state: 0 | 1 | 2 | 3;
	lastReview?: number;
}

export interface Deck extends Article {
	id: string;
	/** The article as the user gave it (the plain text extracted from a file or page). */
	text: string;
	/** Where the article came from: a file's name, a web site or a shared link. Optional: no schema change. */
	source?: string;
	origin: 'default' | 'user' | 'shared';
	/** The version of the generator that made the deck's cards (1: before answer kinds); absent when none did. */
	generatorVersion?: number;
	createdAt: number;
	updatedAt: number;
}

export interface Card extends CardContent {
	deckId: string;
	srs: SchedulingState;
	suspended: boolean;
	/**
	 * Set (> 0) when a quiz marked the card for study: such cards come first in the study queue, higher first.
	 * Optional and unindexed, so no schema change; cleared once the card is rated.
	 */
	priority?: number;
	/**
	 * Set on a card exactly as the generator made it: regenerating the deck may reword it, or retire it when the
	 * generator no longer makes it. Cards a person wrote, edited, imported or asked for as "more cards" lack it, and
	 * regenerating keeps them as they are. Since database version 3.
	 */
	generated?: true;
	createdAt: number;
	updatedAt: number;
}

export type Rating = 1 | 2 | 3 | 4;

export interface ReviewLog {
	id: string;
	cardId: string;
	deckId: string;
	rating: Rating;
	/** State before the review. */
	state: SchedulingState['state'];
	due: number;
	stability: number;
	difficulty: number;
	elapsedDays: number;
	scheduledDays: number;
	reviewedAt: number;
	/** Time the person took to answer, in milliseconds. */
	durationMs: number;
}

export interface QuizAnswer {
	cardId: string;
	given: string;
	correct: boolean;
}

/**
 * A quiz taken. Saved after every answer: while it is under way `finishedAt` is absent, `answers` holds the
 * answers given so far (`score` counts those) and `questions` lets it be resumed. Older records are all finished.
 */
export interface QuizAttempt {
	id: string;
	deckId: string;
	startedAt: number;
	finishedAt?: number;
	answers: QuizAnswer[];
	score: number;
	total: number;
	/** The questions asked, in order (attempts saved since quizzes can be resumed). */
	questions?: Question[];
	feedback?: Feedback;
	/** A quiz from a link: the name the student typed, so a resumed quiz still sends it. */
	name?: string;
}

export type FinishedQuizAttempt = QuizAttempt & { finishedAt: number };
