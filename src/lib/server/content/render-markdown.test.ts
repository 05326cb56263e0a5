import { describe, expect, it } from 'vitest';
import { renderMarkdown } from './render-markdown';

describe('renderMarkdown', () => {
	it('renders headings one level below the page title, lists, emphasis and tables', () => {
		const html = renderMarkdown(
			'# Impressum\n\n**Fett** und *kursiv*\n\n- eins\n- zwei\n\n| a | b |\n|---|---|\n| 1 | 2 |'
		);
		expect(html).toContain('<h2>Impressum</h2>');
		expect(html).toContain('<strong>Fett</strong>');
		expect(html).toContain('<em>kursiv</em>');
		expect(html).toContain('<li>zwei</li>');
		expect(html).toContain('<td>2</td>');
	});

	it('keeps line breaks, so addresses stay on separate lines', () => {
		expect(renderMarkdown('Musterstraße 1\n12345 Musterstadt')).toBe(
			'<p>Musterstraße 1<br />12345 Musterstadt</p>\n'
		);
	});

	it('starts the outline at h2 whether the author wrote # or ##, keeping the steps', () => {
		expect(renderMarkdown('## Anbieter\n\n### Kontakt')).toBe(
			'<h2>Anbieter</h2>\n<h3>Kontakt</h3>\n'
		);
		expect(renderMarkdown('# A\n\n## B')).toBe('<h2>A</h2>\n<h3>B</h3>\n');
		expect(renderMarkdown('#### Tief')).toBe('<h2>Tief</h2>\n');
		expect(renderMarkdown('# Titel', { topHeadingLevel: 1 })).toBe('<h1>Titel</h1>\n');
	});

	it('does not mistake other tags for headings', () => {
		expect(renderMarkdown('<header>x</header>\n\n<hr>')).toBe('x<hr />');
	});

	it('removes scripts, event handlers, styles, iframes and javascript: links', () => {
		const html = renderMarkdown(
			[
				'<script>alert(1)</script>',
				'<img src="x" onerror="alert(2)">',
				'<p onclick="alert(3)" style="color:red">Text</p>',
				'<iframe src="https://example.org"></iframe>',
				'[klick](javascript:alert(4))',
				'<a href="JaVaScRiPt:alert(5)">x</a>'
			].join('\n\n')
		);
		expect(html).not.toMatch(/script|onerror|onclick|style=|iframe|<img|alert\(/i);
		expect(html).toContain('<p>Text</p>');
	});

	it('marks external links and keeps mail and phone links', () => {
		const html = renderMarkdown(
			'[BKG](https://www.bkg.bund.de) [Mail](mailto:info@example.org) [Tel](tel:+49385000)'
		);
		expect(html).toContain('<a href="https://www.bkg.bund.de" rel="noopener noreferrer nofollow">');
		expect(html).toContain('<a href="mailto:info@example.org">');
		expect(html).toContain('<a href="tel:+49385000">');
	});

	it('escapes text that merely looks like markup', () => {
		expect(renderMarkdown('5 < 6 & `<b>`')).toBe('<p>5 &lt; 6 &amp; <code>&lt;b&gt;</code></p>\n');
	});
});
