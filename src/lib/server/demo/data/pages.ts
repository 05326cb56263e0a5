/**
 * Impressum and Datenschutz of the demo. Everything here is public by nature, so it names only
 * invented, clearly fictional data and nothing from the private demo values.
 */
const DEMO_NOTICE =
	'> **Demo-Instanz:** Diese Plattform zeigt erfundene Inhalte zum Ausprobieren. ' +
	'Personen, Anschriften und Kontaktdaten sind frei erfunden.';

export const DEMO_IMPRESSUM = `${DEMO_NOTICE}

## Anbieter

Beispiel-Landesverband Kommunalpolitik (fiktiv)
Musterstraße 1
12345 Beispielstadt

Vertreten durch: Erika Beispiel und Max Muster (fiktiv)

## Kontakt

E-Mail: [impressum@example.org](mailto:impressum@example.org)

## Verantwortlich für den Inhalt

Verantwortlich nach § 18 Abs. 2 MStV: Erika Beispiel, Anschrift wie oben
`;

export const DEMO_DATENSCHUTZ = `${DEMO_NOTICE}

## Verantwortliche Stelle

Beispiel-Landesverband Kommunalpolitik (fiktiv), Musterstraße 1, 12345 Beispielstadt,
[datenschutz@example.org](mailto:datenschutz@example.org)

## Was diese Demo speichert

- Die Demo-Konten und alles, was Sie beim Ausprobieren eingeben.
- Ein technisch notwendiges Cookie für die Anmeldung. Kein Tracking, keine fremden Server.

Geben Sie in der Demo bitte keine echten personenbezogenen Daten ein. Die Demo-Daten können
jederzeit gelöscht werden.
`;
