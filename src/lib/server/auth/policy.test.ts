import { afterEach, describe, expect, it } from 'vitest';
import { resetEnvForTests } from '../config/env';
import {
	AccessDeniedError,
	assertCan,
	can,
	needsTwoFactorSetup,
	requireAccess,
	skipsTwoFactorForDemo
} from './policy';
import type { SessionUser } from './types';

const board: SessionUser = {
	id: 'b1',
	email: 'vorstand@example.org',
	name: 'Bea',
	role: 'board',
	emailVerified: true,
	twoFactorEnabled: false,
	accessExpiresAt: null
};

function event(user: SessionUser | null, path = '/verwaltung/personen') {
	return {
		locals: { user, sessionId: null, requestId: 'r' },
		url: new URL(`http://127.0.0.1${path}`)
	};
}

function thrown(run: () => unknown): unknown {
	try {
		run();
	} catch (error) {
		return error;
	}
	throw new Error('nothing thrown');
}

describe('policy: board and two-factor sign-in', () => {
	afterEach(() => {
		delete process.env.DEMO;
		resetEnvForTests();
	});

	it('denies board permissions to a board member without 2FA and sends them to set it up', () => {
		expect(needsTwoFactorSetup(board)).toBe(true);
		expect(() => assertCan(board, 'admin.users')).toThrow(AccessDeniedError);
		expect(() => assertCan(board, 'admin.audit')).toThrow(AccessDeniedError);
		expect(thrown(() => requireAccess(event(board), 'admin.users'))).toMatchObject({
			status: 303,
			location: '/konto/sicherheit?pflicht=2fa'
		});
		// Their own account stays reachable, so they can set 2FA up.
		expect(requireAccess(event(board, '/konto/sicherheit'), 'account.manage')).toBe(board);
	});

	it('grants them once 2FA is on', () => {
		const secured = { ...board, twoFactorEnabled: true };
		expect(() => assertCan(secured, 'admin.users')).not.toThrow();
		expect(requireAccess(event(secured), 'admin.users')).toBe(secured);
	});

	it('lets the demo board account work with the password alone', () => {
		process.env.DEMO = '1';
		resetEnvForTests();
		expect(needsTwoFactorSetup(board)).toBe(false);
		expect(skipsTwoFactorForDemo(board)).toBe(true);
		expect(requireAccess(event(board), 'admin.users')).toBe(board);
	});

	it('sends anonymous visitors to sign in with a return path and refuses others with 403', () => {
		expect(thrown(() => requireAccess(event(null, '/konto?x=1'), 'account.manage'))).toMatchObject({
			status: 303,
			location: '/anmelden?weiter=%2Fkonto%3Fx%3D1'
		});
		const member = { ...board, role: 'member' as const };
		expect(thrown(() => requireAccess(event(member), 'admin.users'))).toMatchObject({
			status: 403
		});
		expect(can({ ...board, role: 'guest', accessExpiresAt: new Date(0) }, 'shared.read')).toBe(
			false
		);
	});
});
