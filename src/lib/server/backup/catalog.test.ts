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

	it('breaks a cycle at a reference that can wait, so rows that must exist first come first', () => {
		const column = (name: string, notNull: boolean) => ({ name, type: 'uuid', notNull });
		const reference = (name: string, columnName: string, referencedTable: string) => ({
			name,
			columns: [columnName],
			referencedTable,
			deferrable: false
		});
		// As the OParl tables: an object may name its body (nullable); a body and an agenda item
		// are objects (their key must exist first).
		const ordered = orderByDependencies([
			{
				name: 'oparl_agenda_item',
				columns: [column('object_id', true)],
				primaryKey: ['object_id'],
				foreignKeys: [reference('item_object', 'object_id', 'oparl_object')]
			},
			{
				name: 'oparl_body',
				columns: [column('object_id', true)],
				primaryKey: ['object_id'],
				foreignKeys: [reference('body_object', 'object_id', 'oparl_object')]
			},
			{
				name: 'oparl_object',
				columns: [column('id', true), column('body_id', false)],
				primaryKey: ['id'],
				foreignKeys: [reference('object_body', 'body_id', 'oparl_body')]
			}
		]).map((t) => t.name);
		expect(ordered).toEqual(['oparl_object', 'oparl_agenda_item', 'oparl_body']);
	});
});
