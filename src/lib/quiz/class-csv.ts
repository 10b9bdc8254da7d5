import type { ClassReport } from './class-report.ts';

/** A cell as spreadsheets read it: quoted, and never taken for a formula (=, +, -, @ lead). */
function cell(value: string | number): string {
	const text = String(value);
	const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
	return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** One row per student: name, score, total, then 1 or 0 per question. */
export function classCsv(report: ClassReport, anonymous: string): string {
	const header = ['Student', 'Score', 'Total', ...report.questions.map((_, i) => `Q${i + 1}`)];
	const rows = report.students.map((s) => [
		s.name || anonymous,
		s.score,
		s.total,
		...s.correct.map((right) => (right ? 1 : 0))
	]);
	return [header, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
