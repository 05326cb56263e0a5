import path from 'node:path';

/**
 * The project's OParl fixtures (`tests/fixtures/oparl/`), found from the working directory: tests,
 * the CLI, benchmarks and the demo all run from the project root.
 */
export const OPARL_FIXTURES_DIR = path.resolve(process.cwd(), 'tests/fixtures/oparl');

/** Real OParl 1.0 data with quirks (see its README). */
export const HUERTGENWALD_FIXTURE_DIR = path.join(OPARL_FIXTURES_DIR, 'huertgenwald');

/** The ids in the Hürtgenwald fixture start with this (the original server's API root). */
export const HUERTGENWALD_API = 'https://sdnetrim.kdvz-frechen.de/rim4220/webservice/oparl/v1.0';
