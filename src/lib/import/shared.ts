/**
 * What another app shared with Factdeck (Web Share Target): a title, text and a link, as the share sheet passes
 * them. Android puts a page's link in `text`, often as "title + URL"; that shape is recognised. Shared text is the
 * article; a link alone cannot be fetched (no server, and sites block cross-origin reads), so it is only shown.
 */

export interface Shared {
	/** What the article field is filled with: the title on the first line, then any shared text. */
	text: string;
	/** A web link (http or https only) to show with a note that its page's text must be pasted or saved. */
	link?: string;
}

const URL_AT_END = /(?:^|\s)(https?:\/\/\S+)\s*$/i;

function webLink(value: string): string | undefined {
	try {
		const url = new URL(value.trim());
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** The shared title, text and link from the share target's query, or undefined when nothing was shared. */
export function sharedArticle(params: URLSearchParams): Shared | undefined {
	let title = (params.get('title') ?? '').trim();
	let text = (params.get('text') ?? '').trim();
	let link = webLink(params.get('url') ?? '');
	const trailing = URL_AT_END.exec(text);
	if (trailing?.[1] && webLink(trailing[1])) {
		link ??= webLink(trailing[1]);
		text = text.slice(0, trailing.index).trim();
		// "Page title https://…": a single short line before the link is the page's title.
		if (!title && !text.includes('\n') && text.length <= 200) [title, text] = [text, ''];
	}
	if (!title && !text && !link) return undefined;
	const body = text && text !== title ? text : '';
	const lines = [title, body].filter(Boolean).join('\n\n');
	return link && !body
		? { text: lines ? `${lines}\n\n` : '', link }
		: { text: lines, ...(link ? { link } : {}) };
}
