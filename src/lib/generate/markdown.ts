/**
 * Markdown to article text. Hand-written: the generator needs the words a reader sees, line by line, not a
 * rendered document, so a full CommonMark parser would be overkill. Covers ATX and setext headings,
 * emphasis, links, images, lists, quotes, fences, rules, reference definitions and front matter.
 */

const FENCE = /^\s{0,3}(`{3,}|~{3,})/;
const ATX = /^\s{0,3}#{1,6}(?:\s+(.*?))?(?:\s+#+)?\s*$/;
const SETEXT = /^\s{0,3}(?:=+|-+)\s*$/;
const RULE = /^\s{0,3}([-*_])(?:\s*\1){2,}\s*$/;
const LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/;
const QUOTE = /^\s{0,3}(?:>\s?)+/;
const REFERENCE = /^\s{0,3}\[[^\]]+\]:\s*\S+/;
/** A link's destination, `(url)` holding balanced parentheses as in `(javascript:alert(6))`, or a `[reference]`. */
const DESTINATION = String.raw`(?:\((?:[^()]|\([^()]*\))*\)|\[[^\]]*\])`;
const IMAGE = new RegExp(String.raw`!\[[^\]]*\]${DESTINATION}`, 'g');
const LINK = new RegExp(String.raw`\[([^\]]+)\]${DESTINATION}`, 'g');
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Emphasis, links, images, code spans and inline HTML reduced to their visible text. */
function inline(text: string): string {
	const code: string[] = [];
	return text
		.replace(/(`+)(.+?)\1/g, (_, _ticks: string, body: string) => `\ue000${code.push(body.trim()) - 1}\ue001`)
		.replace(IMAGE, '')
		.replace(LINK, '$1')
		.replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
		.replace(/<\/?[a-z][^>]*>/gi, '')
		.replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
		.replace(/(?<![\p{L}\p{N}*])\*(?=\S)(.+?)(?<=\S)\*(?![\p{L}\p{N}*])/gu, '$1')
		.replace(/(?<![\p{L}\p{N}_])_(?=\S)(.+?)(?<=\S)_(?![\p{L}\p{N}_])/gu, '$1')
		.replace(/~~(?=\S)(.+?)(?<=\S)~~/g, '$1')
		.replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, '$1')
		.replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_, name: string) => ENTITIES[name] ?? '')
		.replace(/\ue000(\d+)\ue001/g, (_, i: string) => code[Number(i)] ?? '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * The readable text of a Markdown article: the first heading as the first line, headings and paragraphs
 * separated by blank lines, one line per list item, code blocks and images dropped.
 */
export function markdownToText(md: string): string {
	const lines = md
		.replace(/\r\n?/g, '\n')
		.replace(/^---\n[\s\S]*?\n---\n/, '')
		.replace(/<!--[\s\S]*?-->/g, '')
		.split('\n');
	const blocks: string[] = [];
	let titleAt = -1;
	let paragraph: string[] = [];
	let items: string[] = [];
	let fence: string | undefined;

	const endParagraph = () => {
		// Two trailing spaces or a backslash end a line inside a paragraph.
		const text = paragraph
			.map((l) => l.replace(/(?: {2,}|\\)$/, '\n'))
			.join(' ')
			.split('\n')
			.map(inline)
			.filter(Boolean)
			.join('\n');
		if (text) blocks.push(text);
		paragraph = [];
	};
	const endList = () => {
		const text = items.map(inline).filter(Boolean).join('\n');
		if (text) blocks.push(text);
		items = [];
	};
	const addHeading = (text: string) => {
		const heading = inline(text);
		if (!heading) return;
		if (titleAt < 0) titleAt = blocks.length;
		blocks.push(heading);
	};

	for (const raw of lines) {
		if (fence) {
			if (raw.trim().startsWith(fence)) fence = undefined;
			continue;
		}
		const open = FENCE.exec(raw);
		const line = raw.replace(QUOTE, '');
		const item = LIST_ITEM.exec(line);
		if (open) {
			endParagraph();
			endList();
			fence = open[1];
		} else if (paragraph.length === 1 && SETEXT.test(line)) {
			addHeading(paragraph.pop()!);
		} else if (!line.trim() || RULE.test(line) || REFERENCE.test(line)) {
			endParagraph();
			endList();
		} else if (ATX.test(line)) {
			endParagraph();
			endList();
			addHeading(ATX.exec(line)![1] ?? '');
		} else if (item && (!paragraph.length || /^\s*(?:[-*+]|1[.)])\s/.test(line))) {
			// Only a bullet or "1." interrupts a paragraph, so a wrapped "1989. The wall…" stays prose.
			endParagraph();
			items.push(line.slice(item[0].length));
		} else if (items.length) {
			items[items.length - 1] += ' ' + line.trim();
		} else {
			paragraph.push(line);
		}
	}
	endParagraph();
	endList();

	if (titleAt > 0) blocks.unshift(...blocks.splice(titleAt, 1));
	return blocks.join('\n\n');
}
