/**
 * Starting texts for the legally required pages. They are deliberately incomplete: only the
 * operator knows who is responsible, so each text says plainly that it must be completed.
 */
const OPERATOR_NOTICE =
	'> **Hinweis an die Betreiber*innen:** Dieser Text ist eine Vorlage und noch nicht ' +
	'vollständig. Bitte ergänzen Sie alle Angaben in eckigen Klammern unter ' +
	'„Verwaltung → Seiten“, bevor die Plattform öffentlich genutzt wird.';

export const DEFAULT_IMPRESSUM = `${OPERATOR_NOTICE}

## Anbieter

Angaben gemäß § 5 Digitale-Dienste-Gesetz (DDG):

[Name der verantwortlichen Organisation, z. B. Landesverband der Partei]
[Straße und Hausnummer]
[Postleitzahl und Ort]

Vertreten durch: [Namen der vertretungsberechtigten Personen]

## Kontakt

E-Mail: [E-Mail-Adresse]
Telefon: [Telefonnummer]

## Verantwortlich für den Inhalt

Verantwortlich nach § 18 Abs. 2 Medienstaatsvertrag (MStV):
[Name und Anschrift der verantwortlichen Person]

## Haftung für Links

Diese Plattform enthält Links zu Angeboten Dritter. Für deren Inhalte sind allein deren
Anbieter verantwortlich. Wird uns ein rechtswidriger Inhalt bekannt, entfernen wir den Link.
`;

export const DEFAULT_DATENSCHUTZ = `${OPERATOR_NOTICE}

## Verantwortliche Stelle

[Name der verantwortlichen Organisation]
[Anschrift]
E-Mail: [E-Mail-Adresse]

Datenschutzbeauftragte*r: [Name und Kontakt, falls benannt]

## Was wir speichern und warum

- **Ohne Konto:** Beim Aufruf einer Seite verarbeitet der Server technisch nötige Daten
  (IP-Adresse, Zeitpunkt, aufgerufene Adresse), um die Seite auszuliefern und Missbrauch
  abzuwehren (Art. 6 Abs. 1 lit. f DSGVO). [Speicherdauer der Server-Protokolle ergänzen.]
- **Mit Konto:** Name, E-Mail-Adresse, Rolle und – wenn Sie es angeben – Ihre Mandate,
  Gremien und Kontaktdaten. Wir nutzen sie, um Ihnen das Netzwerk bereitzustellen
  (Art. 6 Abs. 1 lit. b DSGVO). Weil die Mitarbeit Rückschlüsse auf politische Meinungen zulässt,
  verarbeiten wir diese Daten nur im Rahmen von Art. 9 Abs. 2 lit. d DSGVO bzw. mit Ihrer
  Einwilligung.
- **Mitmachen:** Was Sie im Formular „Mitmachen“ angeben (Name, E-Mail-Adresse, Kreis,
  Kreisverband, kommunalpolitische Tätigkeit, Themen, Nachricht), sieht nur der Sprecher*innenrat,
  und erst nachdem Sie Ihre Adresse über den Link in unserer E-Mail bestätigt haben
  (Art. 6 Abs. 1 lit. a und b DSGVO). Unbestätigte Anfragen löschen wir nach 30 Tagen,
  entschiedene 180 Tage nach der Entscheidung.
- **Sicherheit:** Anmeldungen und wichtige Änderungen werden in einem Protokoll vermerkt, das nur
  der Sprecher*innenrat einsehen kann.
- **E-Mails:** Für Einladungen, Bestätigungen und Benachrichtigungen nutzen wir
  [Name des E-Mail-Dienstleisters ergänzen].

Öffentlich sichtbar sind nur Name, Partei, Mandat, Gremium und Fraktion von gewählten
Mandatsträger*innen. Kontaktdaten sind nur sichtbar, wenn Sie das ausdrücklich wünschen.

## Cookies

Wir setzen nur ein technisch notwendiges Cookie für die Anmeldung (§ 25 Abs. 2 TDDDG). Es gibt
keine Werbung, kein Tracking und keine Inhalte von fremden Servern.

## Wie lange wir speichern

[Speicherfristen für Konten, Protokolle und Sicherungen ergänzen.]

## Ihre Rechte

Sie haben das Recht auf Auskunft, Berichtigung, Löschung, Einschränkung der Verarbeitung,
Datenübertragbarkeit und Widerspruch (Art. 15 bis 21 DSGVO) sowie auf Widerruf einer
Einwilligung. Sie können sich bei einer Datenschutz-Aufsichtsbehörde beschweren, zum Beispiel
bei dem*der [Landesbeauftragten für Datenschutz Ihres Bundeslandes ergänzen].
`;
