import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../content/render-markdown';
import { highlightMentions } from './highlight-mentions';

const render = (markdown: string, names: string[]) =>
	highlightMentions(renderMarkdown(markdown), names);

describe('highlightMentions', () => {
	it('marks the mentioned people in the text', () => {
		expect(render('Danke, @Mira Mitgliedermann!', ['Mira Mitgliedermann'])).toBe(
			'<p>Danke, <strong class="mention">@Mira Mitgliedermann</strong>!</p>\n'
		);
	});

	it('leaves people who were not mentioned, links, code and attributes alone', () => {
		expect(render('@Jonas Fraktionsberg hallo', ['Mira Mitgliedermann'])).not.toContain('mention');
		expect(render('`@Mira Mitgliedermann`', ['Mira Mitgliedermann'])).not.toContain('mention');
		const link = render('[@Mira Mitgliedermann](https://example.org/@Mira)', [
			'Mira Mitgliedermann'
		]);
		expect(link).not.toContain('mention');
		expect(link).toContain('href="https://example.org/@Mira"');
	});

	it('matches names with characters HTML escapes', () => {
		expect(render("Frage an @Jo O'Neil", ["Jo O'Neil"])).toContain(
			'<strong class="mention">@Jo O\'Neil</strong>'
		);
		expect(render('@Ben & Jerry', ['Ben & Jerry'])).toContain(
			'<strong class="mention">@Ben &amp; Jerry</strong>'
		);
	});
});
