import { describe, expect, it } from 'vitest';
import { markdownBlocks } from './markdown-blocks';

describe('markdownBlocks', () => {
	it('keeps headings, emphasis, lists with depth and numbers, and drops raw HTML', () => {
		const blocks = markdownBlocks(
			[
				'## Beschlussvorschlag',
				'',
				'Der Kreistag **möge** _beschließen_ & handeln:',
				'',
				'1. Kitas bauen',
				'2. Schulen sanieren',
				'   - Dächer',
				'   - Fenster',
				'',
				'<script>alert(1)</script>',
				'',
				'> Zitat aus dem Gesetz'
			].join('\n')
		);
		expect(blocks).toEqual([
			{ kind: 'heading', level: 2, runs: [{ text: 'Beschlussvorschlag' }] },
			{
				kind: 'paragraph',
				quote: false,
				runs: [
					{ text: 'Der Kreistag ' },
					{ text: 'möge', bold: true },
					{ text: ' ' },
					{ text: 'beschließen', italic: true },
					{ text: ' & handeln:' }
				]
			},
			{
				kind: 'list-item',
				ordered: true,
				number: 1,
				depth: 0,
				first: true,
				runs: [{ text: 'Kitas bauen' }]
			},
			{
				kind: 'list-item',
				ordered: true,
				number: 2,
				depth: 0,
				first: false,
				runs: [{ text: 'Schulen sanieren' }]
			},
			{
				kind: 'list-item',
				ordered: false,
				number: 1,
				depth: 1,
				first: true,
				runs: [{ text: 'Dächer' }]
			},
			{
				kind: 'list-item',
				ordered: false,
				number: 2,
				depth: 1,
				first: false,
				runs: [{ text: 'Fenster' }]
			},
			{ kind: 'paragraph', quote: true, runs: [{ text: 'Zitat aus dem Gesetz' }] }
		]);
	});

	it('prints a link with its address and a line break as a break', () => {
		const [block] = markdownBlocks('Siehe [Satzung](https://example.org/s)\nZeile zwei');
		expect(block).toMatchObject({
			kind: 'paragraph',
			runs: [
				{ text: 'Siehe ' },
				{ text: 'Satzung' },
				{ text: ' (https://example.org/s)' },
				{ text: '\n' },
				{ text: 'Zeile zwei' }
			]
		});
	});
});
