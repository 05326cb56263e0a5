import { describe, expect, it } from 'vitest';
import { ignoresModifiedSince, parseListPage, withModifiedSince } from './parse-list-page';

const url = 'https://ris.example.de/oparl/body/1/paper?page=2';

describe('parseListPage', () => {
	it('reads items, the next page (relative links too) and the claimed total', () => {
		const page = parseListPage(url, {
			data: [{ id: 'a' }, { id: 'b' }],
			pagination: { totalElements: 60, elementsPerPage: 25 },
			links: { next: '/oparl/body/1/paper?page=3' }
		});
		expect(page).toEqual({
			items: [{ id: 'a' }, { id: 'b' }],
			next: 'https://ris.example.de/oparl/body/1/paper?page=3',
			claimedTotal: 60,
			problems: []
		});
	});

	it('takes a bare array (some 1.0 servers) and reports a page without data', () => {
		expect(parseListPage(url, [{ id: 'a' }]).items).toHaveLength(1);
		const empty = parseListPage(url, { links: {}, pagination: { totalElements: 'viele' } });
		expect(empty.items).toEqual([]);
		expect(empty.claimedTotal).toBeNull();
		expect(empty.problems).toEqual([expect.objectContaining({ kind: 'missing_field', url })]);
		expect(parseListPage(url, 'Wartungsarbeiten').problems[0]!.kind).toBe('invalid_json');
	});
});

describe('modified_since', () => {
	it('is added as UTC without milliseconds, replacing one already there', () => {
		const since = new Date('2026-11-01T08:00:00.123Z');
		expect(withModifiedSince('https://ris.example.de/oparl/paper?modified_since=x', since)).toBe(
			'https://ris.example.de/oparl/paper?modified_since=2026-11-01T08%3A00%3A00%2B00%3A00'
		);
	});

	it('was ignored when a page holds objects modified before it (tombstones prove nothing)', () => {
		const since = new Date('2026-11-01T08:00:00Z');
		expect(ignoresModifiedSince([{ modified: '2026-11-02T10:00:00+01:00' }], since)).toBe(false);
		expect(ignoresModifiedSince([{ deleted: true, modified: '2020-01-01T00:00:00Z' }], since)).toBe(
			false
		);
		expect(ignoresModifiedSince([{ name: 'ohne Datum' }], since)).toBe(false);
		expect(ignoresModifiedSince([{ modified: '2021-09-06T10:00:00+02:00' }], since)).toBe(true);
	});
});
