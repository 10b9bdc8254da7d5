/** Where the evaluation's articles, rounds and labels live, and which articles a command names. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS = fileURLToPath(new URL('../../../shared/corpus/', import.meta.url));
export const EVAL = fileURLToPath(new URL('../../eval/', import.meta.url));

export type SetName = 'test' | 'validation' | 'train';

export function splitOf(set: SetName): string[] {
	const split = JSON.parse(readFileSync(`${EVAL}split.json`, 'utf8')) as Record<SetName, string[]>;
	return split[set];
}

/** The articles named by `--set NAME` (repeatable) or as bare file names. */
export function articleFiles(args: string[]): string[] {
	const files: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i] as string;
		if (arg === '--set') files.push(...splitOf(args[++i] as SetName));
		else if (arg.startsWith('--')) i++;
		else files.push(arg);
	}
	return files;
}

export const readArticle = (file: string) => readFileSync(`${CORPUS}${file}`, 'utf8');
export const roundDir = (round: string) => `${EVAL}rounds/${round}`;
