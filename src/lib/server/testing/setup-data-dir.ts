import os from 'node:os';
import path from 'node:path';

/**
 * Tests never write into the working tree's `./data`: whatever services store on disk there
 * (attachments of the demo seed, setup links) goes to a folder of this test run in the system's
 * temp directory. Runs before each test file; files that need their own folder set DATA_DIR
 * themselves and may delete it afterwards, which the next file's run of this undoes.
 */
process.env.DATA_DIR ??= path.join(os.tmpdir(), `kommunalnetz-vitest-${process.ppid}`);

/**
 * The OParl test servers listen on loopback, which the import refuses for real sources: tests
 * allow it the way an operator would (tests of the refusal set their own value).
 */
process.env.OPARL_ALLOW_PRIVATE_HOSTS ??= '127.0.0.1,localhost,::1';
