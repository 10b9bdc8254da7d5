/** Turns raw article text into a title, an attribution and readable blocks; drops captions, credits, bylines. */
import type { Article, ArticleBlock } from '../deck/model.ts';
import { splitSentences } from './sentences.ts';

const PHOTO_CREDIT =
	/\s*[([]?\b(?:photo|photograph|image|picture|credit|illustration)s?\s*(?:credit)?\s*:.*$/i;
const CAPTION_LINE =
	/\b(?:photo|photograph|image|picture|illustration)s?\s*(?:credit)?\s*:|\b(?:getty images|afp photo|file photo)\b/i;
const BYLINE = /^(?:by|written by|reporting by|words by|text by)\s+\p{Lu}/iu;
const DATELINE =
	/^(?:(?:published|updated|posted|last updated)\b.*|\p{L}{3,9}\.? \d{1,2},? \d{4}.*|\d{1,2} \p{L}{3,9},? \d{4}.*)$/iu;
const JUNK =
	/^(?:advertisement|read more\b.*|related\b.*|share( this)?( article)?|subscribe\b.*|sign up\b.*|follow us\b.*|comments?)$/i;
const AGENCY =
	/\b(?:agencies|agency|reuters|afp|associated press|ap|staff|correspondent|contributed|editing by|reporting by)\b/i;
// A leading wire dateline: "BAMAKO, Mali (Reuters) — ".
const WIRE_DATELINE = /^\p{Lu}[\p{Lu} .'-]{2,}(?:,\s*\p{Lu}[\p{L} .]*)?\s*(?:\([^)]{1,40}\))?\s*[-—–]+\s*/u;

const words = (line: string) => line.split(/\s+/).filter(Boolean).length;
const endsLikeProse = (line: string) => /[.!?:;"'’”…)]$/.test(line);

function isHeading(line: string): boolean {
	return words(line) <= 10 && !endsLikeProse(line) && /^[\p{Lu}\d"'‘“]/u.test(line) && line.length < 90;
}

/** Lines of the article, hard-wrapped lines joined back into their paragraph. */
function paragraphs(text: string): string[] {
	const out: string[] = [];
	let current = '';
	let open = false;
	for (const raw of text.split(/\r?\n/)) {
		const line = raw.replace(/^#{1,6}\s+/, '').trim();
		if (!line) {
			if (current) out.push(current);
			current = '';
			open = false;
			continue;
		}
		// A line that stops mid-sentence and a next one starting in lower case belong together.
		if (current && open && /^[\p{Ll}\d,(]/u.test(line)) current += ' ' + line;
		else {
			if (current) out.push(current);
			current = line;
		}
		open = !endsLikeProse(line);
	}
	if (current) out.push(current);
	return out;
}

/** A first line that reads as running text, not as a headline: then the text has no title line. */
function isRunningText(line: string): boolean {
	return splitSentences(line).length > 1 || (words(line) > 20 && endsLikeProse(line));
}

const TITLE_LENGTH = 60;

/** A title for a text without a title line: its first sentence, shortened at a word; the person can edit it. */
function titleFromSentence(sentence: string): string {
	const plain = sentence.replace(/(?<!\.\p{L})[.!?…]+$/u, '').trim();
	if (plain.length <= TITLE_LENGTH) return plain;
	const cut = plain
		.slice(0, TITLE_LENGTH + 1)
		.replace(/\s+\S*$/u, '')
		.replace(/[\s,;:–—-]+$/u, '');
	return `${cut}…`;
}

function titleOf(line: string): string {
	// Drop a photo credit and a trailing " | Site name"; a headline needs no final full stop.
	return line
		.replace(PHOTO_CREDIT, '')
		.replace(/\s+\|\s+[^|]{1,40}$/, '')
		.replace(/(?<!\.\p{L})\.$/u, '')
		.trim();
}

/** A paragraph as its sentences are read: without a leading wire dateline, spaces collapsed. */
function bodyText(line: string): string {
	return line.replace(WIRE_DATELINE, '').replace(/\s+/g, ' ');
}

function isAttribution(line: string): boolean {
	if (endsLikeProse(line) && !BYLINE.test(line)) return false;
	return words(line) <= 8 && (AGENCY.test(line) || BYLINE.test(line) || /^\p{Lu}/u.test(line));
}

function isNonProse(line: string): boolean {
	return (
		CAPTION_LINE.test(line) ||
		BYLINE.test(line) ||
		DATELINE.test(line) ||
		JUNK.test(line) ||
		/^https?:\/\/\S+$/.test(line)
	);
}

const SMALL_WORDS = /^(?:OF|THE|AND|IN|ON|AT|FOR|TO|A|AN|DE|LA|DU|VON|VAN)$/;
const titleCase = (word: string, first: boolean) =>
	!first && SMALL_WORDS.test(word) ? word.toLowerCase() : word.charAt(0) + word.slice(1).toLowerCase();

/**
 * Capitals that only mark a lead term ("The BATTLE OF HASTINGS was…", "INSULIN is…") made ordinary again, so that
 * no card shouts its answer. A run of two or more capitalised words is a lead term; one word is when the article
 * also writes it normally. Acronyms ("NATO", "UNESCO") stand alone and are kept.
 */
export function restoreCapitals(sentence: string, normal: ReadonlySet<string>): string {
	return sentence
		.replace(/\b(?:[A-Z][A-Z'’-]+\s+){1,6}[A-Z][A-Z'’-]+\b/g, (run) =>
			run.split(/(\s+)/).some((w) => w.replace(/[^A-Z]/g, '').length >= 4)
				? run
						.split(/(\s+)/)
						.map((w, i) => (/\s/.test(w) ? w : titleCase(w, i === 0)))
						.join('')
				: run
		)
		.replace(/\b[A-Z]{4,}\b/g, (w) => (normal.has(titleCase(w, true)) ? titleCase(w, true) : w));
}

export function cleanArticle(text: string): Article {
	const lines = paragraphs(text.normalize('NFC'));
	const first = lines[0] ?? '';
	// A text pasted without its headline (one paragraph, or a first line of several sentences) keeps that
	// paragraph as its opening, and takes its title from the first sentence.
	const untitled = lines.length === 1 || isRunningText(titleOf(first));
	if (!untitled) lines.shift();
	const title = untitled ? titleFromSentence(splitSentences(bodyText(first))[0] ?? first) : titleOf(first);
	let attribution: string | undefined;
	const last = lines.at(-1);
	if (last !== undefined && lines.length > 1 && isAttribution(last)) {
		attribution = last.replace(/\s+/g, ' ');
		lines.pop();
	}
	const blocks: ArticleBlock[] = [];
	const normal = new Set(text.match(/\b[A-Z][a-z]{3,}\b/g) ?? []);
	for (const line of lines) {
		if (isNonProse(line)) continue;
		if (isHeading(line)) {
			blocks.push({ kind: 'heading', sentences: [line] });
			continue;
		}
		const sentences = splitSentences(bodyText(line)).map((s) => restoreCapitals(s, normal));
		if (sentences.length) blocks.push({ kind: 'paragraph', sentences });
	}
	return attribution ? { title, attribution, blocks } : { title, blocks };
}
