import { z } from 'zod';
import { email, requiredText } from '../../../shared/validation';

/** The public contact form; `website` is the honeypot people never see or fill. */
export const contactInput = z.object({
	name: requiredText('Ihren Namen', 120),
	email,
	subject: requiredText('einen Betreff', 150),
	message: requiredText('eine Nachricht', 5000),
	consent: z.literal('on', {
		error: 'Bitte bestätigen Sie, dass wir Ihre Angaben zur Beantwortung nutzen dürfen.'
	}),
	website: z.string().optional()
});

export type ContactInput = z.infer<typeof contactInput>;
