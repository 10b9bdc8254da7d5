/**
 * What every page loads from storage, through the same services the pages call: a restored backup must let each of
 * them load without an error. Failures the pages show as a message (an undecodable shared link) are not errors.
 */
import { exportBackup, parseBackup } from '../../../src/lib/backup/index.ts';
import {
	exportAllStores,
	getDeck,
	getSettings,
	listCards,
	listDecks,
	listQuizAttempts,
	listSharedQuizzes,
	saveQuizProgress,
	type DatabaseDump
} from '../../../src/lib/db/index.ts';
import { toAnkiText, toCsv } from '../../../src/lib/exchange/text-export.ts';
import { openDeck, openLibrary } from '../../../src/lib/library/index.ts';
import { buildQuiz } from '../../../src/lib/quiz/build.ts';
import { classReport } from '../../../src/lib/quiz/class-report.ts';
import { grade } from '../../../src/lib/quiz/grade.ts';
import { DEFAULT_SETUP } from '../../../src/lib/quiz/model.ts';
import { unfinishedQuiz } from '../../../src/lib/quiz/quiz.service.ts';
import { seededRandom } from '../../../src/lib/quiz/random.ts';
import { readAnswers } from '../../../src/lib/share/answers.ts';
import { addResult, openClassQuiz, shareQuiz } from '../../../src/lib/share/class.service.ts';
import { ShareCodeError } from '../../../src/lib/share/errors.ts';
import { encodeResult } from '../../../src/lib/share/result-code.ts';
import { loadStats, openStudySession, studyOverview } from '../../../src/lib/study/index.ts';
import { NOW } from '../db/builders.ts';
import { createDatabaseAt } from '../db/database-at.ts';
import latest from '../../fixtures/db/v4.json' with { type: 'json' };

/** The latest fixture plus a quiz shared from this device with one student's result, and a quiz under way. */
export async function richDatabase(): Promise<DatabaseDump> {
	await createDatabaseAt(latest);
	const deck = (await getDeck('sahel-alliance'))!;
	const { questions } = buildQuiz(await listCards(deck.id), DEFAULT_SETUP, seededRandom(7));
	const { quizId } = await shareQuiz(deck, questions.slice(0, 4), { feedback: 'each' }, NOW);
	const answers = [0, 'Bamako', null, 'x'];
	await addResult(quizId, encodeResult({ quizId, name: 'Ada', answers }), NOW);
	const given = questions.slice(0, 2).map((q) => q.answer);
	await saveQuizProgress({
		id: 'q-open',
		deckId: deck.id,
		startedAt: NOW,
		answers: given.map((text, i) => ({ cardId: questions[i]!.cardId, given: text, correct: true })),
		score: 2,
		total: questions.length,
		questions,
		feedback: 'end',
		name: 'Ada'
	});
	return exportAllStores();
}

async function deckPages(deckId: string, now: number): Promise<void> {
	// Deck, quiz and share pages.
	const opened = await openDeck(deckId, now);
	if (!opened) throw new Error(`Deck ${deckId} listed but not found`);
	await Promise.all([listQuizAttempts(deckId), listSharedQuizzes(deckId), getSettings()]);
	const quiz = buildQuiz(opened.cards, DEFAULT_SETUP, seededRandom(1));
	grade(
		quiz.questions,
		quiz.questions.map((q) => q.answer)
	);
	const resumed = await unfinishedQuiz(deckId);
	if (resumed) grade(resumed.questions, resumed.given);
	toCsv(opened.cards);
	toAnkiText(opened.deck.title, opened.cards);
	// Study and statistics of the deck.
	const session = await openStudySession(deckId, () => now);
	session.preview();
	await loadStats(deckId, now);
	for (const shared of await listSharedQuizzes(deckId)) await resultsPage(shared.id);
}

async function resultsPage(quizId: string): Promise<void> {
	const opened = await openClassQuiz(quizId).catch((error: unknown) => {
		if (error instanceof ShareCodeError) return undefined;
		throw error;
	});
	if (!opened) return;
	const entries = opened.record.results.map((r) => ({
		name: r.name,
		given: readAnswers(opened.questions, r.answers)
	}));
	classReport(opened.questions, entries);
}

/**
 * Loads every page's data and studies one card of each queue, as a person would after a restore; then checks that
 * what is stored makes a backup this version accepts whole.
 */
export async function loadEveryPage(now: number): Promise<void> {
	await openLibrary(now);
	await studyOverview(now);
	await getSettings();
	const all = await openStudySession(undefined, () => now);
	if (all.current) await all.rate(3, 1000);
	await loadStats(undefined, now);
	for (const deck of await listDecks(now)) await deckPages(deck.id, now);

	const again = parseBackup((await exportBackup(now)).text);
	const { unknownFields, leftOut } = again.notes;
	if (unknownFields || Object.keys(leftOut).length)
		throw new Error(`A restored database backs up with notes: ${JSON.stringify(again.notes)}`);
}
