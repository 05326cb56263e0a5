import { db } from '../db';
import { auditLog } from './schema';

export interface AuditActor {
	id: string;
	email?: string;
	name?: string;
}

export interface AuditEntry {
	/** null for the system itself (setup, CLI, jobs). */
	actor: AuditActor | null;
	/** Dotted verb, e.g. `user.invite`, `user.role_change`, `settings.update`. */
	action: string;
	targetType?: string;
	targetId?: string;
	targetLabel?: string;
	details?: Record<string, unknown>;
	ip?: string | null;
}

/** How a person reads as an entry's target: "Erika Muster <erika@example.org>". */
export function personLabel(name: string, email: string): string {
	return `${name} <${email}>`;
}

/** `executor` lets a service write the entry in its own transaction (default: the process's db). */
export async function recordAudit(
	entry: AuditEntry,
	executor: Pick<typeof db, 'insert'> = db
): Promise<void> {
	await executor.insert(auditLog).values({
		actorUserId: entry.actor?.id ?? null,
		actorLabel: entry.actor ? (entry.actor.name ?? entry.actor.email ?? entry.actor.id) : 'System',
		action: entry.action,
		targetType: entry.targetType,
		targetId: entry.targetId,
		targetLabel: entry.targetLabel,
		details: entry.details,
		ip: entry.ip ?? null
	});
}
