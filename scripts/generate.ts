// npm run generate -- <file> [--json]: a deck from a .txt, .md, .html, .pdf or .docx article, as JSON or readable
// text. Files are read by the same code as in the app (Readability on linkedom, pdf.js's legacy build, mammoth).
// For JSON alone on standard output: `npm run --silent generate -- <file> --json` (npm prints its own lines unless
// told to be silent).
import { readFileSync } from 'node:fs';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { GeneratedDeck } from '../src/lib/deck/model.ts';
import { docxToText } from '../src/lib/extract/docx.ts';
import { pdfToText, type PdfJs } from '../src/lib/extract/pdf.ts';
import { webPageToText } from '../src/lib/extract/web-page.ts';
import { GenerateError, generateDeck } from '../src/lib/generate/index.ts';
import { markdownToText } from '../src/lib/generate/markdown.ts';
import { ArticleInputError, formatOf } from '../src/lib/import/index.ts';

async function articleText(file: string): Promise<string> {
	const format = formatOf(file);
	const bytes = new Uint8Array(readFileSync(file));
	if (format === 'pdf') return pdfToText(bytes, pdfjs as unknown as PdfJs);
	if (format === 'docx') return docxToText(bytes);
	const raw = new TextDecoder().decode(bytes);
	if (format === 'html') return webPageToText(raw).text;
	if (format === 'markdown') return markdownToText(raw);
	return raw;
}

/** The documented JSON shape: only these fields, in this order. */
function toJson(deck: GeneratedDeck): string {
	const cards = deck.cards.map(({ id, type, kind, context, prompt, answer, choices, options, evidence }) => ({
		id,
		type,
		...(kind ? { kind } : {}),
		...(context ? { context } : {}),
		prompt,
		answer,
		...(choices ? { choices } : {}),
		...(options ? { options } : {}),
		evidence
	}));
	const out = deck.attribution
		? { title: deck.title, attribution: deck.attribution, cards }
		: { title: deck.title, cards };
	return JSON.stringify(out, null, 2);
}

function toText(deck: GeneratedDeck): string {
	const lines = [
		deck.title,
		...(deck.attribution ? [deck.attribution] : []),
		`${deck.cards.length} cards`,
		''
	];
	deck.cards.forEach((c, i) => {
		lines.push(`${i + 1}. [${c.type}${c.kind ? `, ${c.kind}` : ''}] ${c.prompt}`);
		if (c.context) lines.push(`   Context: ${c.context}`);
		if (c.choices && c.type === 'mcq') lines.push(...c.choices.map((o, k) => `   ${'abcd'[k]}) ${o}`));
		lines.push(`   Answer: ${c.answer}`, `   Evidence: ${c.evidence}`, '');
	});
	return lines.join('\n');
}

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
if (!file) {
	process.stderr.write('Usage: npm run generate -- <file.txt|.md|.html|.pdf|.docx> [--json]\n');
	process.exit(2);
}
const json = args.includes('--json');
// npm has already printed its banner ("> factdeck@… generate") on standard output, so what is redirected is not
// JSON: say how to get JSON alone. `npm run --silent` (or -s) sets npm_config_loglevel=silent.
if (json && process.env.npm_lifecycle_event === 'generate' && process.env.npm_config_loglevel !== 'silent')
	process.stderr.write(
		'npm printed its own lines before the JSON: for JSON alone, run `npm run --silent generate -- FILE --json`.\n'
	);
try {
	const deck = generateDeck(await articleText(file), { deckId: file });
	process.stdout.write((json ? toJson(deck) : toText(deck)) + '\n');
} catch (e) {
	if (!(e instanceof GenerateError || e instanceof ArticleInputError)) throw e;
	process.stderr.write(`${e.message}\n`);
	process.exit(1);
}
