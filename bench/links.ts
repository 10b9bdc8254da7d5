// Quiz links and their QR codes: for the default deck, the fixture articles and two long corpus articles (when
// ../shared/corpus is there), the link length and QR version (level M) of the ten longest questions, a typical
// and the shortest 10-question selection. Run alone: `npx tsx bench/links.ts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { CardContent } from '../src/lib/deck/model.ts';
import { htmlToText } from '../src/lib/generate/html.ts';
import { generateDeck } from '../src/lib/generate/index.ts';
import { markdownToText } from '../src/lib/generate/markdown.ts';
import { drawQr } from '../src/lib/qr/render.ts';
import { buildQuiz } from '../src/lib/quiz/build.ts';
import { DEFAULT_SETUP, QUESTION_KINDS, type Question, type SharedQuiz } from '../src/lib/quiz/model.ts';
import { encodeQuiz } from '../src/lib/share/link.ts';
import { versus } from './target.ts';

export const QR_VERSION_TARGET = 25;
export const LINK_CHARS_TARGET = 1_200;
/** A quiz link as a teacher's copy of the app would make it. */
const ADDRESS = 'https://factdeck.example/play#';
const root = new URL('../', import.meta.url);
const CORPUS = new URL('../shared/corpus/', root);
const CORPUS_ARTICLES = ['33-panama-canal.txt', '29-isaac-newton.txt'];

function articles(): [string, string][] {
	const fixtures = new URL('tests/fixtures/articles/', root);
	const found: [string, string][] = [
		['Default deck', readFileSync(new URL('src/lib/deck/default/sahel-alliance.txt', root), 'utf8')]
	];
	for (const file of readdirSync(fixtures)
		.filter((f) => !f.endsWith('.json'))
		.sort()) {
		const raw = readFileSync(new URL(file, fixtures), 'utf8');
		found.push([
			file,
			file.endsWith('.html') ? htmlToText(raw) : file.endsWith('.md') ? markdownToText(raw) : raw
		]);
	}
	for (const file of CORPUS_ARTICLES)
		if (existsSync(new URL(file, CORPUS))) found.push([file, readFileSync(new URL(file, CORPUS), 'utf8')]);
	return found;
}

/** A fixed pseudo-random sequence, so every run measures the same selections. */
function seeded(seed: number): () => number {
	return () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
}

interface Measured {
	chars: number;
	version: number;
}

async function encode(title: string, questions: readonly Question[]) {
	const quiz: SharedQuiz = {
		title,
		options: { feedback: 'each' },
		questions: questions.map(({ cardId: _, ...content }) => content)
	};
	return encodeQuiz(quiz);
}

async function measure(title: string, questions: readonly Question[]): Promise<Measured> {
	const { code, qrCode } = await encode(title, questions);
	return { chars: ADDRESS.length + code.length, version: drawQr(ADDRESS + qrCode).version };
}

/** Every way each fact can be asked (one card per fact), each with the length of a link asking it alone. */
async function waysByFact(
	title: string,
	cards: readonly CardContent[]
): Promise<Map<string, [Question, number][]>> {
	const random = seeded(7);
	const ways = new Map<string, [Question, number][]>();
	for (const card of cards) {
		for (const kind of QUESTION_KINDS) {
			const [question] = buildQuiz([card], { ...DEFAULT_SETUP, count: 1, kinds: [kind] }, random).questions;
			if (!question) continue;
			const fact = card.sibling ?? card.id;
			const list = ways.get(fact) ?? ways.set(fact, []).get(fact);
			list?.push([question, (await encode(title, [question])).code.length]);
		}
	}
	return ways;
}

function row(label: string, { chars, version }: Measured, withTarget: boolean): string {
	const qr = `QR version ${version}`;
	const show = (n: number) => String(n);
	const marks = withTarget
		? ` ${versus(version, QR_VERSION_TARGET, show)}, ${chars} characters ${versus(chars, LINK_CHARS_TARGET, show)}`
		: `, ${chars} characters`;
	return `  ${label.padEnd(12)} ${qr}${marks}`;
}

export async function benchLinks(): Promise<void> {
	console.log(
		`10-question links (${ADDRESS}…, link version 3), QR level M: the ten longest questions (each the longest way to ask its fact), a typical (median of 21 random) and the ten shortest`
	);
	for (const [name, text] of articles()) {
		const deck = generateDeck(text, { deckId: 'bench' });
		const ways = [...(await waysByFact(deck.title, deck.cards)).values()];
		const shortestWay = (list: [Question, number][]) => list.reduce((a, b) => (b[1] < a[1] ? b : a));
		const longestWay = (list: [Question, number][]) => list.reduce((a, b) => (b[1] > a[1] ? b : a));
		const longest = ways
			.map(longestWay)
			.sort((a, b) => b[1] - a[1])
			.slice(0, 10)
			.map(([question]) => question);
		const shortest = ways
			.map(shortestWay)
			.sort((a, b) => a[1] - b[1])
			.slice(0, 10)
			.map(([question]) => question);
		const random = seeded(11);
		const typical = await Promise.all(
			Array.from({ length: 21 }, () =>
				measure(deck.title, buildQuiz(deck.cards, DEFAULT_SETUP, random).questions)
			)
		);
		const contexts = deck.cards.filter((card) => card.context).length;
		console.log(`${name}: ${deck.cards.length} cards, ${contexts} with a context line`);
		console.log(row('10 longest', await measure(deck.title, longest), true));
		console.log(row('typical', typical.sort((a, b) => a.chars - b.chars)[10]!, false));
		console.log(row('shortest', await measure(deck.title, shortest), false));
	}
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await benchLinks();
