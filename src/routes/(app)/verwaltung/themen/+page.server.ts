import type { z } from 'zod';
import { requireAccess } from '$lib/server/auth/policy';
import { directoryFailure } from '$lib/server/directory/directory-failure';
import { listTopics } from '$lib/server/directory/list-topics';
import {
	addTopic,
	moveTopic,
	renameTopic,
	setTopicArchived
} from '$lib/server/directory/manage-topics';
import { formAction } from '$lib/server/forms/form-action';
import type { SessionUser } from '$lib/server/auth/types';
import {
	topicIdForm,
	topicMoveForm,
	topicNameForm,
	topicRenameForm
} from '$lib/shared/directory-forms';

export async function load(event) {
	requireAccess(event, 'directory.manage');
	return { topics: await listTopics({ includeArchived: true }) };
}

/** Results name their form: `add`, or `t:<topic id>` for the forms of one topic. */
const topicScope = (formData: FormData) => `t:${formData.get('topicId')}`;
const topicAction = <Schema extends z.ZodType>(
	schema: Schema,
	run: (input: { actor: SessionUser; data: z.infer<Schema>; ip: string }) => Promise<unknown>,
	success?: string | ((data: z.infer<Schema>) => string)
) =>
	formAction({
		permission: 'directory.manage',
		schema,
		scope: (formData) => (formData.has('topicId') ? topicScope(formData) : 'add'),
		failure: (caught, formData) => directoryFailure(caught, formData),
		run,
		success: typeof success === 'function' ? (_result, data) => success(data) : success
	});

export const actions = {
	add: topicAction(
		topicNameForm,
		({ actor, data, ip }) => addTopic({ actor, ...data, ip }),
		(data) => `„${data.name}“ steht jetzt am Ende der Liste.`
	),
	rename: topicAction(
		topicRenameForm,
		({ actor, data, ip }) => renameTopic({ actor, ...data, ip }),
		'Gespeichert.'
	),
	move: topicAction(topicMoveForm, ({ actor, data, ip }) => moveTopic({ actor, ...data, ip })),
	archive: topicAction(
		topicIdForm,
		({ actor, data, ip }) => setTopicArchived({ actor, ...data, archived: true, ip }),
		'Archiviert. Personen behalten das Thema, neu wählen kann es niemand.'
	),
	restore: topicAction(
		topicIdForm,
		({ actor, data, ip }) => setTopicArchived({ actor, ...data, archived: false, ip }),
		'Wieder in der Liste.'
	)
};
