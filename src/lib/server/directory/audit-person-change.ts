import { recordAudit } from '../audit/record-audit';
import type { DirectoryEditor } from './person-access';

/**
 * Every change to a person's data made by someone else than the person is logged (issue 4);
 * a person changing their own entry is not. The log names fields, never their values: the audit
 * log must not become a second copy of personal data the person may later delete.
 */
export async function auditPersonChange(options: {
	editor: DirectoryEditor;
	personId: string;
	personName: string;
	action: string;
	details?: Record<string, unknown>;
	ip?: string | null;
}): Promise<void> {
	if (options.editor.personId === options.personId) return;
	await recordAudit({
		actor: options.editor.user,
		action: options.action,
		targetType: 'person',
		targetId: options.personId,
		targetLabel: options.personName,
		details: options.details,
		ip: options.ip
	});
}
