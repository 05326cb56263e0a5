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
	// `options()` replaces what `withTags()` set, so it comes first.
	const results = await new AxeBuilder({ page })
		.setLegacyMode(true)
		.options({ resultTypes: ['violations'] })
		.withTags(WCAG_TAGS)
		.analyze();
	return {
		url: page.url(),
		violations: results.violations.filter((violation) =>
			FAILING_IMPACTS.has(violation.impact ?? '')
		)
	};
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
