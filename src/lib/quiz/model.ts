/** What a quiz asks and how it went: shared by quizzes from a deck and quizzes from a link. */

export const QUESTION_KINDS = ['mcq', 'truefalse', 'short'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

export const TRUE_FALSE = ['True', 'False'] as const;

/** One question as it travels in a link: no card id. */
export interface QuestionContent {
	kind: QuestionKind;
	prompt: string;
	answer: string;
	/** `mcq`: the options, the answer once among them. `truefalse`: ["True", "False"]. */
	choices?: string[];
	/** The article's sentence that holds the answer. */
	evidence: string;
	/** The sentence before the evidence, shown above the prompt when the card has one. */
	context?: string;
}

export interface Question extends QuestionContent {
	/** The card this question was made from (for a shared quiz: the card saved in the student's library). */
	cardId: string;
}

export type Feedback = 'each' | 'end';

export interface QuizOptions {
	/** After each question, or all at the end. */
	feedback: Feedback;
}

/** A whole quiz as a teacher shares it. */
export interface SharedQuiz {
	title: string;
	attribution?: string;
	options: QuizOptions;
	questions: QuestionContent[];
}

/** What the person chose before a quiz from a deck. */
export interface QuizSetup {
	count: number;
	kinds: QuestionKind[];
	feedback: Feedback;
}

export const DEFAULT_SETUP: QuizSetup = { count: 10, kinds: ['mcq', 'truefalse', 'short'], feedback: 'each' };

/** One student's result code as the teacher received it; the score is worked out from the answers. */
export interface ClassResult {
	/** The code itself: the same code pasted twice is the same result. */
	code: string;
	name: string;
	/** As the code carries them: a choice's place, typed text, or null. */
	answers: (number | string | null)[];
	addedAt: number;
}

/** A quiz the teacher shared from a deck, with the class's results. */
export interface SharedQuizRecord {
	/** The quiz id, a hash of its content; result codes name it. */
	id: string;
	deckId: string;
	title: string;
	/** The link's fragment: the whole quiz. */
	code: string;
	createdAt: number;
	results: ClassResult[];
}
