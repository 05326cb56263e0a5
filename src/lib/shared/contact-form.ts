import { z } from 'zod';

/** The contact form that mails a person whose address the sender may not see. */
export const contactForm = z.object({
	subject: z
		.string({ error: 'Bitte einen Betreff angeben.' })
		.trim()
		.min(1, 'Bitte einen Betreff angeben.')
		.max(150, 'Der Betreff darf höchstens 150 Zeichen lang sein.')
		// It becomes a mail header: a line break there would be a header injection.
		.refine((value) => !/[\r\n]/.test(value), 'Der Betreff muss in eine Zeile passen.'),
	message: z
		.string({ error: 'Bitte eine Nachricht schreiben.' })
		.trim()
		.min(20, 'Bitte schreiben Sie mindestens 20 Zeichen, damit klar wird, worum es geht.')
		.max(5000, 'Die Nachricht darf höchstens 5.000 Zeichen lang sein.')
});
export type ContactFormInput = z.infer<typeof contactForm>;
