import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../audit/schema';
import { AccessDeniedError } from '../auth/policy';
import type { SessionUser } from '../auth/types';
import { db } from '../db';
import { ensureDefaultTopics } from '../directory/default-topics';
import { topic } from '../directory/schema';
import { createTestDatabase } from '../testing/test-db';
import { createGroup } from './create-group';
import { DiscussionError, DiscussionNotFoundError } from './errors';
import { getGroup } from './get-group';
import { listGroups } from './list-groups';
import { joinGroup, leaveGroup, setNotificationSetting } from './membership';
import { startThread } from './start-thread';
import { testPerson } from './test-support';
import { setGroupArchived, updateGroup } from './update-group';

let board: SessionUser;
let member: SessionUser;
let interested: SessionUser;

beforeAll(async () => {
	await createTestDatabase();
	await ensureDefaultTopics();
	board = await testPerson('Vera Vorstand', 'board');
	member = await testPerson('Mira Mitglied');
	interested = await testPerson('Ida Interessiert', 'interested');
});

const input = (name: string, extra: Partial<{ description: string; topicId: string }> = {}) => ({
	name,
	description: extra.description ?? null,
	topicId: extra.topicId ?? null
});

describe('topic groups', () => {
	it('are opened by the board only, with a readable address and an audit entry', async () => {
		await expect(createGroup({ actor: member, input: input('Verkehr') })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		const [oepnv] = await db.select().from(topic).where(eq(topic.slug, 'oepnv'));
		const created = await createGroup({
			actor: board,
			input: input('Öffentlicher Nahverkehr & Mobilität', { topicId: oepnv!.id })
		});
		expect(created.slug).toBe('oeffentlicher-nahverkehr-mobilitaet');
		const group = await getGroup({ actor: member, slug: created.slug });
		expect(group).toMatchObject({ topicName: oepnv!.name, archived: false, myNotification: null });
		const [entry] = await db.select().from(auditLog).where(eq(auditLog.targetId, created.id));
		expect(entry).toMatchObject({ action: 'discussion.group_create', actorUserId: board.id });
	});

	it('refuse a second group of the same name and give a taken address a number', async () => {
		await createGroup({ actor: board, input: input('Wohnen') });
		await expect(createGroup({ actor: board, input: input('Wohnen') })).rejects.toMatchObject({
			field: 'name'
		});
		const other = await createGroup({ actor: board, input: input('Wohnen!') });
		expect(other.slug).toBe('wohnen-2');
		const reserved = await createGroup({ actor: board, input: input('Neu') });
		expect(reserved.slug).toBe('neu-2');
	});

	it('are renamed by the board while the address stays', async () => {
		const created = await createGroup({ actor: board, input: input('Kita-Ausbau') });
		await expect(
			updateGroup({ actor: member, groupId: created.id, input: input('Kitas') })
		).rejects.toBeInstanceOf(AccessDeniedError);
		await updateGroup({
			actor: board,
			groupId: created.id,
			input: input('Kitas und Horte', { description: 'Für alle, die Kitas planen.' })
		});
		const group = await getGroup({ actor: member, slug: 'kita-ausbau' });
		expect(group).toMatchObject({
			name: 'Kitas und Horte',
			description: 'Für alle, die Kitas planen.'
		});
	});

	it('are listed for members with counts and the viewer’s own setting, not for interested people', async () => {
		const created = await createGroup({ actor: board, input: input('Haushalt kompakt') });
		await joinGroup({ actor: member, groupId: created.id });
		await startThread({
			actor: member,
			groupId: created.id,
			title: 'Doppik',
			body: 'Wer kennt sich aus?'
		});
		await expect(listGroups({ actor: interested })).rejects.toBeInstanceOf(AccessDeniedError);
		const mine = (await listGroups({ actor: member })).find((g) => g.id === created.id);
		expect(mine).toMatchObject({ memberCount: 1, threadCount: 1, myNotification: 'daily' });
		const boards = (await listGroups({ actor: board })).find((g) => g.id === created.id);
		expect(boards).toMatchObject({ memberCount: 1, myNotification: null });
	});

	it('take members who choose how they hear about them, and let them leave', async () => {
		const created = await createGroup({ actor: board, input: input('Sport im Verein') });
		await expect(joinGroup({ actor: interested, groupId: created.id })).rejects.toBeInstanceOf(
			AccessDeniedError
		);
		await expect(
			setNotificationSetting({ actor: member, groupId: created.id, setting: 'immediate' })
		).rejects.toBeInstanceOf(DiscussionError);
		await joinGroup({ actor: member, groupId: created.id });
		await joinGroup({ actor: member, groupId: created.id });
		await setNotificationSetting({ actor: member, groupId: created.id, setting: 'immediate' });
		expect((await getGroup({ actor: member, slug: created.slug })).myNotification).toBe(
			'immediate'
		);
		await leaveGroup({ actor: member, groupId: created.id });
		expect((await getGroup({ actor: member, slug: created.slug })).myNotification).toBeNull();
	});

	it('when archived stay readable but take no members and no posts', async () => {
		const created = await createGroup({ actor: board, input: input('Feuerwehrbedarf') });
		await joinGroup({ actor: member, groupId: created.id });
		await expect(
			setGroupArchived({ actor: member, groupId: created.id, archived: true })
		).rejects.toBeInstanceOf(AccessDeniedError);
		await setGroupArchived({ actor: board, groupId: created.id, archived: true });
		expect((await getGroup({ actor: member, slug: created.slug })).archived).toBe(true);
		await expect(
			startThread({ actor: member, groupId: created.id, title: 'Spät', body: 'Noch da?' })
		).rejects.toThrow('archiviert');
		const newcomer = await testPerson('Nora Neu');
		await expect(joinGroup({ actor: newcomer, groupId: created.id })).rejects.toThrow('archiviert');
		await setGroupArchived({ actor: board, groupId: created.id, archived: false });
		await joinGroup({ actor: newcomer, groupId: created.id });
		const actions = (await db.select().from(auditLog).where(eq(auditLog.targetId, created.id))).map(
			(entry) => entry.action
		);
		expect(actions).toEqual(
			expect.arrayContaining(['discussion.group_archive', 'discussion.group_restore'])
		);
	});

	it('unknown addresses are not found', async () => {
		await expect(getGroup({ actor: member, slug: 'gibt-es-nicht' })).rejects.toBeInstanceOf(
			DiscussionNotFoundError
		);
	});
});
