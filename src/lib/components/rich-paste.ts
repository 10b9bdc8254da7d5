/**
 * A textarea action: rich text pasted from a web page keeps its paragraphs and headings and loses navigation,
 * ads, captions and credits (Readability, then our cleaning when cards are made). Plain text pastes as usual.
 * The result is inserted as typed text, so the browser's Undo takes it back.
 */
/** Markup worth converting: more than one block, not a single styled line. */
const hasBlocks = (html: string) => (html.match(/<(?:p|h[1-6]|li|div|br|tr)\b/gi)?.length ?? 0) > 1;

export function richPaste(textarea: HTMLTextAreaElement) {
	const onpaste = (event: ClipboardEvent) => {
		const html = event.clipboardData?.getData('text/html') ?? '';
		const plain = event.clipboardData?.getData('text/plain') ?? '';
		if (!hasBlocks(html)) return;
		event.preventDefault();
		// Offline without the web page reader, or on a failure, the browser's own plain text is pasted.
		import('$lib/extract')
			.then(({ pastedHtmlToText }) => pastedHtmlToText(html))
			.catch(() => plain)
			.then((text) => insert(textarea, text || plain))
			.catch(() => undefined);
	};
	textarea.addEventListener('paste', onpaste);
	return { destroy: () => textarea.removeEventListener('paste', onpaste) };
}

function insert(textarea: HTMLTextAreaElement, text: string): void {
	textarea.focus();
	// execCommand keeps the edit on the undo stack; setRangeText is the fallback where it is gone.
	if (!document.execCommand('insertText', false, text)) {
		textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
		textarea.dispatchEvent(new Event('input', { bubbles: true }));
	}
}
