import { describe, expect, it } from 'vitest';
import { sharedArticle } from '$lib/import/shared';

const share = (fields: Record<string, string>) => sharedArticle(new URLSearchParams(fields));

describe('sharedArticle', () => {
	it('is undefined when nothing was shared', () => {
		expect(share({})).toBeUndefined();
		expect(share({ title: ' ', text: '', url: '' })).toBeUndefined();
	});

	it('recognises Android’s "title + URL" in text: the title goes on the first line, the link is shown', () => {
		expect(share({ text: 'Venus transit explained https://example.org/venus?a=1' })).toEqual({
			text: 'Venus transit explained\n\n',
			link: 'https://example.org/venus?a=1'
		});
	});

	it('takes a link alone from text or url', () => {
		expect(share({ text: 'https://example.org/a' })).toEqual({ text: '', link: 'https://example.org/a' });
		expect(share({ title: 'Page', url: 'https://example.org/b' })).toEqual({
			text: 'Page\n\n',
			link: 'https://example.org/b'
		});
	});

	it('makes shared text the article under the shared title, keeping a link beside it', () => {
		const text = 'First paragraph of the story.\n\nSecond paragraph.';
		expect(share({ title: 'A story', text })).toEqual({ text: `A story\n\n${text}` });
		expect(share({ title: 'A story', text, url: 'https://example.org/s' })).toEqual({
			text: `A story\n\n${text}`,
			link: 'https://example.org/s'
		});
	});

	it('does not repeat a title that is also the text', () => {
		expect(share({ title: 'Same', text: 'Same' })).toEqual({ text: 'Same' });
	});

	it('never offers a link that is not http or https', () => {
		expect(share({ title: 'Bad', url: 'javascript:alert(1)' })).toEqual({ text: 'Bad' });
		expect(share({ text: 'Look file:///etc/passwd' })).toEqual({ text: 'Look file:///etc/passwd' });
	});
});
