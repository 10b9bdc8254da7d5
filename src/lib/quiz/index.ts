/** Quizzes: built from a deck's cards or from a shared link, graded tolerantly, mistakes retried. */
export { answersByKind, buildQuiz, optionsFor, type AnswersByKind, type BuiltQuiz } from './build.ts';
export {
	classReport,
	type ClassEntry,
	type ClassReport,
	type QuestionRow,
	type StudentRow
} from './class-report.ts';
export { grade, isCorrect, mistakes, othersFor, type Graded } from './grade.ts';
export {
	DEFAULT_SETUP,
	type ClassResult,
	type SharedQuizRecord,
	QUESTION_KINDS,
	TRUE_FALSE,
	type Feedback,
	type Question,
	type QuestionContent,
	type QuestionKind,
	type QuizOptions,
	type QuizSetup,
	type SharedQuiz
} from './model.ts';
export { seededRandom, shuffled } from './random.ts';
export { sharedDeck, sharedDeckId, sharedQuestions } from './shared-deck.ts';
