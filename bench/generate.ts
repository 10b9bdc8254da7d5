// How fast the generator is in Node after warm-up, and how big its worker chunk is. Run alone: `npx tsx bench/generate.ts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { cleanArticle } from '../src/lib/generate/clean.ts';
import { htmlToText } from '../src/lib/generate/html.ts';
import { generateDeck } from '../src/lib/generate/index.ts';
import { markdownToText } from '../src/lib/generate/markdown.ts';
import { tagSentences } from '../src/lib/generate/tagger.ts';
import { BUILD_PATH } from '../scripts/builds.js';
import { ms as formatMs, versus } from './target.ts';

const root = new URL('../', import.meta.url);
const FIXTURES = new URL('tests/fixtures/articles/', root);
const WORKERS = join(BUILD_PATH, '_app/immutable/workers/');

function fixtureTexts(): string[] {
	return readdirSync(FIXTURES)
		.filter((f) => !f.endsWith('.json'))
		.map((f) => {
			const raw = readFileSync(new URL(f, FIXTURES), 'utf8');
			return f.endsWith('.html') ? htmlToText(raw) : f.endsWith('.md') ? markdownToText(raw) : raw;
		});
}

/** A long article of about `words` words: the fixtures' bodies one after another, repeated as needed. */
function longArticle(words: number, bodies: string[]): string {
	const parts = ['A long article built from the fixtures'];
	let count = 0;
	for (let i = 0; count < words; i++) {
		const body = (bodies[i % bodies.length] as string).split('\n').slice(1).join('\n');
		parts.push(body);
		count += body.split(/\s+/).filter(Boolean).length;
	}
	return parts.join('\n\n');
}

function median(runs: number, f: () => void): number {
	const times: number[] = [];
	for (let i = 0; i < runs; i++) {
		const t = performance.now();
		f();
		times.push(performance.now() - t);
	}
	return times.sort((a, b) => a - b)[runs >> 1] as number;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function measure(label: string, text: string, runs: number, targetMs: number): void {
	const ms = median(runs, () => generateDeck(text, { deckId: 'bench' }));
	const sentences = cleanArticle(text).blocks.flatMap((b) => (b.kind === 'paragraph' ? b.sentences : []));
	const nlp = median(runs, () => tagSentences(sentences));
	const words = wordCount(text);
	const cards = generateDeck(text, { deckId: 'bench' }).cards.length;
	console.log(
		`${label}: ${words} words, ${cards} cards, ${ms.toFixed(1)} ms ${versus(ms, targetMs, formatMs)}, ` +
			`${Math.round((words / ms) * 1000)} words/s, ${Math.round((100 * nlp) / ms)}% of the time in compromise`
	);
}

function workerChunks(): void {
	if (!existsSync(WORKERS)) {
		console.log('Worker chunk: no build/_app/immutable/workers/ (run `npm run build` first)');
		return;
	}
	for (const file of readdirSync(WORKERS).filter((f) => f.endsWith('.js'))) {
		const bytes = gzipSync(readFileSync(join(WORKERS, file))).length;
		console.log(`Worker chunk ${file}: ${(bytes / 1024).toFixed(1)} KB gzipped`);
	}
}

export async function benchGenerate(): Promise<void> {
	const sahel = readFileSync(new URL('src/lib/deck/default/sahel-alliance.txt', root), 'utf8');
	for (let i = 0; i < 5; i++) generateDeck(sahel, { deckId: 'warm-up' });
	measure('Default article', sahel, 21, 100);
	measure('Long article', longArticle(10_000, fixtureTexts()), 5, 1500);
	workerChunks();
	await Promise.resolve();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchGenerate();
