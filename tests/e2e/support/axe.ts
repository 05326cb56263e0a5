/**
 * Accessibility checks with axe-core against WCAG 2.1 A and AA.
 *
 * - `findAxeViolations(page)`: the serious and critical violations on the page as it is now.
 * - `expectAccessible(page)`: fails the test on any of them, with a readable list.
 *
 * Every spec that imports `test` from fixtures.ts gets these checks on every page it visits
 * automatically; call `expectAccessible` yourself for states a plain reload cannot show again
 * (a form with its error messages, an open dialog).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import type { Result } from 'axe-core';
import { createHash } from 'node:crypto';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

export interface AxeFinding {
	url: string;
	violations: Result[];
}

export async function findAxeViolations(page: Page): Promise<AxeFinding> {
	// Only violations are read, so axe need not build selectors for every passing node; it skips
	// them only in axe.run (runPartial ignores resultTypes, axe-core#4427). Legacy mode runs
	// axe.run in the page itself, which also saves the blank page and second axe injection that
	// finishRun costs on every analysis; what it gives up is cross-origin frames, which the app
	// has none of. About half the time per analysis, with the same violations.
	// `options()` replaces what `withTags()` set, so it comes first. Of the rules that wait for
	// preloaded assets, only no-autoplay-audio runs under these tags, and it needs the media;
	// the style sheets axe also fetches and parses by default serve css-orientation-lock alone,
	// an experimental rule these tags leave out (same results, about a tenth less time).
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'], preload: { assets: ['media'] } })
		.withTags(WCAG_TAGS)
		.analyze();
	return {
		url: page.url(),
		violations: results.violations.filter((violation) =>
			FAILING_IMPACTS.has(violation.impact ?? '')
		)
	};
}

/**
 * What axe's WCAG rules look at on the page, without the words: every element's tag, classes,
 * style, role and ARIA states, which labelling attributes it has (set or empty, not their
 * text), whether it holds text of its own, and its parent's tag, classes and role; plus the
 * title, the language and whether ids are unique and every id reference resolves. Two pages
 * with the same structure get the same verdict from those rules (a contrast depends on the
 * classes and styles, a missing name on an attribute or text being there), so a page shaped
 * like one analysed clean in this run need not be analysed again: a person page like another
 * person's, the sign-in form with another return address. A new kind of element (an attachment
 * list, an error message) makes a new structure, which is analysed.
 */
export async function pageStructure(page: Page): Promise<string> {
	const signatures = await page.evaluate(() => {
		const PRESENCE = ['alt', 'title', 'placeholder', 'aria-label', 'value', 'href', 'src'];
		const REFERENCES = ['for', 'aria-labelledby', 'aria-describedby', 'aria-controls', 'aria-owns'];
		/** Kept with their values: what they say changes what axe judges. */
		const KEPT = ['role', 'type', 'class', 'style', 'tabindex', 'scope', 'lang', 'hidden'];
		const STATES = ['disabled', 'required', 'multiple', 'readonly', 'autocomplete'];
		const describe = (element: Element): string => {
			const parts = [element.tagName];
			for (const { name, value } of element.attributes) {
				if (PRESENCE.includes(name) || REFERENCES.includes(name) || name === 'id') {
					parts.push(`${name}:${value.trim() !== ''}`);
				} else if (KEPT.includes(name) || STATES.includes(name) || name.startsWith('aria-')) {
					parts.push(`${name}=${value}`);
				}
			}
			const ownText = [...element.childNodes].some(
				(node) => node.nodeType === Node.TEXT_NODE && (node.textContent ?? '').trim() !== ''
			);
			parts.push(ownText ? 'text' : 'no-text');
			return parts.join(' ');
		};
		const parentOf = (element: Element) => {
			const parent = element.parentElement;
			return parent
				? `${parent.tagName} ${parent.getAttribute('class') ?? ''} ${parent.getAttribute('role') ?? ''}`
				: '';
		};
		const all = [...document.querySelectorAll('*')];
		const ids = all.filter((element) => element.id).map((element) => element.id);
		const known = new Set(ids);
		const referencesResolve = all.every((element) =>
			REFERENCES.every((name) =>
				(element.getAttribute(name) ?? '').split(/\s+/).every((id) => id === '' || known.has(id))
			)
		);
		const signatures = new Set(all.map((element) => `${describe(element)} < ${parentOf(element)}`));
		signatures.add(
			`title:${document.title.trim() !== ''} lang=${document.documentElement.lang} ` +
				`unique-ids:${known.size === ids.length} references:${referencesResolve}`
		);
		return [...signatures].sort();
	});
	return createHash('sha256').update(signatures.join('\n')).digest('hex');
}

export function describeFindings(findings: AxeFinding[]): string {
	return findings
		.filter((finding) => finding.violations.length > 0)
		.map((finding) => {
			const lines = finding.violations.map((violation) => {
				const targets = violation.nodes
					.slice(0, 5)
					.map((node) => node.target.join(' '))
					.join(' | ');
				return `  - ${violation.id} (${violation.impact}): ${violation.help} — ${targets}`;
			});
			return `${finding.url}\n${lines.join('\n')}`;
		})
		.join('\n');
}

export async function expectAccessible(page: Page): Promise<void> {
	const finding = await findAxeViolations(page);
	expect(
		finding.violations.length,
		`Barrierefreiheit (axe, WCAG 2.1 AA) verletzt:\n${describeFindings([finding])}`
	).toBe(0);
}
