/** Seeded mutations of a backup's JSON, for the fuzz tests: values swapped, keys dropped or added, records copied. */
import { seededRandom } from '../../../src/lib/quiz/random.ts';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };

/** Values that sit on or across the edges of what the schema allows. */
const VALUES: Json[] = [
	0,
	1,
	-1,
	-5,
	0.0005,
	0.5,
	2.5,
	3,
	4,
	5,
	10,
	11,
	36500,
	36501,
	1e300,
	-1e300,
	8.64e15,
	8.64e15 + 1,
	1_741_600_000_000,
	1.5,
	'',
	'x',
	'True',
	'False',
	'mcq',
	'cloze',
	'short',
	'heading',
	'each',
	'app',
	'user',
	'shared',
	'city',
	'AQtOTk5O',
	'!!',
	null,
	true,
	false,
	[],
	{},
	{ foo: 1 },
	['a'],
	[null],
	[0, 'x']
];

/** Every object or array inside `root`, with each of its keys. */
function slots(root: Json): [Container, string | number][] {
	const out: [Container, string | number][] = [];
	const visit = (node: Json) => {
		if (!node || typeof node !== 'object') return;
		const entries: [string | number, Json][] = Array.isArray(node)
			? node.map((child, i) => [i, child])
			: Object.entries(node);
		for (const [key, child] of entries) {
			out.push([node, key]);
			visit(child);
		}
	};
	visit(root);
	return out;
}

function ids(stores: Record<string, Json[]>): string[] {
	return Object.values(stores).flatMap((records) =>
		records.flatMap((r) =>
			r && typeof r === 'object' && !Array.isArray(r) && typeof r.id === 'string' ? [r.id] : []
		)
	);
}

/** A copy of `backup` with one to three mutations made with `seed`; the same seed gives the same file. */
export function mutateBackup(backup: object, seed: number): object {
	const random = seededRandom(seed * 2654435761);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
	const file = structuredClone(backup) as { [key: string]: Json } & { stores: Record<string, Json[]> };
	const known = ids(file.stores);
	const mutations = 1 + Math.floor(random() * 3);
	for (let m = 0; m < mutations; m++) {
		const all = slots(random() < 0.95 ? file.stores : file);
		const [parent, key] = pick(all);
		const value = (parent as Record<string | number, Json>)[key] as Json;
		const kind = random();
		if (kind < 0.35) {
			// Mostly a value of the same type, so that many mutated files pass the schema and get restored.
			const alike = VALUES.filter(
				(v) => typeof v === typeof value && Array.isArray(v) === Array.isArray(value)
			);
			(parent as Record<string | number, Json>)[key] = pick(alike.length && random() < 0.8 ? alike : VALUES);
		} else if (kind < 0.5) {
			// Another id of the backup, or one it does not hold: references moved or left dangling.
			(parent as Record<string | number, Json>)[key] = random() < 0.7 ? pick(known) : `missing-${seed}`;
		} else if (kind < 0.62) {
			if (Array.isArray(parent)) parent.splice(key as number, 1);
			else delete parent[key];
		} else if (kind < 0.74 && Array.isArray(parent) && value && typeof value === 'object') {
			// A record copied, under its own id or a new one.
			const copy = structuredClone(value);
			if (!Array.isArray(copy) && random() < 0.5) copy.id = `copy-${seed}-${m}`;
			parent.push(copy);
		} else if (kind < 0.84 && value && typeof value === 'object' && !Array.isArray(value)) {
			value[`unknown${m}`] = pick(VALUES);
		} else if (typeof value === 'number') {
			(parent as Record<string | number, Json>)[key] = pick([value * -1, value + 1, value * 1000, value / 3]);
		} else if (value && typeof value === 'object' && !Array.isArray(value) && 'state' in value) {
			value.state = pick([0, 1, 2, 3]);
		} else {
			(parent as Record<string | number, Json>)[key] = pick(VALUES);
		}
	}
	return file;
}
