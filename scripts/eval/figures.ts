/** The figures of a judged round: acceptable share overall, per card type and per genre, and the judges' agreement. */
import type { CardType } from '../../src/lib/deck/model.ts';

export interface Label {
	file: string;
	type: CardType;
	prompt: string;
	answer: string;
	choices?: string[];
	context?: string;
	kind?: string;
	/** Each judge's verdict; null when that judge did not see the card. */
	accept: (boolean | null)[];
	/** Rubric points failed by either judge. */
	fails: number[];
	/** In a comparison round: the decks that hold the card ("ranked", "unranked"). */
	decks?: string[];
}

/** The corpus's genres by file number (../shared/corpus/SOURCES.md). */
export function genreOf(file: string): string {
	const n = parseInt(file, 10);
	if (Number.isNaN(n)) return 'other';
	if (n <= 20) return 'news';
	if (n >= 37) return 'abstract';
	return ['science', 'history', 'biography', 'geography'][Math.floor((n - 21) / 4)] as string;
}

/** Acceptable only when every judge who saw it accepts it. */
export const acceptable = (l: Label) => l.accept.every((a) => a !== false);

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : '–');

function table(title: string, labels: Label[], by: (l: Label) => string): void {
	const groups = new Map<string, Label[]>();
	for (const l of labels) (groups.get(by(l)) ?? groups.set(by(l), []).get(by(l)))?.push(l);
	console.log(`\n${title}`);
	for (const [key, group] of [...groups].sort())
		console.log(
			`  ${key.padEnd(12)} ${String(group.filter(acceptable).length).padStart(4)} / ${String(group.length).padEnd(4)} ${pct(group.filter(acceptable).length, group.length)}`
		);
}

export function printFigures(round: string, labels: Label[]): void {
	const both = labels.filter((l) => l.accept.every((a) => a !== null));
	const agree = both.filter((l) => l.accept[0] === l.accept[1]).length;
	// Cohen's kappa: agreement beyond what two judges with these acceptance rates reach by chance.
	const pa = both.filter((l) => l.accept[0]).length / (both.length || 1);
	const pb = both.filter((l) => l.accept[1]).length / (both.length || 1);
	const chance = pa * pb + (1 - pa) * (1 - pb);
	const observed = agree / (both.length || 1);
	const kappa = (observed - chance) / (1 - chance || 1);
	console.log(`# ${round}: ${labels.length} cards judged`);
	console.log(
		`acceptable (both judges): ${labels.filter(acceptable).length} = ${pct(labels.filter(acceptable).length, labels.length)}`
	);
	console.log(
		`judge A ${pct(pa * both.length, both.length)}, judge B ${pct(pb * both.length, both.length)}; agreement ${pct(agree, both.length)}, kappa ${kappa.toFixed(2)}`
	);
	table('per card type', labels, (l) => l.type);
	table('per genre', labels, (l) => genreOf(l.file));
	const fails = new Map<number, number>();
	for (const l of labels) for (const f of l.fails) fails.set(f, (fails.get(f) ?? 0) + 1);
	console.log(
		`\nrubric points failed (either judge): ${[...fails]
			.sort((a, b) => a[0] - b[0])
			.map(([p, n]) => `${p}: ${n}`)
			.join(', ')}`
	);
}
