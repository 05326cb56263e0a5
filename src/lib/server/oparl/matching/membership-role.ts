import type { MembershipRole } from '$lib/shared/directory';
import { plainText } from './normalize-name';

/**
 * The directory's role for an imported membership's free-text role ("stellv. Mitglied",
 * "Ausschussvorsitzender", "Sachkundiger Bürger" …). Deputies are checked before chairs, since
 * "stellvertretender Vorsitzender" contains both words; anything unknown is a plain membership.
 */
export function membershipRoleOf(
	role: string | null,
	organizationType: 'council' | 'committee' | 'faction' | 'party' | 'other'
): MembershipRole {
	const text = plainText(role ?? '');
	const deputy = /\b(stellv|stellvertret|vertreter|vertreterin|ersatz)/.test(text);
	const chair = /vorsitz|vorsteher|praesident|buergermeister|landrat/.test(text);
	if (chair && deputy) return 'vice_chair';
	if (chair) return organizationType === 'faction' ? 'faction_chair' : 'chair';
	if (deputy) return 'deputy_member';
	if (/sachkundig|beratend|einwohner|buerger/.test(text)) return 'expert_citizen';
	if (/sprecher/.test(text)) return 'spokesperson';
	return 'member';
}
