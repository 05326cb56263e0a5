// `npm run cli -- <befehl>`: administration commands, see src/lib/server/cli/commands.
import { runCli } from '../src/lib/server/cli/program';

const exitCode = await runCli(process.argv);
process.exitCode = exitCode;
// Everything is closed by now; should a library still hold the event loop, do not hang.
setTimeout(() => process.exit(exitCode), 2000).unref();
