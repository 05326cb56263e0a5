import { describe, expect, it } from 'vitest';
import { orderByDependencies, type TableInfo } from './catalog';

function table(name: string, ...references: string[]): TableInfo {
	return {
		name,
		columns: [],
		primaryKey: ['id'],
		foreignKeys: references.map((referencedTable) => ({
			name: `${name}_${referencedTable}_fk`,
			columns: [`${referencedTable}_id`],
			referencedTable,
			deferrable: false
		}))
	};
}

describe('orderByDependencies', () => {
	it('puts every table after the tables it references, ignoring self-references', () => {
		const ordered = orderByDependencies([
			table('membership', 'person', 'organization'),
			table('organization', 'body'),
			table('person'),
			table('body', 'territorial_unit'),
			table('territorial_unit', 'territorial_unit')
		]).map((t) => t.name);
		expect(ordered).toEqual(['person', 'territorial_unit', 'body', 'organization', 'membership']);
	});

	it('keeps every table when references form a cycle', () => {
		const ordered = orderByDependencies([
			table('a', 'b'),
			table('b', 'a'),
			table('c', 'a'),
			table('d')
		]).map((t) => t.name);
		expect(ordered).toEqual(['d', 'a', 'b', 'c']);
	});
});
