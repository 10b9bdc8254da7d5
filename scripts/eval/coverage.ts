/**
 * The share of gold key facts that some card asks, as blind helpers said (eval/COVERAGE-PROMPT.md):
 * `coverage*.json` in a round's folder, one object per fact with the numbers of the cards that ask it.
 *
 *   npm run eval -- coverage ROUND
 */
import { readdirSync, readFileSync } from 'node:fs';
import { roundDir } from './corpus.ts';
import { genreOf } from './figures.ts';

interface Asked {
	file: string;
	fact: number;
	cards: number[];
}

export function coverage(round: string): void {
	const dir = roundDir(round);
	const rows = readdirSync(dir)
		.filter((f) => f.startsWith('coverage') && f.endsWith('.json'))
		.flatMap((f) => JSON.parse(readFileSync(`${dir}/${f}`, 'utf8')) as Asked[]);
	const byFile = new Map<string, Asked[]>();
	for (const r of rows) (byFile.get(r.file) ?? byFile.set(r.file, []).get(r.file))?.push(r);
	let asked = 0;
	const genres = new Map<string, [number, number]>();
	for (const [file, facts] of [...byFile].sort()) {
		const n = facts.filter((f) => f.cards.length > 0).length;
		asked += n;
		const g = genres.get(genreOf(file)) ?? [0, 0];
		genres.set(genreOf(file), [g[0] + n, g[1] + facts.length]);
		console.log(`  ${file.padEnd(40)} ${n}/${facts.length}`);
	}
	console.log(
		`key facts asked: ${asked}/${rows.length} = ${((100 * asked) / (rows.length || 1)).toFixed(1)}%`
	);
	for (const [g, [n, total]] of genres) console.log(`  ${g.padEnd(10)} ${n}/${total}`);
}
