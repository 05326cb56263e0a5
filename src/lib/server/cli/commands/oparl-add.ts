import { addOparlSource, AddOparlSourceError } from '../../oparl/sync/add-source';
import { followBodiesFromCli, UnknownBodyError } from '../../oparl/sync/follow-from-cli';
import type { CliCommand, CliContext } from '../context';
import { CliError } from '../errors';

interface Options {
	follow?: string[];
}

async function run(context: CliContext, systemUrl: string, options: Options): Promise<void> {
	await context.withDatabase(async () => {
		let sourceId: string;
		try {
			const added = await addOparlSource(systemUrl, 'cli', { signal: context.signal });
			sourceId = added.sourceId;
			context.print(`Quelle „${added.name}“ (OParl ${added.oparlVersion}) angelegt: ${sourceId}`);
			context.print('Körperschaften:');
			for (const body of added.bodies) {
				context.print(`  ${body.bodyId}  ${body.name}  (${body.oparlId})`);
			}
		} catch (error) {
			// Adding again with --follow only follows: handy in setup scripts.
			if (error instanceof AddOparlSourceError && error.code === 'exists' && options.follow) {
				sourceId = error.sourceId!;
				context.note(`Die Quelle ist bereits angelegt (${sourceId}).`);
			} else if (error instanceof AddOparlSourceError) {
				throw new CliError(error.message);
			} else throw error;
		}
		if (!options.follow) {
			context.note(
				'Noch wird keiner Körperschaft gefolgt. Folgen mit: ' +
					`npm run cli -- oparl:add ${systemUrl} --follow <Körperschafts-ID|all>, ` +
					'dann importieren mit: npm run cli -- oparl:sync'
			);
			return;
		}
		try {
			const names = await followBodiesFromCli(sourceId, options.follow);
			context.print(`Gefolgt: ${names.join('; ') || '(keine)'}`);
			context.note('Importieren mit: npm run cli -- oparl:sync');
		} catch (error) {
			if (error instanceof UnknownBodyError) throw new CliError(error.message);
			throw error;
		}
	});
}

export default {
	register(program, context) {
		program
			.command('oparl:add')
			.summary('ein Ratsinformationssystem (OParl) als Quelle hinzufügen')
			.description(
				'Liest das OParl-System unter der angegebenen Adresse und seine Körperschaften und legt ' +
					'die Quelle an. Gefolgt (also importiert) wird nur den Körperschaften, die mit --follow ' +
					'gewählt werden (ID hier, OParl-ID oder „all“); ohne --follow werden sie nur aufgelistet.'
			)
			.argument(
				'<systemUrl>',
				'Adresse des OParl-Systems, z. B. https://ratsinfo.example.de/oparl/v1'
			)
			.option(
				'--follow <körperschaften...>',
				'Körperschaften, denen gefolgt werden soll, oder „all“'
			)
			.action((systemUrl: string, options: Options) => run(context, systemUrl, options));
	}
} satisfies CliCommand;
