import { htmlToText } from '../generate/html.ts';

const SOUND = /\[sound:[^\]]*\]/gi;
const MEDIA = /\[sound:[^\]]*\]|<(img|audio|video|object|embed)\b/i;

export function hasMedia(html: string): boolean {
	return MEDIA.test(html);
}

/** An Anki field as plain text: HTML stripped (line breaks kept), sounds and images left out. */
export function fieldToText(html: string): { text: string; media: boolean } {
	const media = hasMedia(html);
	const text = htmlToText(html.replace(SOUND, ''))
		.replace(/\n{2,}/g, '\n')
		.trim();
	return { text, media };
}

/** Plain text as an Anki HTML field. */
export function textToField(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\n/g, '<br>');
}
