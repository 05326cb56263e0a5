import { expect, test } from '@playwright/test';
import { pageStructure } from './axe';

/**
 * The structure that lets axe skip a page shaped like one analysed before (`analyseUnlessKnown`)
 * must tell apart what axe's rules tell apart, and only ignore the words.
 */
const PAGE = (main: string, title = 'Seite') => `<!doctype html>
<html lang="de"><head><title>${title}</title></head>
<body><main class="p-4"><h1 class="text-2xl">Überschrift</h1>${main}</main></body></html>`;

const LIST = `<ul class="list"><li><a href="/personen/1">Anna Beispiel</a></li></ul>`;

test('pages that differ in words, links and ids only share a structure', async ({ page }) => {
	await page.setContent(PAGE(LIST, 'Anna'));
	const first = await pageStructure(page);
	await page.setContent(
		PAGE(
			`<ul class="list"><li><a href="/personen/2">Bert Muster</a></li><li><a href="/personen/3">Carla</a></li></ul>`,
			'Bert'
		)
	);
	expect(await pageStructure(page)).toBe(first);
});

test('what axe judges makes a new structure', async ({ page }) => {
	// Pairs that differ in one thing axe's rules judge (and in nothing else).
	const pairs: Record<string, [string, string]> = {
		'a class (contrast)': ['<p class="text-gray-900">x</p>', '<p class="text-gray-400">x</p>'],
		'a link without text': ['<a href="/x">Mehr</a>', '<a href="/x"> </a>'],
		'an image without alt': ['<img src="/a.png" alt="Karte">', '<img src="/a.png">'],
		'an empty alt': ['<img src="/a.png" alt="Karte">', '<img src="/a.png" alt="">'],
		'a label pointing nowhere': [
			'<label for="name">Name</label><input id="name">',
			'<label for="nom">Name</label><input id="name">'
		],
		'a duplicate id': ['<p id="a">x</p><p id="b">y</p>', '<p id="a">x</p><p id="a">y</p>'],
		'an ARIA state': ['<ul><li>x</li></ul>', '<ul aria-hidden="true"><li>x</li></ul>'],
		'an element in a list': ['<ul><li>x</li></ul>', '<ul><div>x</div></ul>']
	};
	for (const [difference, [good, bad]] of Object.entries(pairs)) {
		await page.setContent(PAGE(good));
		const before = await pageStructure(page);
		await page.setContent(PAGE(bad));
		expect(await pageStructure(page), difference).not.toBe(before);
	}
	await page.setContent(PAGE(LIST));
	const titled = await pageStructure(page);
	await page.setContent(PAGE(LIST, ''));
	expect(await pageStructure(page), 'an empty title').not.toBe(titled);
});
