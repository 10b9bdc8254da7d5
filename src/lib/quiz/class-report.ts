import type { Question } from './model.ts';
import { grade } from './grade.ts';

/** One student's answers as the teacher received them. */
export interface ClassEntry {
	name: string;
	given: string[];
}

export interface StudentRow {
	name: string;
	score: number;
	total: number;
	correct: boolean[];
}

export interface QuestionRow {
	question: Question;
	/** Share of students who got it right, 0–1; 0 when nobody answered yet. */
	rate: number;
	wrong: number;
}

export interface ClassReport {
	students: StudentRow[];
	questions: QuestionRow[];
	/** Questions most students missed, worst first (only those someone missed). */
	mostMissed: QuestionRow[];
}

/** Scores worked out from the answers themselves: a code never carries a score to trust. */
export function classReport(questions: readonly Question[], entries: readonly ClassEntry[]): ClassReport {
	const students = entries.map(({ name, given }) => {
		const graded = grade(questions, given);
		return { name, score: graded.score, total: graded.total, correct: graded.answers.map((a) => a.correct) };
	});
	const rows = questions.map((question, i) => {
		const right = students.filter((s) => s.correct[i]).length;
		return { question, rate: students.length ? right / students.length : 0, wrong: students.length - right };
	});
	const mostMissed = rows
		.filter((row) => row.wrong > 0)
		.sort((a, b) => b.wrong - a.wrong)
		.slice(0, 3);
	return { students, questions: rows, mostMissed };
}
