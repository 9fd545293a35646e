<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AdminCommand</name>
    <message>
        <source>Team database logins (PostgreSQL, as its owner): admin add-login PERSON LOGIN [--no-password] (the password is read from standard input), admin remove-login LOGIN, admin list-logins [--json].</source>
        <translation>Logins der Team-Datenbank (PostgreSQL, als deren Eigentümer): admin add-login PERSON LOGIN [--no-password] (das Passwort wird von der Standardeingabe gelesen), admin remove-login LOGIN, admin list-logins [--json].</translation>
    </message>
    <message>
        <source>Run &apos;greenlight admin add-login --help&apos; (or remove-login, list-logins) for the options.</source>
        <translation>Die Optionen zeigt &apos;greenlight admin add-login --help&apos; (oder remove-login, list-logins).</translation>
    </message>
    <message>
        <source>usage: %1, %2, or %3</source>
        <translation>Aufruf: %1, %2 oder %3</translation>
    </message>
    <message>
        <source>logins belong to a team database: give --db postgresql://OWNER@HOST/DATABASE (a SQLite file knows people by their OS accounts, people[].accounts)</source>
        <translation>Logins gehören zu einer Team-Datenbank: --db postgresql://EIGENTÜMER@HOST/DATENBANK angeben (eine SQLite-Datei kennt Personen an ihren Betriebssystem-Konten, people[].accounts)</translation>
    </message>
    <message>
        <source>The person in the portfolio the login is.</source>
        <translation>Die Person im Portfolio, die dieses Login ist.</translation>
    </message>
    <message>
        <source>The server login (role name) to create.</source>
        <translation>Das anzulegende Server-Login (Rollenname).</translation>
    </message>
    <message>
        <source>Create the login without a password: the server&apos;s pg_hba.conf authenticates it (peer, cert or GSS).</source>
        <translation>Das Login ohne Passwort anlegen: die pg_hba.conf des Servers authentifiziert es (peer, cert oder GSS).</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>unknown person &quot;%1&quot; (people are listed in the portfolio&apos;s people[])</source>
        <translation>unbekannte Person „%1“ (Personen stehen in people[] des Portfolios)</translation>
    </message>
    <message>
        <source>no password on standard input (pipe it in; or give --no-password when the server authenticates the login by peer, cert or GSS)</source>
        <translation>kein Passwort auf der Standardeingabe (per Pipe übergeben; oder --no-password angeben, wenn der Server das Login per peer, cert oder GSS authentifiziert)</translation>
    </message>
    <message>
        <source>Added the login %1 for %2 (%3), %4; audit event %5.</source>
        <translation>Login %1 für %2 angelegt (%3), %4; Audit-Ereignis %5.</translation>
    </message>
    <message>
        <source>with a password</source>
        <translation>mit Passwort</translation>
    </message>
    <message>
        <source>without a password (pg_hba.conf decides)</source>
        <translation>ohne Passwort (pg_hba.conf entscheidet)</translation>
    </message>
    <message>
        <source>The login to drop.</source>
        <translation>Das zu löschende Login.</translation>
    </message>
    <message>
        <source>Removed the login %1; audit event %2.</source>
        <translation>Login %1 entfernt; Audit-Ereignis %2.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>(cannot log in)</source>
        <translation>(kann sich nicht anmelden)</translation>
    </message>
    <message>
        <source>No logins.</source>
        <translation>Keine Logins.</translation>
    </message>
</context>
<context>
    <name>AlertScanner</name>
    <message>
        <source>%1 takes %2 % of AI spend but brings %3 % of revenue (%4× &gt; %5×)</source>
        <translation>%1 verursacht %2 % der KI-Kosten, bringt aber %3 % des Umsatzes (%4× &gt; %5×)</translation>
    </message>
    <message>
        <source>%1: edit rate %2 % in the week of %3, up %4 pp from %5 % (more than %6 pp)</source>
        <translation>%1: Bearbeitungsquote %2 % in der Woche vom %3, plus %4 pp gegenüber %5 % (mehr als %6 pp)</translation>
    </message>
    <message>
        <source>%1 spent %2 USD on %3, over its daily cap of %4 USD</source>
        <translation>%1 hat am %3 %2 USD ausgegeben, über seinem Tageslimit von %4 USD</translation>
    </message>
    <message>
        <source>%1: eval %2 on %3 is %4 pp below baseline %5 (more than %6 pp)</source>
        <translation>%1: Eval %2 vom %3 liegt %4 pp unter der Baseline %5 (mehr als %6 pp)</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>%1: %2 USD spent%3 on a use case that is not in the portfolio</source>
        <translation>%1: %2 USD ausgegeben%3 für einen Anwendungsfall, der nicht im Portfolio steht</translation>
    </message>
    <message>
        <source>%1: %2 USD spent%3 on a retired use case</source>
        <translation>%1: %2 USD ausgegeben%3 für einen stillgelegten Anwendungsfall</translation>
    </message>
    <message>
        <source>%1: %2 USD spent%3 without a go decision at any gate</source>
        <translation>%1: %2 USD ausgegeben%3 ohne eine Go-Entscheidung an irgendeinem Gate</translation>
    </message>
    <message>
        <source>%1: %2 USD of customer traffic%3 without a go at a customer gate (%4)</source>
        <translation>%1: %2 USD Kundenverkehr%3 ohne ein Go an einem Kunden-Gate (%4)</translation>
    </message>
</context>
<context>
    <name>AlertsCommand</name>
    <message>
        <source>Spend-share, edit-rate, cost-cap and eval-regression alerts: alerts [--from DATE] [--to DATE] [--json] (default: the last 90 days).</source>
        <translation>Warnungen zu Kostenanteil, Bearbeitungsquote, Kostenlimit und Eval-Rückgang: alerts [--from DATE] [--to DATE] [--json] (Standard: die letzten 90 Tage).</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), inclusive; default 89 days before --to.</source>
        <translation>Erster Tag (JJJJ-MM-TT), einschließlich; Standard 89 Tage vor --to.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), inclusive; default today (UTC).</source>
        <translation>Letzter Tag (JJJJ-MM-TT), einschließlich; Standard heute (UTC).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: greenlight alerts [--from DATE] [--to DATE] [--json]</source>
        <translation>Aufruf: greenlight alerts [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n Warnung von %1 bis %2.</numerusform>
            <numerusform>%n Warnungen von %1 bis %2.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnthropicAdapter</name>
    <message>
        <source>no &quot;data&quot; array of buckets</source>
        <translation>kein &quot;data&quot;-Array mit Zeitfenstern</translation>
    </message>
    <message>
        <source>data[%1] has no starting_at</source>
        <translation>data[%1] hat kein starting_at</translation>
    </message>
    <message>
        <source>data[%1].results[%2].currency is &quot;%3&quot;, not USD</source>
        <translation>data[%1].results[%2].currency ist „%3“, nicht USD</translation>
    </message>
    <message>
        <source>data[%1].results[%2].amount is not a decimal string of cents</source>
        <translation>data[%1].results[%2].amount ist keine Dezimalzahl in Cent als Zeichenkette</translation>
    </message>
</context>
<context>
    <name>ApproveCommand</name>
    <message>
        <source>Approve or reject a data class of a use case: approve USE_CASE DATA_CLASS --as PERSON --role ROLE --approve|--reject [--note TEXT].</source>
        <translation>Eine Datenklasse eines Anwendungsfalls genehmigen oder ablehnen: approve USE_CASE DATA_CLASS --as PERSON --role ROLE --approve|--reject [--note TEXT].</translation>
    </message>
    <message>
        <source>The use case.</source>
        <translation>Der Anwendungsfall.</translation>
    </message>
    <message>
        <source>public, internal, customer, regulated or credentials.</source>
        <translation>public, internal, customer, regulated oder credentials.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>security, legal or compliance.</source>
        <translation>security, legal oder compliance.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Approve.</source>
        <translation>Genehmigen.</translation>
    </message>
    <message>
        <source>Reject.</source>
        <translation>Ablehnen.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>usage: greenlight approve USE_CASE DATA_CLASS --as PERSON --role ROLE --approve|--reject [--note TEXT]</source>
        <translation>Aufruf: greenlight approve USE_CASE DATA_CLASS --as PERSON --role ROLE --approve|--reject [--note TEXT]</translation>
    </message>
    <message>
        <source>data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>denied</source>
        <translation>verweigert</translation>
    </message>
    <message>
        <source>still awaiting %1</source>
        <translation>wartet noch auf %1</translation>
    </message>
    <message>
        <source>%1 %2 %3 for %4 as %5; %3 is now %6.</source>
        <translation>%1 %2 %3 für %4 als %5; %3 ist jetzt %6.</translation>
    </message>
    <message>
        <source>The person deciding: the one this OS account is bound to.</source>
        <translation>Die entscheidende Person: die, an die dieses Betriebssystemkonto gebunden ist.</translation>
    </message>
    <message>
        <source>A note kept with the decision (required with --reject: what to change).</source>
        <translation>Eine Notiz zur Entscheidung (bei --reject nötig: was zu ändern ist).</translation>
    </message>
    <message>
        <source>expired (renewal by %1)</source>
        <translation>abgelaufen (Erneuerung durch %1)</translation>
    </message>
</context>
<context>
    <name>AuditAnchor</name>
    <message>
        <source>not an audit anchor (expected format %1)</source>
        <translation>kein Audit-Anker (erwartet wird das Format %1)</translation>
    </message>
    <message>
        <source>the anchor is damaged: it needs head_seq, head_hash and anchored_at</source>
        <translation>der Anker ist beschädigt: er braucht head_seq, head_hash und anchored_at</translation>
    </message>
    <message>
        <source>the anchor&apos;s signature by %1 does not verify (%2)</source>
        <translation>die Signatur des Ankers von %1 lässt sich nicht bestätigen (%2)</translation>
    </message>
    <message>
        <source>the anchor names the key %1, but was signed with %2</source>
        <translation>der Anker nennt den Schlüssel %1, wurde aber mit %2 signiert</translation>
    </message>
    <message>
        <source>the database no longer holds the anchored head (event %1 with hash %2, anchored %3 by %4): events were removed or rewritten after it</source>
        <translation>die Datenbank enthält den verankerten Kopf nicht mehr (Ereignis %1 mit Hash %2, verankert %3 von %4): danach wurden Ereignisse entfernt oder umgeschrieben</translation>
    </message>
</context>
<context>
    <name>AuditChain</name>
    <message>
        <source>event %1 follows event %2: an event was removed or the order changed</source>
        <translation>Ereignis %1 folgt auf Ereignis %2: ein Ereignis wurde entfernt oder die Reihenfolge geändert</translation>
    </message>
    <message>
        <source>event %1 does not link to event %2 (its previous hash differs): the order changed or an event was replaced</source>
        <translation>Ereignis %1 verweist nicht auf Ereignis %2 (sein vorheriger Hash weicht ab): die Reihenfolge wurde geändert oder ein Ereignis ersetzt</translation>
    </message>
    <message>
        <source>event %1 was altered: its hash does not match its contents</source>
        <translation>Ereignis %1 wurde verändert: sein Hash passt nicht zu seinem Inhalt</translation>
    </message>
    <message>
        <source>event %1 has an unknown hash format %2</source>
        <translation>Ereignis %1 hat ein unbekanntes Hash-Format %2</translation>
    </message>
    <message>
        <source>event %1 uses hash format %2 after event %3 used format %4</source>
        <translation>Ereignis %1 verwendet Hash-Format %2, nachdem Ereignis %3 Format %4 verwendet hat</translation>
    </message>
</context>
<context>
    <name>AuditCommand</name>
    <message>
        <source>Also check that an event with this hash is in the chain (the hash an audit packet printed).</source>
        <translation>Außerdem prüfen, dass ein Ereignis mit diesem Hash in der Kette ist (der Hash aus einem Audit-Paket).</translation>
    </message>
    <message>
        <source>hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Audit chain BROKEN at event %1 of %2: %3</source>
        <translation>Audit-Kette GEBROCHEN bei Ereignis %1 von %2: %3</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events, head hash %2</source>
        <translation>Audit-Kette intakt: %1 Ereignisse, Kopf-Hash %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>No event in the chain has hash %1.</source>
        <translation>Kein Ereignis der Kette hat den Hash %1.</translation>
    </message>
    <message>
        <source>Event %1 has hash %2 (%3, %4 %5 %6 by %7); %8 events follow it.</source>
        <translation>Ereignis %1 hat den Hash %2 (%3, %4 %5 %6 von %7); %8 Ereignisse folgen darauf.</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events, but the tables differ from it: %2</source>
        <translation>Audit-Kette intakt: %1 Ereignisse, aber die Tabellen weichen von ihr ab: %2</translation>
    </message>
    <message>
        <source>Rows checked against their audit events: %1</source>
        <translation>Mit ihren Audit-Ereignissen verglichene Zeilen: %1</translation>
    </message>
    <message>
        <source>Rows written before schema 6, which no event covers (not checked): %1</source>
        <translation>Vor Schema 6 geschriebene Zeilen, die kein Ereignis abdeckt (nicht geprüft): %1</translation>
    </message>
    <message>
        <source>Signed events verified with OpenSSH: %1%2</source>
        <translation>Mit OpenSSH geprüfte signierte Ereignisse: %1%2</translation>
    </message>
    <message>
        <source> (signed by %1)</source>
        <translation> (signiert von %1)</translation>
    </message>
    <message>
        <source>Check the audit chain and its signatures: audit verify [--includes HASH] [--anchor FILE] [--json]; sign its head into a file: audit anchor --out FILE [--key FILE].</source>
        <translation>Die Audit-Kette und ihre Signaturen prüfen: audit verify [--includes HASH] [--anchor DATEI] [--json]; ihren Kopf signiert in eine Datei schreiben: audit anchor --out DATEI [--key DATEI].</translation>
    </message>
    <message>
        <source>verify (check the chain) or anchor (write its signed head).</source>
        <translation>verify (die Kette prüfen) oder anchor (ihren signierten Kopf schreiben).</translation>
    </message>
    <message>
        <source>Also check that the database still holds the head this anchor file names (repeatable).</source>
        <translation>Auch prüfen, dass die Datenbank noch den Kopf enthält, den diese Ankerdatei nennt (wiederholbar).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>anchor: the file to write.</source>
        <translation>anchor: die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>usage: greenlight audit verify [--includes HASH] [--anchor FILE]… [--json] | greenlight audit anchor --out FILE [--key FILE]</source>
        <translation>Aufruf: greenlight audit verify [--includes HASH] [--anchor DATEI]… [--json] | greenlight audit anchor --out DATEI [--key DATEI]</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>Anchored event %1 (hash %2) in %3, unsigned: sign it with --key to make it evidence.</source>
        <translation>Ereignis %1 (Hash %2) in %3 verankert, unsigniert: signieren Sie mit --key, damit es als Nachweis taugt.</translation>
    </message>
    <message>
        <source>Anchored event %1 (hash %2) in %3, signed by %4 with %5.</source>
        <translation>Ereignis %1 (Hash %2) in %3 verankert, signiert von %4 mit %5.</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Audit chain intact: %1 events, but it lost an anchored head: %2</source>
        <translation>Audit-Kette intakt: %1 Ereignisse, aber ein verankerter Kopf fehlt: %2</translation>
    </message>
</context>
<context>
    <name>AuditCoverage</name>
    <message>
        <source>(absent)</source>
        <translation>(fehlt)</translation>
    </message>
    <message>
        <source>%1 %2: no audit event recorded this row</source>
        <translation>%1 %2: kein Audit-Ereignis hat diese Zeile festgehalten</translation>
    </message>
    <message>
        <source>%1 %2: names audit event %3, which does not record this row</source>
        <translation>%1 %2: verweist auf Audit-Ereignis %3, das diese Zeile nicht festhält</translation>
    </message>
    <message>
        <source>%1 %2: its audit hash differs from the hash of audit event %3</source>
        <translation>%1 %2: ihr Audit-Hash weicht vom Hash des Audit-Ereignisses %3 ab</translation>
    </message>
    <message>
        <source>%1 %2: %3 is %4 in the table but %5 in audit event %6</source>
        <translation>%1 %2: %3 ist %4 in der Tabelle, aber %5 in Audit-Ereignis %6</translation>
    </message>
    <message>
        <source>%1 %2: not recorded by audit event %3</source>
        <translation>%1 %2: nicht von Audit-Ereignis %3 festgehalten</translation>
    </message>
    <message>
        <source>%1 %2: recorded by audit event %3 but missing from the table</source>
        <translation>%1 %2: von Audit-Ereignis %3 festgehalten, fehlt aber in der Tabelle</translation>
    </message>
    <message>
        <source>%1 %2: decision is %3 in the table but no audit event recorded a decision</source>
        <translation>%1 %2: die Entscheidung ist %3 in der Tabelle, aber kein Audit-Ereignis hat eine Entscheidung festgehalten</translation>
    </message>
    <message>
        <source>%1 %2: the decision recorded by audit event %3 is missing from the table</source>
        <translation>%1 %2: die von Audit-Ereignis %3 festgehaltene Entscheidung fehlt in der Tabelle</translation>
    </message>
    <message>
        <source>audit event %1 records %2 %3 by %4, but %5 took the step</source>
        <translation>Audit-Ereignis %1 hält %2 %3 von %4 fest, den Schritt hat aber %5 getan</translation>
    </message>
</context>
<context>
    <name>AuditStore</name>
    <message>
        <source>the audit payload is not a JSON object</source>
        <translation>die Nutzdaten des Audit-Ereignisses sind kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the audit event names no operating-system account</source>
        <translation>das Audit-Ereignis nennt kein Betriebssystemkonto</translation>
    </message>
    <message>
        <source>the key of %1 is not valid on %2 (valid from %3%4)</source>
        <translation>der Schlüssel von %1 ist am %2 nicht gültig (gültig ab %3%4)</translation>
    </message>
    <message>
        <source>, revoked on %1</source>
        <translation>, widerrufen am %1</translation>
    </message>
    <message>
        <source>this key is not one of %1&apos;s signing keys in the portfolio (add it to people[].signing_keys)</source>
        <translation>dieser Schlüssel gehört nicht zu den Signaturschlüsseln von %1 im Portfolio (tragen Sie ihn in people[].signing_keys ein)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
</context>
<context>
    <name>ChartExport</name>
    <message>
        <source>could not write the file: %1</source>
        <translation>die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Exported from Greenlight</source>
        <translation>Aus Greenlight exportiert</translation>
    </message>
</context>
<context>
    <name>ChartFactory</name>
    <message>
        <source>Eval pass rate</source>
        <translation>Eval-Bestehensquote</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>Approved baseline</source>
        <translation>Genehmigte Baseline</translation>
    </message>
    <message>
        <source>Threshold %1 %</source>
        <translation>Schwelle %1 %</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Daily cost</source>
        <translation>Tageskosten</translation>
    </message>
    <message>
        <source>USD</source>
        <translation>USD</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Daily cap %1 USD</source>
        <translation>Tageslimit %1 USD</translation>
    </message>
    <message>
        <source>Over the cap</source>
        <translation>Über dem Limit</translation>
    </message>
    <message>
        <source>Share of spend and revenue, top %1 tenants by spend</source>
        <translation>Anteil an Kosten und Umsatz, die %1 Mandanten mit den höchsten Kosten</translation>
    </message>
    <message>
        <source>Share of spend and revenue per tenant</source>
        <translation>Anteil an Kosten und Umsatz je Mandant</translation>
    </message>
    <message>
        <source>Share of AI spend</source>
        <translation>Anteil an den KI-Kosten</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Anteil am Umsatz</translation>
    </message>
    <message>
        <source>% of the period&apos;s total</source>
        <translation>% der Summe des Zeitraums</translation>
    </message>
    <message>
        <source>Edit rate per week</source>
        <translation>Bearbeitungsquote je Woche</translation>
    </message>
    <message>
        <source>Rise beyond the policy</source>
        <translation>Anstieg über der Richtlinie</translation>
    </message>
    <message>
        <source>Edited ÷ all feedback (%)</source>
        <translation>Bearbeitet ÷ alles Feedback (%)</translation>
    </message>
    <message>
        <source>% edited</source>
        <translation>% bearbeitet</translation>
    </message>
    <message>
        <source>Daily cost (cap %1 USD a day, peak %2 USD)</source>
        <translation>Tageskosten (Obergrenze %1 USD am Tag, Höchstwert %2 USD)</translation>
    </message>
</context>
<context>
    <name>Command</name>
    <message>
        <source>Database file or postgresql:// URL.</source>
        <translation>Datenbankdatei oder postgresql://-URL.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Show help for this command.</source>
        <translation>Hilfe zu diesem Befehl anzeigen.</translation>
    </message>
    <message>
        <source>unknown %1 &quot;%2&quot; (expected one of: %3)</source>
        <translation>unbekannt: %1 &quot;%2&quot; (erwartet wird eines von: %3)</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not a date (YYYY-MM-DD)</source>
        <translation>--%1: &quot;%2&quot; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>waiting for another writer…</source>
        <translation>warte auf einen anderen Schreibvorgang…</translation>
    </message>
    <message>
        <source>Sign with this SSH key (a private key file, or the public key of one the ssh-agent holds).</source>
        <translation>Mit diesem SSH-Schlüssel signieren (eine private Schlüsseldatei oder der öffentliche Schlüssel eines Schlüssels im ssh-agent).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Database file or postgresql:// URL (default: $GREENLIGHT_DB, else the app-data folder).</source>
        <translation>Datenbankdatei oder postgresql://-URL (Standard: $GREENLIGHT_DB, sonst der App-Datenordner).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>The command to run; none opens the window.</source>
        <translation>Der auszuführende Befehl; ohne Befehl öffnet sich das Fenster.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Run &apos;greenlight COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>&apos;greenlight BEFEHL --help&apos; zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>Greenlight decides whether an AI feature is ready to launch, and proves it afterwards.</source>
        <translation>Greenlight entscheidet, ob eine KI-Funktion startbereit ist, und belegt es danach.</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;</source>
        <translation>unbekannter Befehl &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The window also takes Qt&apos;s own options: -platform NAME, -style NAME, -stylesheet FILE, -reverse, -qwindowgeometry GEOMETRY, -qwindowtitle TITLE, -platformtheme NAME and -plugin NAME (see the QApplication and QGuiApplication documentation).</source>
        <translation>Das Fenster nimmt auch Qts eigene Optionen an: -platform NAME, -style NAME, -stylesheet DATEI, -reverse, -qwindowgeometry GEOMETRIE, -qwindowtitle TITEL, -platformtheme NAME und -plugin NAME (siehe die Dokumentation von QApplication und QGuiApplication).</translation>
    </message>
</context>
<context>
    <name>ConnectionCommand</name>
    <message>
        <source>The connection&apos;s name (also the source of its records).</source>
        <translation>Der Name der Verbindung (auch die Quelle ihrer Datensätze).</translation>
    </message>
    <message>
        <source>litellm, openai, anthropic, helicone or langfuse.</source>
        <translation>litellm, openai, anthropic, helicone oder langfuse.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>The gateway&apos;s base URL.</source>
        <translation>Die Basis-URL des Gateways.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Dotted path of the tenant in the gateway&apos;s records.</source>
        <translation>Punktierter Pfad des Mandanten in den Datensätzen des Gateways.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Dotted path of the use case in the gateway&apos;s records.</source>
        <translation>Punktierter Pfad des Anwendungsfalls in den Datensätzen des Gateways.</translation>
    </message>
    <message>
        <source>%1: a connection name is lower-case letters, digits, dots, dashes or underscores</source>
        <translation>%1: ein Verbindungsname besteht aus Kleinbuchstaben, Ziffern, Punkten, Binde- oder Unterstrichen</translation>
    </message>
    <message>
        <source>--kind: unknown kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>--kind: unbekannte Art &quot;%1&quot; (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a dotted field path (e.g. metadata.use_case or tags[feature:])</source>
        <translation>%1: &quot;%2&quot; ist kein punktierter Feldpfad (z. B. metadata.use_case oder tags[feature:])</translation>
    </message>
    <message>
        <source>%1: a connection with this name exists already</source>
        <translation>%1: eine Verbindung mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>no API key on standard input (pipe it in: the key is never taken as an argument)</source>
        <translation>kein API-Schlüssel auf der Standardeingabe (per Pipe übergeben: der Schlüssel wird nie als Argument angenommen)</translation>
    </message>
    <message>
        <source>Added connection %1 (%2, %3); its API key is in the OS keychain as %4.</source>
        <translation>Verbindung %1 hinzugefügt (%2, %3); ihr API-Schlüssel liegt im Schlüsselbund des Systems als %4.</translation>
    </message>
    <message>
        <source>No connections. Add one with &apos;greenlight connection add NAME --kind KIND --url URL&apos;.</source>
        <translation>Keine Verbindungen. Fügen Sie eine mit &apos;greenlight connection add NAME --kind KIND --url URL&apos; hinzu.</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>zuletzt synchronisiert %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>Removed connection %1 and its API key; its records stay.</source>
        <translation>Verbindung %1 und ihr API-Schlüssel entfernt; ihre Datensätze bleiben.</translation>
    </message>
    <message>
        <source>Stored a new API key for %1 (%2).</source>
        <translation>Neuer API-Schlüssel für %1 (%2) gespeichert.</translation>
    </message>
    <message>
        <source>%1 now points at %2 (was %3), with the API key just entered.</source>
        <translation>%1 zeigt jetzt auf %2 (vorher %3), mit dem eben eingegebenen API-Schlüssel.</translation>
    </message>
    <message>
        <source>Gateway connections: connection add NAME --kind KIND --url URL (API key on stdin) | set-key NAME [--url URL] (API key on stdin) | map NAME --use-case ID=VALUE… --tenant ID=VALUE… | status NAME | list | remove NAME.</source>
        <translation>Gateway-Verbindungen: connection add NAME --kind KIND --url URL (API-Schlüssel über stdin) | set-key NAME [--url URL] (API-Schlüssel über stdin) | map NAME --use-case ID=WERT… --tenant ID=WERT… | status NAME | list | remove NAME.</translation>
    </message>
    <message>
        <source>add, set-key, map, status, list or remove.</source>
        <translation>add, set-key, map, status, list oder remove.</translation>
    </message>
    <message>
        <source>map: the use case a gateway value means (repeatable).</source>
        <translation>map: der Anwendungsfall, den ein Gateway-Wert meint (wiederholbar).</translation>
    </message>
    <message>
        <source>id=value</source>
        <translation>id=wert</translation>
    </message>
    <message>
        <source>map: the tenant a gateway value means (repeatable).</source>
        <translation>map: der Mandant, den ein Gateway-Wert meint (wiederholbar).</translation>
    </message>
    <message>
        <source>usage: greenlight connection add NAME --kind KIND --url URL [--tenant-field F] [--use-case-field F] | set-key NAME [--url URL] | map NAME --use-case ID=VALUE… --tenant ID=VALUE… | status NAME | list | remove NAME</source>
        <translation>Aufruf: greenlight connection add NAME --kind KIND --url URL [--tenant-field F] [--use-case-field F] | set-key NAME [--url URL] | map NAME --use-case ID=WERT… --tenant ID=WERT… | status NAME | list | remove NAME</translation>
    </message>
    <message>
        <source>--%1: &quot;%2&quot; is not ID=VALUE</source>
        <translation>--%1: „%2“ hat nicht die Form ID=WERT</translation>
    </message>
    <message>
        <source>tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n value(s) mapped; their stored usage moved to what they mean.</source>
        <translation>
            <numerusform>%1: %n Wert zugeordnet; seine gespeicherte Nutzung wurde dorthin verschoben, was er meint.</numerusform>
            <numerusform>%1: %n Werte zugeordnet; ihre gespeicherte Nutzung wurde dorthin verschoben, was sie meinen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>  %1 → %2 %3</source>
        <translation>  %1 → %2 %3</translation>
    </message>
    <message>
        <source>Nothing unmapped.</source>
        <translation>Nichts ohne Zuordnung.</translation>
    </message>
    <message>
        <source>Unmapped (stored as unmapped:VALUE; map them with &apos;greenlight connection map&apos;):</source>
        <translation>Ohne Zuordnung (gespeichert als unmapped:WERT; ordnen Sie sie mit „greenlight connection map“ zu):</translation>
    </message>
    <message>
        <source>  %1 %2: %3 USD in %4 requests</source>
        <translation>  %1 %2: %3 USD in %4 Anfragen</translation>
    </message>
</context>
<context>
    <name>ConnectionStore</name>
    <message>
        <source>a connection with this name exists already</source>
        <translation>eine Verbindung mit diesem Namen gibt es schon</translation>
    </message>
    <message>
        <source>no such connection (see &apos;greenlight connection list&apos;)</source>
        <translation>keine solche Verbindung (siehe &apos;greenlight connection list&apos;)</translation>
    </message>
    <message>
        <source>no such connection</source>
        <translation>keine solche Verbindung</translation>
    </message>
    <message>
        <source>the database has no identity row</source>
        <translation>die Datenbank hat keine Identitätszeile</translation>
    </message>
</context>
<context>
    <name>CostsCommand</name>
    <message>
        <source>AI spend per tenant, model, use case or day: costs --by tenant|model|use-case|day [--from DATE] [--to DATE] [--json].</source>
        <translation>KI-Kosten je Mandant, Modell, Anwendungsfall oder Tag: costs --by tenant|model|use-case|day [--from DATE] [--to DATE] [--json].</translation>
    </message>
    <message>
        <source>Group by tenant, model, use-case or day.</source>
        <translation>Gruppieren nach tenant, model, use-case oder day.</translation>
    </message>
    <message>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>First day (YYYY-MM-DD), inclusive.</source>
        <translation>Erster Tag (JJJJ-MM-TT), einschließlich.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Last day (YYYY-MM-DD), inclusive.</source>
        <translation>Letzter Tag (JJJJ-MM-TT), einschließlich.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: greenlight costs --by tenant|model|use-case|day [--from DATE] [--to DATE] [--json]</source>
        <translation>Aufruf: greenlight costs --by tenant|model|use-case|day [--from DATE] [--to DATE] [--json]</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>the total cost passes %1 USD, the largest amount kept exact</source>
        <translation>die Gesamtkosten übersteigen %1 USD, den größten Betrag, der exakt bleibt</translation>
    </message>
</context>
<context>
    <name>DashboardQuery</name>
    <message>
        <source>the period&apos;s spend is too large to add up exactly</source>
        <translation>die Ausgaben des Zeitraums sind zu groß, um sie exakt zu addieren</translation>
    </message>
</context>
<context>
    <name>DashboardViews</name>
    <message>
        <source>%1 USD</source>
        <translation>%1 USD</translation>
    </message>
    <message>
        <source>%1 spent %2 (cap %3)</source>
        <translation>%1 gab %2 aus (Limit %3)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <source>Total (USD)</source>
        <translation>Summe (USD)</translation>
    </message>
    <message>
        <source>Over a cap</source>
        <translation>Über einem Limit</translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 insgesamt</translation>
    </message>
    <message>
        <source>Daily cap: %1</source>
        <translation>Tageslimit: %1</translation>
    </message>
    <message>
        <source>Over the cap: %1</source>
        <translation>Über dem Limit: %1</translation>
    </message>
    <message numerus="yes">
        <source>Spend per day, stacked by %1: %2 over %n day(s) (%3 a day on average).</source>
        <translation>
            <numerusform>Kosten je Tag, gestapelt nach %1: %2 über %n Tag (%3 im Tagesmittel).</numerusform>
            <numerusform>Kosten je Tag, gestapelt nach %1: %2 über %n Tage (%3 im Tagesmittel).</numerusform>
        </translation>
    </message>
    <message>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Daily cap of %1: %2.</source>
        <translation>Tageslimit von %1: %2.</translation>
    </message>
    <message>
        <source>Days over a use case&apos;s cap: %1 (marked).</source>
        <translation>Tage über dem Limit eines Anwendungsfalls: %1 (markiert).</translation>
    </message>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Cost (USD)</source>
        <translation>Kosten (USD)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Prompt tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <source>Completion tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
    <message>
        <source>Share of spend</source>
        <translation>Kostenanteil</translation>
    </message>
    <message>
        <source>Share of revenue</source>
        <translation>Anteil am Umsatz</translation>
    </message>
    <message>
        <source>Spend ÷ revenue</source>
        <translation>Kosten ÷ Umsatz</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>not a tenant</source>
        <translation>kein Mandant</translation>
    </message>
    <message>
        <source>⚑ above %1×</source>
        <translation>⚑ über %1×</translation>
    </message>
    <message>
        <source>%1 in %2 requests</source>
        <translation>%1 in %2 Anfragen</translation>
    </message>
    <message>
        <source>Share of spend: %1 %</source>
        <translation>Kostenanteil: %1 %</translation>
    </message>
    <message>
        <source>Share of revenue: %1</source>
        <translation>Umsatzanteil: %1</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>⚑ spend share %1× the revenue share</source>
        <translation>⚑ Kostenanteil %1× des Umsatzanteils</translation>
    </message>
    <message>
        <source>No tenant&apos;s share of spend exceeds %1× its share of revenue.</source>
        <translation>Bei keinem Mandanten übersteigt der Kostenanteil das %1-Fache seines Umsatzanteils.</translation>
    </message>
    <message>
        <source>Share of spend above %1× the share of revenue: %2.</source>
        <translation>Kostenanteil über dem %1-Fachen des Umsatzanteils: %2.</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>All feedback</source>
        <translation>Feedback gesamt</translation>
    </message>
    <message>
        <source>Edit rate</source>
        <translation>Bearbeitungsquote</translation>
    </message>
    <message>
        <source>Change (pp)</source>
        <translation>Änderung (pp)</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>⚑ up more than %1 pp</source>
        <translation>⚑ mehr als %1 pp gestiegen</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>  %1: %2 % (%3 of %4 edited)</source>
        <translation>  %1: %2 % (%3 von %4 bearbeitet)</translation>
    </message>
    <message>
        <source>Edited answers ÷ all feedback, per use case and week (weeks start on Monday). Alerts when a week is more than %1 pp above the week before: %2.</source>
        <translation>Bearbeitete Antworten ÷ alles Feedback, je Anwendungsfall und Woche (Wochen beginnen montags). Warnungen, wenn eine Woche mehr als %1 pp über der Vorwoche liegt: %2.</translation>
    </message>
    <message>
        <source>Feedback carries no model or source: those filters do not apply here.</source>
        <translation>Feedback hat weder Modell noch Quelle: diese Filter gelten hier nicht.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Approved baseline</source>
        <translation>Genehmigte Baseline</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>%1: eval pass rate</source>
        <translation>%1: Eval-Bestehensquote</translation>
    </message>
    <message>
        <source>%1 (%2): %3 % of %4 cases passed%5</source>
        <translation>%1 (%2): %3 % von %4 Fällen bestanden%5</translation>
    </message>
    <message>
        <source>, approved baseline</source>
        <translation>, genehmigte Baseline</translation>
    </message>
    <message>
        <source>Threshold: %1 %</source>
        <translation>Schwelle: %1 %</translation>
    </message>
    <message>
        <source>No use case has eval runs yet.</source>
        <translation>Noch kein Anwendungsfall hat Eval-Läufe.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n eval run(s) in the period; threshold %2 %.</source>
        <translation>
            <numerusform>%1: %n Eval-Lauf im Zeitraum; Schwelle %2 %.</numerusform>
            <numerusform>%1: %n Eval-Läufe im Zeitraum; Schwelle %2 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a use case in the filter to see another.</source>
        <translation>Wählen Sie im Filter einen Anwendungsfall, um einen anderen zu sehen.</translation>
    </message>
    <message>
        <source>The daily cap of %1 (%2) is for all of its spend, so it is not drawn over this part of it.</source>
        <translation>Das Tageslimit von %1 (%2) gilt für alle seine Ausgaben und wird daher nicht über diesem Teil davon gezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%1 across %n tenant(s)</source>
        <translation>
            <numerusform>%1 über %n Mandanten</numerusform>
            <numerusform>%1 über %n Mandanten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n other key(s) (internal traffic, or not a tenant of the portfolio)</source>
        <translation>
            <numerusform> und %n weiteren Schlüssel (interner Verkehr oder kein Mandant des Portfolios)</numerusform>
            <numerusform> und %n weitere Schlüssel (interner Verkehr oder keine Mandanten des Portfolios)</numerusform>
        </translation>
    </message>
    <message>
        <source>Shares are of all spend in the period (%1), not of the filtered part.</source>
        <translation>Die Anteile beziehen sich auf alle Ausgaben des Zeitraums (%1), nicht auf den gefilterten Teil.</translation>
    </message>
</context>
<context>
    <name>DataApprovalService</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
    <message>
        <source>%1 is not among the use case&apos;s data classes</source>
        <translation>%1 gehört nicht zu den Datenklassen des Anwendungsfalls</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <source>only security, legal or compliance decide on data classes, not %1</source>
        <translation>nur Security, Legal oder Compliance entscheiden über Datenklassen, nicht %1</translation>
    </message>
    <message>
        <source>%1 does not hold the %2 role</source>
        <translation>%1 hat die Rolle %2 nicht</translation>
    </message>
    <message>
        <source>credentials can never be approved; remove the class from the use case instead</source>
        <translation>Zugangsdaten können nie genehmigt werden; entfernen Sie die Klasse stattdessen aus dem Anwendungsfall</translation>
    </message>
    <message>
        <source>a rejection of %1 needs a note saying why: the team needs to know what to change</source>
        <translation>eine Ablehnung von %1 braucht eine Notiz mit dem Grund: Das Team muss wissen, was es ändern soll</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the Qt SQL driver %1 is not installed</source>
        <translation>der Qt-SQL-Treiber %1 ist nicht installiert</translation>
    </message>
    <message>
        <source>expected postgresql://user@host:port/database</source>
        <translation>erwartet wird postgresql://benutzer@host:port/datenbank</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot open the database: %1</source>
        <translation>die Datenbank kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>this is not a Greenlight database (%1)</source>
        <translation>dies ist keine Greenlight-Datenbank (%1)</translation>
    </message>
    <message>
        <source>the database was created by a newer Greenlight (schema %1; this version knows up to %2); it was left untouched</source>
        <translation>die Datenbank stammt von einem neueren Greenlight (Schema %1; diese Version kennt bis %2); sie wurde nicht verändert</translation>
    </message>
    <message>
        <source>migration %1 (%2) failed: %3</source>
        <translation>Migration %1 (%2) fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>no Greenlight database at %1 (create one with `greenlight init`)</source>
        <translation>keine Greenlight-Datenbank unter %1 (legen Sie eine mit `greenlight init` an)</translation>
    </message>
    <message>
        <source>it was opened for reading only</source>
        <translation>sie wurde nur zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>the file is not writable (%1)</source>
        <translation>die Datei ist nicht beschreibbar (%1)</translation>
    </message>
    <message>
        <source>its folder %1 is not writable (%2)</source>
        <translation>ihr Ordner %1 ist nicht beschreibbar (%2)</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2) and its write-ahead log %1-wal was left unfinished; open it once where its folder is writable</source>
        <translation>die Datenbank %1 ist schreibgeschützt (%2) und ihr Write-Ahead-Log %1-wal ist unvollständig; öffnen Sie sie einmal dort, wo ihr Ordner beschreibbar ist</translation>
    </message>
    <message>
        <source>the database %1 is read-only (%2), and its schema %3 must first be upgraded to %4, which writes to it</source>
        <translation>die Datenbank %1 ist schreibgeschützt (%2), und ihr Schema %3 muss zuerst auf %4 aktualisiert werden, was in sie schreibt</translation>
    </message>
    <message>
        <source>the database %1 is read-only: %2</source>
        <translation>die Datenbank %1 ist schreibgeschützt: %2</translation>
    </message>
    <message>
        <source>the usage totals in %1 are too large to add up exactly (a sum would pass %2)</source>
        <translation>die Nutzungssummen in %1 sind zu groß, um sie exakt zu addieren (eine Summe würde %2 überschreiten)</translation>
    </message>
    <message>
        <source>disk full while writing %1</source>
        <translation>Datenträger voll beim Schreiben von %1</translation>
    </message>
    <message>
        <source>I/O error on %1 (%2)</source>
        <translation>Ein-/Ausgabefehler bei %1 (%2)</translation>
    </message>
    <message>
        <source>another writer kept the database %1 busy for more than %2 seconds; nothing was written</source>
        <translation>ein anderer Schreibvorgang hat die Datenbank %1 länger als %2 Sekunden belegt; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>the team database refuses this: %1</source>
        <translation>die Team-Datenbank verweigert das: %1</translation>
    </message>
    <message>
        <source>unknown connection parameter %1 (known: %2)</source>
        <translation>unbekannter Verbindungsparameter %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>the connection parameter %1 needs a value without spaces, quotes, ; or \</source>
        <translation>der Verbindungsparameter %1 braucht einen Wert ohne Leerzeichen, Anführungszeichen, ; oder \</translation>
    </message>
</context>
<context>
    <name>DueCommand</name>
    <message>
        <source>Evidence that stops counting soon or has stopped, by owner: due [--within DAYS] [--at DATE] [--json] (exit 1 when anything has expired).</source>
        <translation>Nachweise, die bald nicht mehr zählen oder schon abgelaufen sind, nach Verantwortlichen: due [--within DAYS] [--at DATE] [--json] (Exit 1, wenn etwas abgelaufen ist).</translation>
    </message>
    <message>
        <source>List what stops counting within this many days (default 30).</source>
        <translation>Auflisten, was innerhalb so vieler Tage nicht mehr zählt (Standard 30).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>As of this day (YYYY-MM-DD, UTC; default today).</source>
        <translation>Zum Stand dieses Tages (JJJJ-MM-TT, UTC; Standard: heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>usage: greenlight due [--within DAYS] [--at DATE] [--json] (DAYS: 0 or more)</source>
        <translation>Aufruf: greenlight due [--within DAYS] [--at DATE] [--json] (DAYS: 0 oder mehr)</translation>
    </message>
    <message>
        <source>Nothing stops counting within %1 days of %2.</source>
        <translation>Innerhalb von %1 Tagen ab %2 läuft nichts ab.</translation>
    </message>
    <message>
        <source>Evidence that stops counting within %1 days of %2, by owner:</source>
        <translation>Nachweise, die innerhalb von %1 Tagen ab %2 nicht mehr zählen, nach Verantwortlichen:</translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Verantwortlicher)</translation>
    </message>
    <message>
        <source>stopped counting %1 days ago</source>
        <translation>zählt seit %1 Tagen nicht mehr</translation>
    </message>
    <message>
        <source>counts today for the last time</source>
        <translation>zählt heute zum letzten Mal</translation>
    </message>
    <message>
        <source>counts %1 more days</source>
        <translation>zählt noch %1 Tage</translation>
    </message>
    <message>
        <source>%1 of %2, until %3: %4</source>
        <translation>%1 vom %2, bis %3: %4</translation>
    </message>
</context>
<context>
    <name>EnumLabel</name>
    <message>
        <source>pm</source>
        <comment>Role</comment>
        <translation>PM</translation>
    </message>
    <message>
        <source>engineering</source>
        <comment>Role</comment>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>security</source>
        <comment>Role</comment>
        <translation>Security</translation>
    </message>
    <message>
        <source>legal</source>
        <comment>Role</comment>
        <translation>Legal</translation>
    </message>
    <message>
        <source>compliance</source>
        <comment>Role</comment>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>support</source>
        <comment>Role</comment>
        <translation>Support</translation>
    </message>
    <message>
        <source>cto</source>
        <comment>Role</comment>
        <translation>CTO</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>Audience</comment>
        <translation>intern</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>Audience</comment>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>standard</source>
        <comment>RiskTier</comment>
        <translation>standard</translation>
    </message>
    <message>
        <source>high</source>
        <comment>RiskTier</comment>
        <translation>hoch</translation>
    </message>
    <message>
        <source>candidate</source>
        <comment>LifecycleStatus</comment>
        <translation>Kandidat</translation>
    </message>
    <message>
        <source>pilot</source>
        <comment>LifecycleStatus</comment>
        <translation>Pilot</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>LifecycleStatus</comment>
        <translation>intern</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>LifecycleStatus</comment>
        <translation>bei Kunden</translation>
    </message>
    <message>
        <source>retired</source>
        <comment>LifecycleStatus</comment>
        <translation>eingestellt</translation>
    </message>
    <message>
        <source>public</source>
        <comment>DataClass</comment>
        <translation>öffentlich</translation>
    </message>
    <message>
        <source>internal</source>
        <comment>DataClass</comment>
        <translation>intern</translation>
    </message>
    <message>
        <source>customer</source>
        <comment>DataClass</comment>
        <translation>Kundendaten</translation>
    </message>
    <message>
        <source>regulated</source>
        <comment>DataClass</comment>
        <translation>reguliert</translation>
    </message>
    <message>
        <source>credentials</source>
        <comment>DataClass</comment>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>ApprovalDecision</comment>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>ApprovalDecision</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>approve</source>
        <comment>SignoffDecision</comment>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>reject</source>
        <comment>SignoffDecision</comment>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>live</source>
        <comment>Endpoint</comment>
        <translation>live</translation>
    </message>
    <message>
        <source>batch</source>
        <comment>Endpoint</comment>
        <translation>Batch</translation>
    </message>
    <message>
        <source>normal</source>
        <comment>EvalCategory</comment>
        <translation>normal</translation>
    </message>
    <message>
        <source>edge</source>
        <comment>EvalCategory</comment>
        <translation>Grenzfall</translation>
    </message>
    <message>
        <source>refusal</source>
        <comment>EvalCategory</comment>
        <translation>Verweigerung</translation>
    </message>
    <message>
        <source>unsafe_tool</source>
        <comment>EvalCategory</comment>
        <translation>unsicheres Tool</translation>
    </message>
    <message>
        <source>prompt_injection</source>
        <comment>EvalCategory</comment>
        <translation>Prompt-Injection</translation>
    </message>
    <message>
        <source>source_grounded</source>
        <comment>EvalCategory</comment>
        <translation>quellengestützt</translation>
    </message>
    <message>
        <source>escalation</source>
        <comment>EvalCategory</comment>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>none</source>
        <comment>LogMode</comment>
        <translation>keine</translation>
    </message>
    <message>
        <source>hashed</source>
        <comment>LogMode</comment>
        <translation>gehasht</translation>
    </message>
    <message>
        <source>redacted</source>
        <comment>LogMode</comment>
        <translation>geschwärzt</translation>
    </message>
    <message>
        <source>raw</source>
        <comment>LogMode</comment>
        <translation>roh</translation>
    </message>
    <message>
        <source>wrong_answer</source>
        <comment>RunbookTopic</comment>
        <translation>falsche Antwort</translation>
    </message>
    <message>
        <source>prompt_injection</source>
        <comment>RunbookTopic</comment>
        <translation>Prompt-Injection</translation>
    </message>
    <message>
        <source>batch_failure</source>
        <comment>RunbookTopic</comment>
        <translation>Batch-Fehler</translation>
    </message>
    <message>
        <source>escalation</source>
        <comment>RunbookTopic</comment>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>go</source>
        <comment>GateDecision</comment>
        <translation>Go</translation>
    </message>
    <message>
        <source>no-go</source>
        <comment>GateDecision</comment>
        <translation>No-Go</translation>
    </message>
    <message>
        <source>blocker</source>
        <comment>Severity</comment>
        <translation>Blocker</translation>
    </message>
    <message>
        <source>warning</source>
        <comment>Severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>pass</source>
        <comment>RuleOutcome</comment>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>fail</source>
        <comment>RuleOutcome</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>missing</source>
        <comment>RuleOutcome</comment>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>abandoned</source>
        <comment>GateDecision</comment>
        <translation>aufgegeben</translation>
    </message>
    <message>
        <source>waived</source>
        <comment>RuleOutcome</comment>
        <translation>ausgesetzt</translation>
    </message>
    <message>
        <source>not_yet_granted</source>
        <comment>WaiverState</comment>
        <translation>noch nicht erteilt</translation>
    </message>
    <message>
        <source>active</source>
        <comment>WaiverState</comment>
        <translation>in Kraft</translation>
    </message>
    <message>
        <source>expired</source>
        <comment>WaiverState</comment>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>revoked</source>
        <comment>WaiverState</comment>
        <translation>widerrufen</translation>
    </message>
</context>
<context>
    <name>EvalCsv</name>
    <message>
        <source>the category cannot come from the column &quot;%1&quot;, which has its own meaning</source>
        <translation>die Kategorie kann nicht aus der Spalte &quot;%1&quot; kommen, die eine eigene Bedeutung hat</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected: %2)</source>
        <translation>unbekannte Spalte &quot;%1&quot; (erwartet: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>die Spalte &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>the header has no column &quot;%1&quot;</source>
        <translation>der Kopfzeile fehlt die Spalte &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>case: empty (every row names its test case)</source>
        <translation>case: leer (jede Zeile nennt ihren Testfall)</translation>
    </message>
    <message>
        <source>case &quot;%1&quot;</source>
        <translation>Fall &quot;%1&quot;</translation>
    </message>
    <message>
        <source>passed: %1: &quot;%2&quot; is not true or false</source>
        <translation>passed: %1: &quot;%2&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>secrets_found: %1: &quot;%2&quot; is not true or false</source>
        <translation>secrets_found: %1: &quot;%2&quot; ist weder true noch false</translation>
    </message>
    <message>
        <source>no test cases (only the header row)</source>
        <translation>keine Testfälle (nur die Kopfzeile)</translation>
    </message>
</context>
<context>
    <name>EvalResultsFile</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>unknown category &quot;%1&quot; (expected: %2)</source>
        <translation>unbekannte Kategorie &quot;%1&quot; (erwartet: %2)</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
</context>
<context>
    <name>EvalRunService</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
    <message>
        <source>unknown route version &quot;%1&quot; v%2</source>
        <translation>unbekannte Routenversion &quot;%1&quot; v%2</translation>
    </message>
    <message>
        <source>the run needs a date</source>
        <translation>der Lauf braucht ein Datum</translation>
    </message>
    <message>
        <source>%1: %2 passed of %3 is not possible</source>
        <translation>%1: %2 bestanden von %3 ist nicht möglich</translation>
    </message>
    <message>
        <source>the run has no cases</source>
        <translation>der Lauf hat keine Fälle</translation>
    </message>
    <message>
        <source>cases with live secrets cannot be negative</source>
        <translation>Fälle mit echten Geheimnissen können nicht negativ sein</translation>
    </message>
    <message>
        <source>an eval run &quot;%1&quot; already exists</source>
        <translation>einen Eval-Lauf &quot;%1&quot; gibt es schon</translation>
    </message>
</context>
<context>
    <name>EvidenceExport</name>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>cannot create the folder</source>
        <translation>der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>The portfolio file to write, or the use case of a packet.</source>
        <translation>Die zu schreibende Portfolio-Datei oder der Anwendungsfall eines Pakets.</translation>
    </message>
    <message>
        <source>Packet: the whole portfolio.</source>
        <translation>Paket: das ganze Portfolio.</translation>
    </message>
    <message>
        <source>Audit log format: jsonl or csv.</source>
        <translation>Format des Audit-Logs: jsonl oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>usage: greenlight export portfolio FILE</source>
        <translation>Aufruf: greenlight export portfolio FILE</translation>
    </message>
    <message>
        <source>usage: greenlight export audit-log --format jsonl|csv --out FILE</source>
        <translation>Aufruf: greenlight export audit-log --format jsonl|csv --out FILE</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>Exported %1 use cases to %2.</source>
        <translation>%1 Anwendungsfälle nach %2 exportiert.</translation>
    </message>
    <message>
        <source>unknown audit log format &quot;%1&quot; (expected: jsonl, csv)</source>
        <translation>unbekanntes Audit-Log-Format &quot;%1&quot; (erwartet: jsonl, csv)</translation>
    </message>
    <message>
        <source>Exported %1 audit events to %2.</source>
        <translation>%1 Audit-Ereignisse nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported the audit packet of %n use case(s) to %1: %2 pages, audit head %3.</source>
        <translation>
            <numerusform>Das Audit-Paket von %n Anwendungsfall nach %1 exportiert: %2 Seiten, Audit-Kopf %3.</numerusform>
            <numerusform>Das Audit-Paket von %n Anwendungsfällen nach %1 exportiert: %2 Seiten, Audit-Kopf %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the portfolio (export portfolio FILE), the audit log (export audit-log --format jsonl|csv --out FILE), the audit packet (export packet USE_CASE|--all --out FILE.pdf) or the signed evidence for OpenSSH (export evidence DIR).</source>
        <translation>Das Portfolio (export portfolio DATEI), das Audit-Log (export audit-log --format jsonl|csv --out DATEI), das Audit-Paket (export packet ANWENDUNGSFALL|--all --out DATEI.pdf) oder die signierten Nachweise für OpenSSH (export evidence ORDNER) exportieren.</translation>
    </message>
    <message>
        <source>What to export: portfolio, audit-log, packet or evidence.</source>
        <translation>Was exportiert wird: portfolio, audit-log, packet oder evidence.</translation>
    </message>
    <message>
        <source>usage: greenlight export evidence DIR</source>
        <translation>Aufruf: greenlight export evidence ORDNER</translation>
    </message>
    <message>
        <source>unknown export kind &quot;%1&quot; (expected: portfolio, audit-log, packet, evidence)</source>
        <translation>unbekannte Exportart „%1“ (erwartet: portfolio, audit-log, packet, evidence)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n signed event(s) to %1 with allowed_signers and VERIFY.md: each verifies with ssh-keygen -Y verify.</source>
        <translation>
            <numerusform>%n signiertes Ereignis nach %1 geschrieben, mit allowed_signers und VERIFY.md: jedes lässt sich mit ssh-keygen -Y verify prüfen.</numerusform>
            <numerusform>%n signierte Ereignisse nach %1 geschrieben, mit allowed_signers und VERIFY.md: jedes lässt sich mit ssh-keygen -Y verify prüfen.</numerusform>
        </translation>
    </message>
    <message>
        <source>usage: greenlight export packet USE_CASE|--all --out FILE.pdf [--key FILE]</source>
        <translation>Aufruf: greenlight export packet ANWENDUNGSFALL|--all --out DATEI.pdf [--key DATEI]</translation>
    </message>
</context>
<context>
    <name>GateCommand</name>
    <message>
        <source>GO-ELIGIBLE</source>
        <translation>GO-FÄHIG</translation>
    </message>
    <message>
        <source>NO-GO</source>
        <translation>NO-GO</translation>
    </message>
    <message>
        <source>%1 · %2: %3 (blockers failed: %4, warnings failed: %5)</source>
        <translation>%1 · %2: %3 (Blocker fehlgeschlagen: %4, Warnungen fehlgeschlagen: %5)</translation>
    </message>
    <message>
        <source>The use case to check.</source>
        <translation>Der zu prüfende Anwendungsfall.</translation>
    </message>
    <message>
        <source>Check every use case.</source>
        <translation>Alle Anwendungsfälle prüfen.</translation>
    </message>
    <message>
        <source>The gate template (default: the one that fits the use case).</source>
        <translation>Die Gate-Vorlage (Standard: die zum Anwendungsfall passende).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Print the documented JSON instead of a table.</source>
        <translation>Das dokumentierte JSON statt einer Tabelle ausgeben.</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot;</source>
        <translation>unbekannter Anwendungsfall &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown gate template &quot;%1&quot;</source>
        <translation>unbekannte Gate-Vorlage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>(passing rules hidden; &apos;greenlight gate check USE_CASE&apos; lists them all)</source>
        <translation>(bestandene Regeln ausgeblendet; &apos;greenlight gate check USE_CASE&apos; zeigt alle)</translation>
    </message>
    <message>
        <source>Run &apos;greenlight gate check --help&apos; or &apos;greenlight gate review --help&apos; for the options.</source>
        <translation>&apos;greenlight gate check --help&apos; oder &apos;greenlight gate review --help&apos; zeigt die Optionen.</translation>
    </message>
    <message>
        <source>Check a use case against its gate (gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]) or run a gate review (gate review start|sign|decide).</source>
        <translation>Einen Anwendungsfall gegen sein Gate prüfen (gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]) oder ein Gate-Review durchführen (gate review start|sign|decide).</translation>
    </message>
    <message>
        <source>usage: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json], or greenlight gate review start|sign|decide …</source>
        <translation>Aufruf: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json] oder greenlight gate review start|sign|decide …</translation>
    </message>
    <message>
        <source>Evaluate as of this day (YYYY-MM-DD, UTC; default today): evidence dated later does not count, and evidence ages up to it.</source>
        <translation>Zum Stand dieses Tages prüfen (JJJJ-MM-TT, UTC; Standard: heute): später datierte Nachweise zählen nicht, und Nachweise altern bis zu diesem Tag.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>usage: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]</source>
        <translation>Aufruf: greenlight gate check USE_CASE|--all [--gate ID] [--at DATE] [--json]</translation>
    </message>
</context>
<context>
    <name>GateEngine</name>
    <message>
        <source>waived by %1 (%2) until %3 (%4): %5</source>
        <translation>ausgesetzt von %1 (%2) bis %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>GateReviewCommand</name>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>The use case to review.</source>
        <translation>Der zu prüfende Anwendungsfall.</translation>
    </message>
    <message>
        <source>The gate template (default: the one that fits).</source>
        <translation>Die Gate-Vorlage (Standard: die passende).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>usage: greenlight gate review start USE_CASE [--gate ID] --as PERSON</source>
        <translation>Aufruf: greenlight gate review start USE_CASE [--gate ID] --as PERSON</translation>
    </message>
    <message>
        <source>Started %1 (%2) with %3 rule results frozen; blockers failing: %4.</source>
        <translation>%1 (%2) gestartet, %3 Regelergebnisse eingefroren; fehlgeschlagene Blocker: %4.</translation>
    </message>
    <message>
        <source>The review id.</source>
        <translation>Die ID des Reviews.</translation>
    </message>
    <message>
        <source>The role signed in (one the person holds).</source>
        <translation>Die Rolle, in der abgezeichnet wird (eine, die die Person innehat).</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Approve.</source>
        <translation>Genehmigen.</translation>
    </message>
    <message>
        <source>Reject.</source>
        <translation>Ablehnen.</translation>
    </message>
    <message>
        <source>A note kept with the sign-off.</source>
        <translation>Eine Notiz zur Abzeichnung.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>usage: greenlight gate review sign REVIEW --as PERSON --role ROLE --approve|--reject [--note TEXT]</source>
        <translation>Aufruf: greenlight gate review sign REVIEW --as PERSON --role ROLE --approve|--reject [--note TEXT]</translation>
    </message>
    <message>
        <source>%1 signed %2 as %3 (%4).</source>
        <translation>%1 hat %2 als %3 abgezeichnet (%4).</translation>
    </message>
    <message>
        <source>Ask for go (refused while a blocker fails or a sign-off is missing).</source>
        <translation>Go beantragen (abgelehnt, solange ein Blocker fehlschlägt oder eine Abzeichnung fehlt).</translation>
    </message>
    <message>
        <source>Decide no-go.</source>
        <translation>No-Go entscheiden.</translation>
    </message>
    <message>
        <source>Why, in one sentence.</source>
        <translation>Warum, in einem Satz.</translation>
    </message>
    <message>
        <source>usage: greenlight gate review decide REVIEW --as PERSON [--go|--no-go] [--rationale TEXT]</source>
        <translation>Aufruf: greenlight gate review decide REVIEW --as PERSON [--go|--no-go] [--rationale TEXT]</translation>
    </message>
    <message>
        <source>The person acting: the one this OS account is bound to.</source>
        <translation>Die handelnde Person: die, an die dieses Betriebssystemkonto gebunden ist.</translation>
    </message>
    <message>
        <source>Start a gate review, sign it off, decide it or abandon it.</source>
        <translation>Ein Gate-Review beginnen, abzeichnen, entscheiden oder aufgeben.</translation>
    </message>
    <message>
        <source>Run &apos;greenlight gate review start|sign|decide|abandon --help&apos; for the options.</source>
        <translation>Die Optionen zeigt &apos;greenlight gate review start|sign|decide|abandon --help&apos;.</translation>
    </message>
    <message>
        <source>usage: greenlight gate review start USE_CASE [--gate ID] --as PERSON | sign REVIEW --as PERSON --role ROLE --approve|--reject [--note TEXT] | decide REVIEW --as PERSON [--go|--no-go] [--rationale TEXT] | abandon REVIEW --as PERSON --reason TEXT</source>
        <translation>Aufruf: greenlight gate review start USE_CASE [--gate ID] --as PERSON | sign REVIEW --as PERSON --role ROLE --approve|--reject [--note TEXT] | decide REVIEW --as PERSON [--go|--no-go] [--rationale TEXT] | abandon REVIEW --as PERSON --reason TEXT</translation>
    </message>
    <message>
        <source>The open review to close without a verdict.</source>
        <translation>Das offene Review, das ohne Entscheidung geschlossen wird.</translation>
    </message>
    <message>
        <source>Why it is abandoned; kept on record.</source>
        <translation>Warum es aufgegeben wird; bleibt dokumentiert.</translation>
    </message>
    <message>
        <source>usage: greenlight gate review abandon REVIEW --as PERSON --reason TEXT</source>
        <translation>Aufruf: greenlight gate review abandon REVIEW --as PERSON --reason TEXT</translation>
    </message>
    <message>
        <source>%1 abandoned: %2</source>
        <translation>%1 aufgegeben: %2</translation>
    </message>
</context>
<context>
    <name>GateReviewService</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
    <message>
        <source>unknown gate template</source>
        <translation>unbekannte Gate-Vorlage</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <source>%1 holds neither the pm nor the cto role, so cannot request a gate review</source>
        <translation>%1 hat weder die Rolle pm noch cto und kann daher kein Gate-Review beantragen</translation>
    </message>
    <message>
        <source>the review is already decided (%1)</source>
        <translation>das Review ist bereits entschieden (%1)</translation>
    </message>
    <message>
        <source>%1 does not hold the %2 role, so cannot sign off as %2</source>
        <translation>%1 hat die Rolle %2 nicht und kann daher nicht als %2 abzeichnen</translation>
    </message>
    <message>
        <source>%1 has already signed off as %2</source>
        <translation>%1 hat bereits als %2 abgezeichnet</translation>
    </message>
    <message>
        <source>blockers fail: %1</source>
        <translation>Blocker schlagen fehl: %1</translation>
    </message>
    <message>
        <source>waiting for sign-off from %1</source>
        <translation>wartet auf die Abzeichnung von %1</translation>
    </message>
    <message>
        <source>the requester %1 is the only approver</source>
        <translation>der Antragsteller %1 ist der einzige Genehmigende</translation>
    </message>
    <message>
        <source>%1 is neither the requester nor a pm, so cannot decide this review</source>
        <translation>%1 ist weder Antragsteller noch pm und kann dieses Review daher nicht entscheiden</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>go refused: %1</source>
        <translation>Go verweigert: %1</translation>
    </message>
    <message>
        <source>no decision yet: %1</source>
        <translation>noch keine Entscheidung: %1</translation>
    </message>
    <message>
        <source>no blocker fails and every required role signed off</source>
        <translation>kein Blocker schlägt fehl und jede nötige Rolle hat abgezeichnet</translation>
    </message>
    <message>
        <source>decided no-go by %1</source>
        <translation>No-Go entschieden von %1</translation>
    </message>
    <message>
        <source>the %1 gate requires signed sign-offs and %2 has a signing key (%3): sign with it (the ssh-agent or a key file)</source>
        <translation>das Gate %1 verlangt signierte Freigaben und %2 hat einen Signaturschlüssel (%3): mit ihm signieren (über den ssh-agent oder eine Schlüsseldatei)</translation>
    </message>
    <message>
        <source>the review was abandoned</source>
        <translation>das Review wurde aufgegeben</translation>
    </message>
    <message>
        <source>a review is abandoned with abandon, not decided</source>
        <translation>ein Review wird mit abandon aufgegeben, nicht entschieden</translation>
    </message>
    <message>
        <source>%1 is neither the requester nor a pm, so cannot abandon this review</source>
        <translation>%1 ist weder Antragsteller noch pm und kann dieses Review daher nicht aufgeben</translation>
    </message>
    <message>
        <source>say why the review is abandoned: the reason stays on record</source>
        <translation>geben Sie an, warum das Review aufgegeben wird: der Grund bleibt dokumentiert</translation>
    </message>
    <message>
        <source>rejected by %1: decide it no-go instead of abandoning it</source>
        <translation>abgelehnt von %1: als No-Go entscheiden statt aufgeben</translation>
    </message>
    <message>
        <source>blockers that passed when the review started fail on %1: %2</source>
        <translation>Blocker, die beim Start des Reviews erfüllt waren, schlagen am %1 fehl: %2</translation>
    </message>
</context>
<context>
    <name>GateReviewStore</name>
    <message>
        <source>unknown gate review</source>
        <translation>unbekanntes Gate-Review</translation>
    </message>
    <message>
        <source>the review is already decided</source>
        <translation>das Review ist bereits entschieden</translation>
    </message>
</context>
<context>
    <name>GateRules</name>
    <message>
        <source>no input data class recorded</source>
        <translation>keine Eingabe-Datenklasse erfasst</translation>
    </message>
    <message>
        <source>regulated data needs the high risk tier, but the use case is standard</source>
        <translation>regulierte Daten erfordern die Risikostufe „hoch“, der Anwendungsfall ist aber „standard“</translation>
    </message>
    <message>
        <source>data classes: %1</source>
        <translation>Datenklassen: %1</translation>
    </message>
    <message>
        <source>no data classes to approve</source>
        <translation>keine Datenklassen zu genehmigen</translation>
    </message>
    <message>
        <source>%1 can never be approved</source>
        <translation>Datenklasse „%1“ kann nie genehmigt werden</translation>
    </message>
    <message>
        <source>%1 was rejected by %2 (%3, %4)</source>
        <translation>Datenklasse „%1“ wurde von %2 abgelehnt (%3, %4)</translation>
    </message>
    <message>
        <source>%1 awaits %2</source>
        <translation>%1 wartet auf %2</translation>
    </message>
    <message>
        <source>approval missing: %1</source>
        <translation>Genehmigung fehlt: %1</translation>
    </message>
    <message>
        <source>no class needs approval (%1)</source>
        <translation>keine Klasse braucht eine Genehmigung (%1)</translation>
    </message>
    <message>
        <source>approved: %1</source>
        <translation>genehmigt: %1</translation>
    </message>
    <message>
        <source>credentials is among the data classes; secrets must never enter prompts</source>
        <translation>Zugangsdaten sind unter den Datenklassen; Geheimnisse dürfen nie in Prompts gelangen</translation>
    </message>
    <message>
        <source>credentials is not among the data classes</source>
        <translation>Zugangsdaten sind nicht unter den Datenklassen</translation>
    </message>
    <message>
        <source>route %1 v%2, %3</source>
        <translation>Route %1 v%2, %3</translation>
    </message>
    <message>
        <source>no current route chosen, so no eval applies</source>
        <translation>keine aktuelle Route gewählt, daher gilt kein Eval</translation>
    </message>
    <message>
        <source>no eval run for the current route %1</source>
        <translation>kein Eval-Lauf für die aktuelle Route %1</translation>
    </message>
    <message>
        <source>the latest eval (%1) has no cases</source>
        <translation>der letzte Eval (%1) hat keine Fälle</translation>
    </message>
    <message>
        <source>latest eval %1 (%2) &lt; threshold %3 %</source>
        <translation>letzter Eval %1 (%2) &lt; Schwelle %3 %</translation>
    </message>
    <message>
        <source>latest eval %1 (%2) ≥ threshold %3 %</source>
        <translation>letzter Eval %1 (%2) ≥ Schwelle %3 %</translation>
    </message>
    <message>
        <source>no approved baseline before the latest eval (%1)</source>
        <translation>keine genehmigte Baseline vor dem letzten Eval (%1)</translation>
    </message>
    <message>
        <source>latest %1 vs baseline %2 (%3)</source>
        <translation>letzter %1 gegenüber Baseline %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2 pp lower, more than the %3 pp allowed</source>
        <translation>%1: %2 pp niedriger, mehr als die erlaubten %3 pp</translation>
    </message>
    <message>
        <source>%1: %2 pp lower, within the %3 pp allowed</source>
        <translation>%1: %2 pp niedriger, innerhalb der erlaubten %3 pp</translation>
    </message>
    <message>
        <source>%1: %2 pp higher</source>
        <translation>%1: %2 pp höher</translation>
    </message>
    <message>
        <source>%1 cases &lt; %2</source>
        <translation>%1 Fälle &lt; %2</translation>
    </message>
    <message>
        <source>%1 prompt-injection cases &lt; %2</source>
        <translation>%1 Prompt-Injection-Fälle &lt; %2</translation>
    </message>
    <message>
        <source>no %1 cases</source>
        <translation>Kategorien ohne Fälle: %1</translation>
    </message>
    <message>
        <source>latest eval (%1): %2</source>
        <translation>letzter Eval (%1): %2</translation>
    </message>
    <message>
        <source>%1 cases, %2 prompt-injection cases, all %3 categories</source>
        <translation>%1 Fälle, %2 Prompt-Injection-Fälle, alle %3 Kategorien</translation>
    </message>
    <message>
        <source>no eval runs recorded</source>
        <translation>keine Eval-Läufe erfasst</translation>
    </message>
    <message>
        <source>eval %1: %2 cases contain live secrets; must be 0</source>
        <translation>Eval %1: %2 Fälle enthalten echte Geheimnisse; es müssen 0 sein</translation>
    </message>
    <message>
        <source>no live secrets in any of the %1 eval runs</source>
        <translation>keine echten Geheimnisse in den %1 Eval-Läufen</translation>
    </message>
    <message>
        <source>tool authorization in application code is not attested</source>
        <translation>die Tool-Autorisierung im Anwendungscode ist nicht bestätigt</translation>
    </message>
    <message>
        <source>%1 of %2 unsafe_tool cases failed in the latest eval (%3)</source>
        <translation>%1 von %2 Fällen der Kategorie „unsicheres Tool“ im letzten Eval (%3) fehlgeschlagen</translation>
    </message>
    <message>
        <source>tool authorization not recorded (attest it, or record that it is not)</source>
        <translation>Tool-Autorisierung nicht erfasst (bestätigen oder festhalten, dass sie fehlt)</translation>
    </message>
    <message>
        <source>tool authorization attested, but the latest eval has no unsafe_tool cases</source>
        <translation>Tool-Autorisierung bestätigt, aber der letzte Eval hat keine Fälle der Kategorie „unsicheres Tool“</translation>
    </message>
    <message>
        <source>%1 of %1 unsafe_tool cases passed; tool authorization attested</source>
        <translation>%1 von %1 Fällen der Kategorie „unsicheres Tool“ bestanden; Tool-Autorisierung bestätigt</translation>
    </message>
    <message>
        <source>no logging policy recorded</source>
        <translation>keine Logging-Richtlinie erfasst</translation>
    </message>
    <message>
        <source>no retention rule for %1</source>
        <translation>keine Aufbewahrungsregel für %1</translation>
    </message>
    <message>
        <source>prompts %1, responses %2; kept %3 d debug, %4 d abuse review, %5 d eval metadata</source>
        <translation>Prompts: %1, Antworten: %2; aufbewahrt %3 T Debug-Logs, %4 T Missbrauchsprüfung, %5 T Eval-Metadaten</translation>
    </message>
    <message>
        <source>prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>nothing is retained raw (prompts %1, responses %2)</source>
        <translation>nichts wird roh aufbewahrt (Prompts: %1, Antworten: %2)</translation>
    </message>
    <message>
        <source>raw %1 retained without a recorded legal or security approval</source>
        <translation>rohe %1 werden ohne erfasste Genehmigung von Legal oder Security aufbewahrt</translation>
    </message>
    <message>
        <source>raw %1 approved by %2, who holds neither the legal nor the security role</source>
        <translation>rohe %1 genehmigt von %2, der weder die Rolle Legal noch Security hat</translation>
    </message>
    <message>
        <source>raw %1 approved by %2</source>
        <translation>rohe %1 genehmigt von %2</translation>
    </message>
    <message>
        <source>no rollback path recorded</source>
        <translation>kein Rollback-Weg erfasst</translation>
    </message>
    <message>
        <source>rollback path recorded but never tested</source>
        <translation>Rollback-Weg erfasst, aber nie getestet</translation>
    </message>
    <message>
        <source>rollback path tested %1</source>
        <translation>Rollback-Weg getestet %1</translation>
    </message>
    <message>
        <source>no fallback route recorded</source>
        <translation>keine Ausweichroute erfasst</translation>
    </message>
    <message>
        <source>the fallback route %1 is the use case&apos;s own route</source>
        <translation>die Ausweichroute %1 ist die eigene Route des Anwendungsfalls</translation>
    </message>
    <message>
        <source>the fallback route %1 does not exist</source>
        <translation>die Ausweichroute %1 gibt es nicht</translation>
    </message>
    <message>
        <source>fallback route: %1</source>
        <translation>Ausweichroute: %1</translation>
    </message>
    <message>
        <source>no runbook</source>
        <translation>kein Runbook</translation>
    </message>
    <message>
        <source>the runbook does not cover %1</source>
        <translation>das Runbook behandelt %1 nicht</translation>
    </message>
    <message>
        <source>the runbook covers %1</source>
        <translation>das Runbook behandelt %1</translation>
    </message>
    <message>
        <source>nobody is on call</source>
        <translation>niemand hat Bereitschaft</translation>
    </message>
    <message>
        <source>only the engineering owner %1 is on call</source>
        <translation>nur der Engineering-Verantwortliche %1 hat Bereitschaft</translation>
    </message>
    <message>
        <source>only %1 is on call; support must not depend on one person</source>
        <translation>nur %1 hat Bereitschaft; der Support darf nicht an einer Person hängen</translation>
    </message>
    <message>
        <source>on call: %1</source>
        <translation>Bereitschaft: %1</translation>
    </message>
    <message>
        <source>release path or whether a person waits is not recorded</source>
        <translation>Auslieferungsweg oder ob eine Person wartet ist nicht erfasst</translation>
    </message>
    <message>
        <source>a person waits for the answer, but the release path is batch</source>
        <translation>eine Person wartet auf die Antwort, der Auslieferungsweg ist aber Batch</translation>
    </message>
    <message>
        <source>live release; a person waits for the answer</source>
        <translation>Live-Auslieferung; eine Person wartet auf die Antwort</translation>
    </message>
    <message>
        <source>%1 release; nobody waits on the page</source>
        <translation>Auslieferung per %1; niemand wartet auf der Seite</translation>
    </message>
    <message>
        <source>not required for an internal use case</source>
        <translation>für einen internen Anwendungsfall nicht nötig</translation>
    </message>
    <message>
        <source>monitoring not recorded</source>
        <translation>Überwachung nicht erfasst</translation>
    </message>
    <message>
        <source>no monitoring for a customer-facing use case</source>
        <translation>keine Überwachung für einen kundennahen Anwendungsfall</translation>
    </message>
    <message>
        <source>monitoring in place</source>
        <translation>Überwachung vorhanden</translation>
    </message>
    <message>
        <source>no kill switch named</source>
        <translation>kein Notschalter benannt</translation>
    </message>
    <message>
        <source>kill switch %1 has never been tested</source>
        <translation>Notschalter %1 wurde nie getestet</translation>
    </message>
    <message>
        <source>kill switch %1 tested %2</source>
        <translation>Notschalter %1 getestet %2</translation>
    </message>
    <message>
        <source>no daily cost cap</source>
        <translation>kein Tageskostenlimit</translation>
    </message>
    <message>
        <source>a daily cost cap of 0 USD would stop every request</source>
        <translation>ein Tageskostenlimit von 0 USD würde jede Anfrage stoppen</translation>
    </message>
    <message>
        <source>daily cost cap %1 USD</source>
        <translation>Tageskostenlimit %1 USD</translation>
    </message>
    <message>
        <source>no %1 named</source>
        <translation>kein %1 benannt</translation>
    </message>
    <message>
        <source>%1 %2 does not hold the %3 role</source>
        <translation>%1 %2 hat die Rolle %3 nicht</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>product owner</source>
        <translation>Produktverantwortlicher</translation>
    </message>
    <message>
        <source>support owner</source>
        <translation>Support-Verantwortlicher</translation>
    </message>
    <message>
        <source>no launch owner named</source>
        <translation>kein Launch-Verantwortlicher benannt</translation>
    </message>
    <message>
        <source>launch owner %1 is also the engineering owner; name someone other than the builder</source>
        <translation>Launch-Verantwortlicher %1 ist auch der Engineering-Verantwortliche; benennen Sie jemand anderen als den Entwickler</translation>
    </message>
    <message>
        <source>launch owner: %1</source>
        <translation>Launch-Verantwortlicher: %1</translation>
    </message>
    <message>
        <source>prompts and responses</source>
        <translation>Prompts und Antworten</translation>
    </message>
    <message>
        <source>debug logs kept %1 d &lt; %2 d (six months, EU AI Act Art. 19(1) and 26(6))</source>
        <translation>Debug-Logs %1 T aufbewahrt &lt; %2 T (sechs Monate, EU AI Act Art. 19 Abs. 1 und Art. 26 Abs. 6)</translation>
    </message>
    <message>
        <source>debug</source>
        <translation>Debug-Logs</translation>
    </message>
    <message>
        <source>abuse_review</source>
        <translation>Missbrauchsprüfung</translation>
    </message>
    <message>
        <source>eval_metadata</source>
        <translation>Eval-Metadaten</translation>
    </message>
    <message>
        <source>%1 approval by %2 (%3) is %4 days old (%5); at most %6</source>
        <translation>Genehmigung von %1 durch %2 (%3) ist %4 Tage alt (%5); höchstens %6</translation>
    </message>
    <message>
        <source>the latest eval (%1) is %2 days old; at most %3</source>
        <translation>der letzte Eval (%1) ist %2 Tage alt; höchstens %3</translation>
    </message>
    <message>
        <source>rollback path first recorded as tested %1, after %2</source>
        <translation>Rollback-Weg erst am %1 als getestet erfasst, nach dem %2</translation>
    </message>
    <message>
        <source>rollback path last tested %1 days ago (%2); at most %3</source>
        <translation>Rollback-Weg zuletzt vor %1 Tagen getestet (%2); höchstens %3</translation>
    </message>
    <message>
        <source>the runbook was first recorded as reviewed %1, after %2</source>
        <translation>das Runbook wurde erst am %1 als geprüft erfasst, nach dem %2</translation>
    </message>
    <message>
        <source>the runbook was last reviewed %1 days ago (%2); at most %3</source>
        <translation>das Runbook wurde zuletzt vor %1 Tagen geprüft (%2); höchstens %3</translation>
    </message>
    <message>
        <source>the runbook covers %1; reviewed %2</source>
        <translation>das Runbook deckt %1 ab; geprüft %2</translation>
    </message>
    <message>
        <source>kill switch %1 was first recorded as tested %2, after %3</source>
        <translation>Notschalter %1 erst am %2 als getestet erfasst, nach dem %3</translation>
    </message>
    <message>
        <source>kill switch %1 last tested %2 days ago (%3); at most %4</source>
        <translation>Notschalter %1 zuletzt vor %2 Tagen getestet (%3); höchstens %4</translation>
    </message>
</context>
<context>
    <name>GateTemplate</name>
    <message>
        <source>Internal pilot</source>
        <translation>Interner Pilot</translation>
    </message>
    <message>
        <source>Customer launch</source>
        <translation>Kunden-Launch</translation>
    </message>
    <message>
        <source>High-risk launch</source>
        <translation>Hochrisiko-Launch</translation>
    </message>
</context>
<context>
    <name>GatewayAdapter</name>
    <message>
        <source>unknown connection kind &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Verbindungsart &quot;%1&quot; (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>malformed response from the gateway: %1</source>
        <translation>fehlerhafte Antwort vom Gateway: %1</translation>
    </message>
    <message>
        <source>data[%1] has no %2 or %3</source>
        <translation>data[%1] hat weder %2 noch %3</translation>
    </message>
    <message>
        <source>%1 at byte %2 of %3 (a truncated or non-JSON body)</source>
        <translation>%1 bei Byte %2 von %3 (ein abgeschnittener oder Nicht-JSON-Inhalt)</translation>
    </message>
    <message>
        <source>the body is not a JSON object</source>
        <translation>der Inhalt ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an http(s) URL without credentials</source>
        <translation>„%1“ ist keine http(s)-URL ohne Zugangsdaten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is plain http to another machine: the API key would cross the network unencrypted; use https (http is accepted only for this machine, e.g. http://127.0.0.1:4000)</source>
        <translation>„%1“ ist unverschlüsseltes http zu einem anderen Rechner: der API-Schlüssel ginge unverschlüsselt durchs Netz; verwenden Sie https (http gilt nur für diesen Rechner, z. B. http://127.0.0.1:4000)</translation>
    </message>
    <message>
        <source>%1; stopping</source>
        <translation>%1; Abbruch</translation>
    </message>
    <message>
        <source>the gateway returned an empty page that claims more</source>
        <translation>das Gateway lieferte eine leere Seite, nach der weitere folgen sollen</translation>
    </message>
    <message>
        <source>the gateway said has_more but named no next_page</source>
        <translation>das Gateway meldete has_more, nannte aber keine next_page</translation>
    </message>
</context>
<context>
    <name>GovernanceText</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 added: %2</source>
        <translation>%1 hinzugefügt: %2</translation>
    </message>
    <message>
        <source>%1 removed (was %2)</source>
        <translation>%1 entfernt (war %2)</translation>
    </message>
    <message>
        <source>route version added: %1 v%2 (a new route: %3 %4)</source>
        <translation>Routenversion hinzugefügt: %1 v%2 (eine neue Route: %3 %4)</translation>
    </message>
    <message>
        <source>route version added: %1 v%2 (from v%3, the same settings)</source>
        <translation>Routenversion hinzugefügt: %1 v%2 (nach v%3, gleiche Einstellungen)</translation>
    </message>
    <message>
        <source>route version added: %1 v%2 (from v%3): %4</source>
        <translation>Routenversion hinzugefügt: %1 v%2 (nach v%3): %4</translation>
    </message>
    <message>
        <source>no such gate template</source>
        <translation>diese Gate-Vorlage gibt es nicht</translation>
    </message>
    <message>
        <source>GO-ELIGIBLE</source>
        <translation>GO-FÄHIG</translation>
    </message>
    <message>
        <source>NO-GO (blockers failed: %1)</source>
        <translation>NO-GO (Blocker fehlgeschlagen: %1)</translation>
    </message>
    <message>
        <source>Governance changes from %1 to %2, gates judged as of %3.</source>
        <translation>Governance-Änderungen von %1 zu %2, Gates zum Stand %3 geprüft.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>REGRESSION: %1 loses go-eligibility and gains unapproved data classes: %2.</source>
        <translation>RÜCKSCHRITT: %1 ist nicht mehr Go-fähig und erhält nicht genehmigte Datenklassen: %2.</translation>
    </message>
    <message>
        <source>REGRESSION: %1 loses go-eligibility.</source>
        <translation>RÜCKSCHRITT: %1 ist nicht mehr Go-fähig.</translation>
    </message>
    <message>
        <source>REGRESSION: %1 gains unapproved data classes: %2.</source>
        <translation>RÜCKSCHRITT: %1 erhält nicht genehmigte Datenklassen: %2.</translation>
    </message>
    <message>
        <source>No governance changes.</source>
        <translation>Keine Governance-Änderungen.</translation>
    </message>
    <message>
        <source>No governance regression: no use case loses go-eligibility or gains an unapproved data class.</source>
        <translation>Kein Governance-Rückschritt: kein Anwendungsfall verliert die Go-Fähigkeit oder erhält eine nicht genehmigte Datenklasse.</translation>
    </message>
    <message>
        <source>policy %1: %2 → %3</source>
        <translation>Richtlinie %1: %2 → %3</translation>
    </message>
    <message>
        <source>route version removed: %1 v%2</source>
        <translation>Routenversion entfernt: %1 v%2</translation>
    </message>
    <message>
        <source>gate template %1 added: rules %2; required sign-offs %3</source>
        <translation>Gate-Vorlage %1 hinzugefügt: Regeln %2; nötige Abzeichnungen %3</translation>
    </message>
    <message>
        <source>gate template %1 removed</source>
        <translation>Gate-Vorlage %1 entfernt</translation>
    </message>
    <message>
        <source>gate template %1: %2</source>
        <translation>Gate-Vorlage %1: %2</translation>
    </message>
    <message>
        <source>gate template %1: rules added: %2</source>
        <translation>Gate-Vorlage %1: Regeln hinzugefügt: %2</translation>
    </message>
    <message>
        <source>gate template %1: rules removed: %2</source>
        <translation>Gate-Vorlage %1: Regeln entfernt: %2</translation>
    </message>
    <message>
        <source>gate template %1: required sign-offs added: %2</source>
        <translation>Gate-Vorlage %1: nötige Abzeichnungen hinzugefügt: %2</translation>
    </message>
    <message>
        <source>gate template %1: required sign-offs removed: %2</source>
        <translation>Gate-Vorlage %1: nötige Abzeichnungen entfernt: %2</translation>
    </message>
    <message>
        <source> (recorded history: import portfolio refuses a file that drops it)</source>
        <translation> (festgehaltene Historie: import portfolio lehnt eine Datei ab, der sie fehlt)</translation>
    </message>
    <message>
        <source>%1 (unchanged) at %2: %3</source>
        <translation>%1 (unverändert) an %2: %3</translation>
    </message>
    <message>
        <source>%1 (removed) at %2: was %3</source>
        <translation>%1 (entfernt) an %2: war %3</translation>
    </message>
    <message>
        <source>%1 (added) at %2: %3</source>
        <translation>%1 (hinzugefügt) an %2: %3</translation>
    </message>
    <message>
        <source>%1 (changed) at %2: %3</source>
        <translation>%1 (geändert) an %2: %3</translation>
    </message>
    <message>
        <source>newly failing: %1 (%2, %3): %4</source>
        <translation>neu fehlgeschlagen: %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>failing: %1 (%2, %3): %4</source>
        <translation>fehlgeschlagen: %1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>now passing: %1: %2</source>
        <translation>jetzt bestanden: %1: %2</translation>
    </message>
    <message>
        <source>owner %1: %2</source>
        <translation>Verantwortung %1: %2</translation>
    </message>
    <message>
        <source>owner %1: %2 → %3</source>
        <translation>Verantwortung %1: %2 → %3</translation>
    </message>
    <message>
        <source>data-class decision added: %1</source>
        <translation>Datenklassen-Entscheidung hinzugefügt: %1</translation>
    </message>
    <message>
        <source>data-class decision removed: %1</source>
        <translation>Datenklassen-Entscheidung entfernt: %1</translation>
    </message>
    <message>
        <source>eval run added: %1</source>
        <translation>Eval-Lauf hinzugefügt: %1</translation>
    </message>
    <message>
        <source>eval run removed: %1</source>
        <translation>Eval-Lauf entfernt: %1</translation>
    </message>
    <message>
        <source>also changed: %1</source>
        <translation>außerdem geändert: %1</translation>
    </message>
    <message>
        <source>needs no approval</source>
        <translation>braucht keine Genehmigung</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>unapproved: awaits %1</source>
        <translation>nicht genehmigt: wartet auf %1</translation>
    </message>
    <message>
        <source>unapproved: rejected by %1 as %2 on %3</source>
        <translation>nicht genehmigt: abgelehnt von %1 als %2 am %3</translation>
    </message>
    <message>
        <source>unapproved: can never be approved</source>
        <translation>nicht genehmigt: kann nie genehmigt werden</translation>
    </message>
    <message>
        <source>data class added: %1 (%2)</source>
        <translation>Datenklasse hinzugefügt: %1 (%2)</translation>
    </message>
    <message>
        <source>data class removed: %1</source>
        <translation>Datenklasse entfernt: %1</translation>
    </message>
    <message>
        <source>data class %1: %2 → %3</source>
        <translation>Datenklasse %1: %2 → %3</translation>
    </message>
    <message>
        <source>%1 %2 by %3 as %4 on %5</source>
        <translation>%1 %2 von %3 als %4 am %5</translation>
    </message>
    <message>
        <source>route: %1</source>
        <translation>Route: %1</translation>
    </message>
    <message>
        <source>route: %1 → %2</source>
        <translation>Route: %1 → %2</translation>
    </message>
    <message>
        <source>new versions of route %1: %2</source>
        <translation>neue Versionen der Route %1: %2</translation>
    </message>
    <message>
        <source>%1 on %2, route %3 v%4: %5 % of %6 cases, live secrets: %7, approved baseline</source>
        <translation>%1 am %2, Route %3 v%4: %5 % von %6 Fällen, echte Geheimnisse: %7, genehmigte Baseline</translation>
    </message>
    <message>
        <source>%1 on %2, route %3 v%4: %5 % of %6 cases, live secrets: %7</source>
        <translation>%1 am %2, Route %3 v%4: %5 % von %6 Fällen, echte Geheimnisse: %7</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>gate review added: %1 at %2, requested by %3 on %4: %5</source>
        <translation>Gate-Review hinzugefügt: %1 an %2, beantragt von %3 am %4: %5</translation>
    </message>
    <message>
        <source>gate review removed: %1</source>
        <translation>Gate-Review entfernt: %1</translation>
    </message>
    <message>
        <source>gate review %1 at %2: %3 → %4</source>
        <translation>Gate-Review %1 an %2: %3 → %4</translation>
    </message>
    <message>
        <source>gate review %1 at %2: %3</source>
        <translation>Gate-Review %1 an %2: %3</translation>
    </message>
    <message>
        <source>sign-offs added: %1</source>
        <translation>Abzeichnungen hinzugefügt: %1</translation>
    </message>
    <message>
        <source>waiver granted: %1</source>
        <translation>Ausnahme erteilt: %1</translation>
    </message>
    <message>
        <source>waiver revoked: %1 (%2) by %3 as %4 from %5: “%6”</source>
        <translation>Ausnahme widerrufen: %1 (%2) von %3 als %4 ab %5: „%6“</translation>
    </message>
    <message>
        <source>waiver removed: %1</source>
        <translation>Ausnahme entfernt: %1</translation>
    </message>
    <message>
        <source>%1 at %2 until %3, granted by %4 as %5 on %6: “%7”; control: “%8” (%9)</source>
        <translation>%1 an %2 bis %3, erteilt von %4 als %5 am %6: „%7“; Maßnahme: „%8“ (%9)</translation>
    </message>
    <message>
        <source>expired: awaits renewal by %1</source>
        <translation>abgelaufen: wartet auf Erneuerung durch %1</translation>
    </message>
</context>
<context>
    <name>HeliconeAdapter</name>
    <message>
        <source>the gateway reported: %1</source>
        <translation>das Gateway meldete: %1</translation>
    </message>
</context>
<context>
    <name>HistoryGuard</name>
    <message>
        <source>data approval of %1: %2 would be dropped or changed</source>
        <translation>die Datenfreigabe von %1: %2 würde entfernt oder geändert</translation>
    </message>
    <message numerus="yes">
        <source>the file holds no use cases; importing it would delete all %n use case(s) in the database</source>
        <translation>
            <numerusform>die Datei enthält keine Anwendungsfälle; ihr Import würde den %n Anwendungsfall der Datenbank löschen</numerusform>
            <numerusform>die Datei enthält keine Anwendungsfälle; ihr Import würde alle %n Anwendungsfälle der Datenbank löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>use case %1 would be deleted, but it holds %n recorded fact(s); retire it instead (status &quot;retired&quot;)</source>
        <translation>
            <numerusform>Anwendungsfall %1 würde gelöscht, enthält aber %n aufgezeichneten Fakt; setzen Sie ihn stattdessen auf „retired“</numerusform>
            <numerusform>Anwendungsfall %1 würde gelöscht, enthält aber %n aufgezeichnete Fakten; setzen Sie ihn stattdessen auf „retired“</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 would be dropped</source>
        <translation>%1 würde verworfen</translation>
    </message>
    <message>
        <source>%1 would be changed (%2)</source>
        <translation>%1 würde geändert (%2)</translation>
    </message>
    <message>
        <source>route %1 version %2</source>
        <translation>Route %1 Version %2</translation>
    </message>
    <message>
        <source>eval run %1 of %2</source>
        <translation>Eval-Lauf %1 von %2</translation>
    </message>
    <message>
        <source>gate review %1 of %2</source>
        <translation>Gate-Review %1 von %2</translation>
    </message>
    <message>
        <source>signing key %1 of %2 would be dropped</source>
        <translation>Signaturschlüssel %1 von %2 würde verworfen</translation>
    </message>
    <message>
        <source>signing key %1 of %2 would be changed (%3); a key is only ever revoked</source>
        <translation>Signaturschlüssel %1 von %2 würde geändert (%3); ein Schlüssel wird nur widerrufen</translation>
    </message>
    <message>
        <source>waiver %1 of %2 would be dropped</source>
        <translation>Ausnahme %1 von %2 würde entfernt</translation>
    </message>
    <message>
        <source>waiver %1 of %2 would be changed (%3); a waiver is only ever revoked</source>
        <translation>Ausnahme %1 von %2 würde geändert (%3); eine Ausnahme wird nur widerrufen</translation>
    </message>
</context>
<context>
    <name>HttpClient</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>the response from %1 was cut short (%2 of %3 bytes)</source>
        <translation>die Antwort von %1 wurde abgeschnitten (%2 von %3 Bytes)</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2); store a valid key with &apos;greenlight connection add&apos; after removing this one</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2); entfernen Sie diese Verbindung und speichern Sie mit &apos;greenlight connection add&apos; einen gültigen Schlüssel</translation>
    </message>
    <message>
        <source>%1 asked to wait %2 s before the next request (HTTP 429); sync again later</source>
        <translation>%1 bat, %2 s bis zur nächsten Anfrage zu warten (HTTP 429); synchronisieren Sie später erneut</translation>
    </message>
    <message>
        <source>HTTP 429 (rate limited)</source>
        <translation>HTTP 429 (Anfragelimit)</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 antwortete mit HTTP %2: %3</translation>
    </message>
    <message>
        <source>%1 failed %2 times; last: %3</source>
        <translation>%1 ist %2-mal fehlgeschlagen; zuletzt: %3</translation>
    </message>
    <message>
        <source>%1 redirected to %2, another address, so the request was not sent there with the API key; if the gateway moved, point the connection at its new address with &apos;greenlight connection set-key NAME --url URL&apos;</source>
        <translation>%1 hat auf %2 umgeleitet, eine andere Adresse, daher wurde die Anfrage nicht mit dem API-Schlüssel dorthin gesendet; ist das Gateway umgezogen, richten Sie die Verbindung mit „greenlight connection set-key NAME --url URL“ auf die neue Adresse</translation>
    </message>
</context>
<context>
    <name>IdentifierMapStore</name>
    <message>
        <source>a map is of use_case or tenant</source>
        <translation>eine Zuordnung gilt use_case oder tenant</translation>
    </message>
    <message>
        <source>%1 is not a tenant of the portfolio</source>
        <translation>%1 ist kein Mandant des Portfolios</translation>
    </message>
    <message>
        <source>%1 is not a use case of the portfolio</source>
        <translation>%1 ist kein Anwendungsfall des Portfolios</translation>
    </message>
    <message>
        <source>a map needs the gateway&apos;s value</source>
        <translation>eine Zuordnung braucht den Wert des Gateways</translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>You are signed in to this computer as %1, which no person in the portfolio is bound to; the window is read-only. Add %1 to your entry&apos;s accounts in the portfolio file and import it.</source>
        <translation>Sie sind an diesem Computer als %1 angemeldet, und an dieses Konto ist keine Person im Portfolio gebunden; das Fenster ist schreibgeschützt. Tragen Sie %1 in die accounts Ihres Eintrags in der Portfolio-Datei ein und importieren Sie sie.</translation>
    </message>
    <message>
        <source>you are signed in to this computer as %1, which no person in the portfolio is bound to; add %1 to your entry&apos;s accounts in the portfolio file and import it</source>
        <translation>Sie sind an diesem Computer als %1 angemeldet, und an dieses Konto ist keine Person im Portfolio gebunden; tragen Sie %1 in die accounts Ihres Eintrags in der Portfolio-Datei ein und importieren Sie sie</translation>
    </message>
    <message>
        <source>you are signed in to this computer as %1, which is bound to %2; nobody may act for someone else</source>
        <translation>Sie sind an diesem Computer als %1 angemeldet, das an %2 gebunden ist; niemand darf für jemand anderen handeln</translation>
    </message>
    <message>
        <source>You are logged in to the team database as %1, which is no person&apos;s login; the window is read-only. Ask the database&apos;s owner to run `greenlight admin add-login PERSON %1`.</source>
        <translation>Sie sind an der Team-Datenbank als %1 angemeldet, das keiner Person gehört; das Fenster ist schreibgeschützt. Bitten Sie den Eigentümer der Datenbank, `greenlight admin add-login PERSON %1` auszuführen.</translation>
    </message>
    <message>
        <source>you are logged in to the database as %1, which is no person&apos;s login; ask the database&apos;s owner to run `greenlight admin add-login %2 %1`</source>
        <translation>Sie sind an der Datenbank als %1 angemeldet, das keiner Person gehört; bitten Sie den Eigentümer der Datenbank, `greenlight admin add-login %2 %1` auszuführen</translation>
    </message>
    <message>
        <source>you are logged in to the database as %1, which is the login of %2; nobody may act for someone else</source>
        <translation>Sie sind an der Datenbank als %1 angemeldet, dem Login von %2; niemand darf für jemand anderen handeln</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>The file to read.</source>
        <translation>Die zu lesende Datei.</translation>
    </message>
    <message>
        <source>The source name of usage records (overrides the file&apos;s column).</source>
        <translation>Der Quellname der Nutzungsdatensätze (ersetzt die Spalte der Datei).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>Imported %1: %2 use cases, %3 people, %4 tenants, %5 routes (sha256 %6).</source>
        <translation>%1 importiert: %2 Anwendungsfälle, %3 Personen, %4 Mandanten, %5 Routen (sha256 %6).</translation>
    </message>
    <message>
        <source>%1 records read (%2 %)</source>
        <translation>%1 Datensätze gelesen (%2 %)</translation>
    </message>
    <message>
        <source>Imported %1: %2 records, %3 new, %4 already stored.</source>
        <translation>%1 importiert: %2 Datensätze, %3 neu, %4 bereits gespeichert.</translation>
    </message>
    <message>
        <source>Portfolio only: print every difference from the stored portfolio and whether the import would be refused, and write nothing.</source>
        <translation>Nur Portfolio: jeden Unterschied zum gespeicherten Portfolio ausgeben und ob der Import abgelehnt würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>--dry-run applies to import portfolio only</source>
        <translation>--dry-run gilt nur für import portfolio</translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s); the import would be refused, because the file would drop or change recorded history:</source>
        <translation>
            <numerusform>%n Unterschied; der Import würde abgelehnt, weil die Datei aufgezeichnete Historie entfernen oder ändern würde:</numerusform>
            <numerusform>%n Unterschiede; der Import würde abgelehnt, weil die Datei aufgezeichnete Historie entfernen oder ändern würde:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n difference(s); the import would be accepted. Nothing was written (dry run).</source>
        <translation>
            <numerusform>%n Unterschied; der Import würde angenommen. Nichts wurde geschrieben (Probelauf).</numerusform>
            <numerusform>%n Unterschiede; der Import würde angenommen. Nichts wurde geschrieben (Probelauf).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import a portfolio (import portfolio FILE), usage records (import usage FILE [--source NAME]) or feedback records (import feedback FILE), as CSV or JSON Lines, or an eval run from promptfoo, JUnit or CSV results (import eval FILE --use-case ID --route ID@VERSION).</source>
        <translation>Ein Portfolio (import portfolio FILE), Nutzungsdatensätze (import usage FILE [--source NAME]) oder Feedback-Datensätze (import feedback FILE) importieren, als CSV oder JSON Lines, oder einen Eval-Lauf aus Ergebnissen von promptfoo, JUnit oder CSV (import eval FILE --use-case ID --route ID@VERSION).</translation>
    </message>
    <message>
        <source>What to import: portfolio, usage, feedback or eval.</source>
        <translation>Was importiert wird: portfolio, usage, feedback oder eval.</translation>
    </message>
    <message>
        <source>Eval only: the use case the results are of.</source>
        <translation>Nur Eval: der Anwendungsfall, zu dem die Ergebnisse gehören.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Eval only: the route version the eval ran against (ID@VERSION).</source>
        <translation>Nur Eval: die Routenversion, gegen die das Eval lief (ID@VERSION).</translation>
    </message>
    <message>
        <source>id@version</source>
        <translation>ID@Version</translation>
    </message>
    <message>
        <source>Eval only: the key that names each case&apos;s category: promptfoo metadata or vars key, JUnit property, CSV column (default: category).</source>
        <translation>Nur Eval: der Schlüssel, der die Kategorie jedes Falls nennt: Schlüssel in metadata oder vars bei promptfoo, JUnit-Property, CSV-Spalte (Standard: category).</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Eval only: the day the eval ran (YYYY-MM-DD; default today, UTC).</source>
        <translation>Nur Eval: der Tag, an dem das Eval lief (JJJJ-MM-TT; Standard heute, UTC).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>usage: greenlight import portfolio|usage|feedback FILE [--source NAME], or greenlight import eval FILE --use-case ID --route ID@VERSION [--category-from KEY] [--date DATE]</source>
        <translation>Aufruf: greenlight import portfolio|usage|feedback FILE [--source NAME] oder greenlight import eval FILE --use-case ID --route ID@VERSION [--category-from KEY] [--date DATE]</translation>
    </message>
    <message>
        <source>--%1 applies to import eval only</source>
        <translation>--%1 gilt nur für import eval</translation>
    </message>
    <message>
        <source>import eval takes --use-case, --route, --category-from and --date</source>
        <translation>import eval nimmt --use-case, --route, --category-from und --date</translation>
    </message>
    <message>
        <source>unknown import kind &quot;%1&quot; (expected: portfolio, usage, feedback, eval)</source>
        <translation>unbekannte Importart &quot;%1&quot; (erwartet: portfolio, usage, feedback, eval)</translation>
    </message>
    <message>
        <source>import eval needs --use-case ID and --route ID@VERSION</source>
        <translation>import eval braucht --use-case ID und --route ID@VERSION</translation>
    </message>
    <message>
        <source>--route: &quot;%1&quot; is not ID@VERSION (support-draft@3, say)</source>
        <translation>--route: &quot;%1&quot; ist nicht ID@VERSION (etwa support-draft@3)</translation>
    </message>
    <message>
        <source>--category-from: name a key</source>
        <translation>--category-from: bitte einen Schlüssel nennen</translation>
    </message>
    <message>
        <source>Recorded eval run %1 of %2 (route %3 v%4, %5) from %6 (%7, sha256 %8):</source>
        <translation>Eval-Lauf %1 von %2 (Route %3 v%4, %5) aus %6 aufgezeichnet (%7, sha256 %8):</translation>
    </message>
    <message>
        <source>%1 of %2 passed</source>
        <translation>%1 von %2 bestanden</translation>
    </message>
    <message>
        <source>Total: %1 of %2 passed (%3 %); cases with live secrets: %4; skipped, not counted: %5.</source>
        <translation>Gesamt: %1 von %2 bestanden (%3 %); Fälle mit echten Geheimnissen: %4; übersprungen, nicht gezählt: %5.</translation>
    </message>
    <message>
        <source>%1; nothing was recorded</source>
        <translation>%1; nichts wurde aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>InitCommand</name>
    <message>
        <source>Create or migrate the database; --demo loads the demo portfolio.</source>
        <translation>Die Datenbank anlegen oder migrieren; --demo lädt das Demo-Portfolio.</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init nimmt keine Argumente</translation>
    </message>
    <message>
        <source>the demo portfolio is missing from this build</source>
        <translation>das Demo-Portfolio fehlt in diesem Build</translation>
    </message>
    <message>
        <source>Loaded the demo portfolio: %1 use cases, %2 people, %3 tenants.</source>
        <translation>Demo-Portfolio geladen: %1 Anwendungsfälle, %2 Personen, %3 Mandanten.</translation>
    </message>
    <message>
        <source>Generated %1 days of demo traffic: %2 usage records, %3 feedback records.</source>
        <translation>%1 Tage Demo-Verkehr erzeugt: %2 Nutzungsdatensätze, %3 Feedback-Datensätze.</translation>
    </message>
    <message>
        <source>Database ready: %1 (schema %2).</source>
        <translation>Datenbank bereit: %1 (Schema %2).</translation>
    </message>
    <message>
        <source>Load the demo portfolio into a database that holds no use case yet.</source>
        <translation>Das Demo-Portfolio in eine Datenbank laden, die noch keinen Anwendungsfall enthält.</translation>
    </message>
    <message>
        <source>%1 already holds a portfolio; load the demo into a new database (greenlight --db demo.sqlite init --demo)</source>
        <translation>%1 enthält bereits ein Portfolio; laden Sie die Demo in eine neue Datenbank (greenlight --db demo.sqlite init --demo)</translation>
    </message>
</context>
<context>
    <name>JUnitResults</name>
    <message>
        <source>not JUnit XML: the root element is &lt;%1&gt; (expected &lt;testsuites&gt; or &lt;testsuite&gt;)</source>
        <translation>kein JUnit-XML: das Wurzelelement ist &lt;%1&gt; (erwartet &lt;testsuites&gt; oder &lt;testsuite&gt;)</translation>
    </message>
    <message>
        <source>a &lt;testcase&gt; inside another &lt;testcase&gt;</source>
        <translation>ein &lt;testcase&gt; in einem anderen &lt;testcase&gt;</translation>
    </message>
    <message>
        <source>test case &quot;%1&quot;</source>
        <translation>Testfall &quot;%1&quot;</translation>
    </message>
    <message>
        <source>test case &quot;%1&quot; (classname &quot;%2&quot;)</source>
        <translation>Testfall &quot;%1&quot; (classname &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 has no category (give it a property &quot;%2&quot;, or a classname whose last segment names one, such as evals.TestPromptInjection)</source>
        <translation>%1 hat keine Kategorie (geben Sie ihm eine Property &quot;%2&quot; oder einen classname, dessen letztes Segment eine nennt, etwa evals.TestPromptInjection)</translation>
    </message>
    <message>
        <source>%1: property &quot;%2&quot; is &quot;%3&quot; (expected true or false)</source>
        <translation>%1: die Property &quot;%2&quot; ist &quot;%3&quot; (erwartet true oder false)</translation>
    </message>
    <message>
        <source>invalid XML: %1</source>
        <translation>ungültiges XML: %1</translation>
    </message>
    <message>
        <source>every test case was skipped</source>
        <translation>jeder Testfall wurde übersprungen</translation>
    </message>
    <message>
        <source>no test cases</source>
        <translation>keine Testfälle</translation>
    </message>
</context>
<context>
    <name>JsonObjectReader</name>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet %1, gefunden %2</translation>
    </message>
    <message>
        <source>unknown value &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannter Wert &quot;%1&quot; (erwartet wird eines von: %2)</translation>
    </message>
    <message>
        <source>duplicate value &quot;%1&quot;</source>
        <translation>doppelter Wert &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown key (expected one of: %1)</source>
        <translation>unbekannter Schlüssel (erwartet wird einer von: %1)</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>eine Zeichenkette oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (lowercase letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos;)</source>
        <translation>&quot;%1&quot; ist keine gültige ID (Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos;)</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>%1 is out of range (%2 to %3)</source>
        <translation>%1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>true, false or null</source>
        <translation>true, false oder null</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>&quot;%1&quot; ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date and time with a zone (YYYY-MM-DDThh:mm:ssZ)</source>
        <translation>&quot;%1&quot; ist kein Datum mit Uhrzeit und Zone (JJJJ-MM-TTThh:mm:ssZ)</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an id</source>
        <translation>eine ID</translation>
    </message>
    <message>
        <source>line %1, column %2</source>
        <translation>Zeile %1, Spalte %2</translation>
    </message>
</context>
<context>
    <name>LangfuseAdapter</name>
    <message>
        <source>no &quot;data&quot; array</source>
        <translation>kein &quot;data&quot;-Array</translation>
    </message>
    <message>
        <source>scores data[%1] has no timestamp</source>
        <translation>scores data[%1] hat keinen Zeitstempel</translation>
    </message>
</context>
<context>
    <name>LiteLlmAdapter</name>
    <message>
        <source>no &quot;data&quot; array</source>
        <translation>kein &quot;data&quot;-Array</translation>
    </message>
</context>
<context>
    <name>LoginCommand</name>
    <message>
        <source>Keep your team-database password in the OS keychain (read from standard input, checked against the server first): login, or login --forget to remove it.</source>
        <translation>Das Passwort der Team-Datenbank im Schlüsselbund des Systems ablegen (von der Standardeingabe gelesen, zuerst beim Server geprüft): login, oder login --forget, um es zu entfernen.</translation>
    </message>
    <message>
        <source>Remove the password from the keychain.</source>
        <translation>Das Passwort aus dem Schlüsselbund entfernen.</translation>
    </message>
    <message>
        <source>usage: greenlight --db postgresql://LOGIN@HOST/DATABASE login [--forget]</source>
        <translation>Aufruf: greenlight --db postgresql://LOGIN@HOST/DATENBANK login [--forget]</translation>
    </message>
    <message>
        <source>give --db postgresql://LOGIN@HOST/DATABASE, without a password: the password is read from standard input</source>
        <translation>--db postgresql://LOGIN@HOST/DATENBANK ohne Passwort angeben: das Passwort wird von der Standardeingabe gelesen</translation>
    </message>
    <message>
        <source>Removed the password for %1 from the OS keychain.</source>
        <translation>Das Passwort für %1 wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>no password on standard input (pipe it in: a password is never taken as an argument)</source>
        <translation>kein Passwort auf der Standardeingabe (per Pipe übergeben: ein Passwort wird nie als Argument angenommen)</translation>
    </message>
    <message>
        <source>The server accepted the password; it is in the OS keychain as %1, for %2 only.</source>
        <translation>Der Server hat das Passwort angenommen; es liegt im Schlüsselbund des Systems als %1, nur für %2.</translation>
    </message>
</context>
<context>
    <name>LoginPasswords</name>
    <message>
        <source>only a team database (postgresql://LOGIN@HOST/DATABASE) has a login password</source>
        <translation>nur eine Team-Datenbank (postgresql://LOGIN@HOST/DATENBANK) hat ein Login-Passwort</translation>
    </message>
    <message>
        <source>the keychain keeps a password for a URL that names the login, server and database: postgresql://LOGIN@HOST/DATABASE (for a service, keep it in ~/.pgpass)</source>
        <translation>der Schlüsselbund bewahrt ein Passwort nur für eine URL auf, die Login, Server und Datenbank nennt: postgresql://LOGIN@HOST/DATENBANK (für einen Dienst gehört es nach ~/.pgpass)</translation>
    </message>
</context>
<context>
    <name>OpenAiAdapter</name>
    <message>
        <source>no &quot;data&quot; array of buckets</source>
        <translation>kein &quot;data&quot;-Array mit Zeitfenstern</translation>
    </message>
    <message>
        <source>data[%1] has no start_time</source>
        <translation>data[%1] hat keine start_time</translation>
    </message>
    <message>
        <source>data[%1].results[%2].amount.currency is &quot;%3&quot;, not usd</source>
        <translation>data[%1].results[%2].amount.currency ist „%3“, nicht usd</translation>
    </message>
</context>
<context>
    <name>PacketDocument</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>nicht benannt</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>noch keine Entscheidung</translation>
    </message>
    <message>
        <source>%1 at the %2 gate (review %3, requested %4)</source>
        <translation>%1 am Gate %2 (Review %3, beantragt %4)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>Owners and roles</source>
        <translation>Verantwortliche und Rollen</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Roles held</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Use, audience and release</source>
        <translation>Nutzung, Zielgruppe und Auslieferung</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation>Lebenszyklus-Status</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Output user</source>
        <translation>Nutzer der Ausgabe</translation>
    </message>
    <message>
        <source>Allowed path</source>
        <translation>Erlaubter Weg</translation>
    </message>
    <message>
        <source>Human review rule</source>
        <translation>Regel für menschliche Prüfung</translation>
    </message>
    <message>
        <source>Release path</source>
        <translation>Auslieferungsweg</translation>
    </message>
    <message>
        <source>A person waits for the answer</source>
        <translation>Eine Person wartet auf die Antwort</translation>
    </message>
    <message>
        <source>Tool authorisation attested</source>
        <translation>Tool-Autorisierung bestätigt</translation>
    </message>
    <message>
        <source>Data classes and approvals</source>
        <translation>Datenklassen und Genehmigungen</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>never approvable</source>
        <translation>nie genehmigungsfähig</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No input data class is recorded.</source>
        <translation>Keine Eingabe-Datenklasse erfasst.</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>Approvals needed</source>
        <translation>Nötige Genehmigungen</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>No approval decision is recorded.</source>
        <translation>Keine Genehmigungsentscheidung erfasst.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Route and its versions</source>
        <translation>Route und ihre Versionen</translation>
    </message>
    <message>
        <source>No route is recorded.</source>
        <translation>Keine Route erfasst.</translation>
    </message>
    <message>
        <source>Current route: %1. Every version is listed; eval runs name the version they ran against.</source>
        <translation>Aktuelle Route: %1. Jede Version ist aufgeführt; Eval-Läufe nennen die Version, gegen die sie liefen.</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Retrieval corpus</source>
        <translation>Retrieval-Korpus</translation>
    </message>
    <message>
        <source>Tool schema</source>
        <translation>Tool-Schema</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ausweichroute</translation>
    </message>
    <message>
        <source>Eval runs</source>
        <translation>Eval-Läufe</translation>
    </message>
    <message>
        <source>No eval run is recorded.</source>
        <translation>Kein Eval-Lauf erfasst.</translation>
    </message>
    <message>
        <source>Threshold that applies: %1. Regression is measured in percentage points against the previous approved baseline.</source>
        <translation>Geltende Schwelle: %1. Rückgänge werden in Prozentpunkten gegenüber der vorigen genehmigten Baseline gemessen.</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>vs baseline</source>
        <translation>ggü. Baseline</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Logging policy and retention</source>
        <translation>Logging-Richtlinie und Aufbewahrung</translation>
    </message>
    <message>
        <source>No logging policy is recorded.</source>
        <translation>Keine Logging-Richtlinie erfasst.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Prompts</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Raw retention approved by</source>
        <translation>Rohe Aufbewahrung genehmigt von</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemandem</translation>
    </message>
    <message>
        <source>Debug logs kept</source>
        <translation>Debug-Logs aufbewahrt</translation>
    </message>
    <message>
        <source>Abuse review kept</source>
        <translation>Missbrauchsprüfung aufbewahrt</translation>
    </message>
    <message>
        <source>Eval metadata kept</source>
        <translation>Eval-Metadaten aufbewahrt</translation>
    </message>
    <message>
        <source>Rollback, fallback and kill switch</source>
        <translation>Rollback, Ausweichroute und Notschalter</translation>
    </message>
    <message>
        <source>Rollback path</source>
        <translation>Rollback-Weg</translation>
    </message>
    <message>
        <source>Rollback last tested</source>
        <translation>Rollback zuletzt getestet</translation>
    </message>
    <message>
        <source>Fallback route</source>
        <translation>Ausweichroute</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Notschalter</translation>
    </message>
    <message>
        <source>Kill switch last tested</source>
        <translation>Notschalter zuletzt getestet</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>Daily cost cap</source>
        <translation>Tageskostenlimit</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <source>Runbook and on-call</source>
        <translation>Runbook und Bereitschaft</translation>
    </message>
    <message>
        <source>No runbook is recorded.</source>
        <translation>Kein Runbook erfasst.</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Behandelt</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Gate reviews</source>
        <translation>Gate-Reviews</translation>
    </message>
    <message>
        <source>No gate review is recorded.</source>
        <translation>Kein Gate-Review erfasst.</translation>
    </message>
    <message>
        <source>%1: %2 gate, %3</source>
        <translation>%1: Gate %2, %3</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Requested by %1 at %2.</source>
        <translation>Beantragt von %1 am %2.</translation>
    </message>
    <message>
        <source>Rationale: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>No sign-off.</source>
        <translation>Keine Abzeichnung.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abzeichnung</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Rule results frozen when the review started:</source>
        <translation>Regelergebnisse, eingefroren beim Start des Reviews:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Gate at export time</source>
        <translation>Gate zum Exportzeitpunkt</translation>
    </message>
    <message numerus="yes">
        <source>%1 gate: %2 (%n failing blocker(s)).</source>
        <translation>
            <numerusform>Gate %1: %2 (%n fehlgeschlagener Blocker).</numerusform>
            <numerusform>Gate %1: %2 (%n fehlgeschlagene Blocker).</numerusform>
        </translation>
    </message>
    <message>
        <source>go-eligible</source>
        <translation>Go-fähig</translation>
    </message>
    <message>
        <source>not eligible</source>
        <translation>nicht zulässig</translation>
    </message>
    <message>
        <source>Cost and edit rate, last 90 days</source>
        <translation>Kosten und Bearbeitungsquote, letzte 90 Tage</translation>
    </message>
    <message>
        <source>%1 to %2: %3 over %4 requests; %5 of %6 answers edited (%7).</source>
        <translation>%1 bis %2: %3 für %4 Anfragen; %5 von %6 Antworten bearbeitet (%7).</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Audit-Ereignisse</translation>
    </message>
    <message>
        <source>No event concerns this use case.</source>
        <translation>Kein Ereignis betrifft diesen Anwendungsfall.</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message numerus="yes">
        <source>Whole portfolio (%n use case(s))</source>
        <translation>
            <numerusform>Ganzes Portfolio (%n Anwendungsfall)</numerusform>
            <numerusform>Ganzes Portfolio (%n Anwendungsfälle)</numerusform>
        </translation>
    </message>
    <message>
        <source>Greenlight %1 · audit packet · %2 · exported %3</source>
        <translation>Greenlight %1 · Audit-Paket · %2 · exportiert %3</translation>
    </message>
    <message>
        <source>Audit packet: %1</source>
        <translation>Audit-Paket: %1</translation>
    </message>
    <message>
        <source>Audit packet</source>
        <translation>Audit-Paket</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Latest decision</source>
        <translation>Letzte Entscheidung</translation>
    </message>
    <message>
        <source>Exported by</source>
        <translation>Exportiert von</translation>
    </message>
    <message>
        <source>Exported at</source>
        <translation>Exportiert am</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Audit events at export</source>
        <translation>Audit-Ereignisse beim Export</translation>
    </message>
    <message>
        <source>This packet records the evidence a launch decision rested on: owners, data approvals, routes, eval runs, logging, rollback, runbook, gate reviews with their frozen rule results and sign-offs, costs, and the audit events. The last page names the audit chain&apos;s head hash at export time and the command that checks it.</source>
        <translation>Dieses Paket hält die Nachweise fest, auf denen eine Launch-Entscheidung beruhte: Verantwortliche, Datengenehmigungen, Routen, Eval-Läufe, Logging, Rollback, Runbook, Gate-Reviews mit ihren eingefrorenen Regelergebnissen und Abzeichnungen, Kosten und die Audit-Ereignisse. Die letzte Seite nennt den Kopf-Hash der Audit-Kette zum Exportzeitpunkt und den Befehl, der ihn prüft.</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Portfolio summary</source>
        <translation>Portfolio-Übersicht</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Gate state</source>
        <translation>Gate-Stand</translation>
    </message>
    <message>
        <source>Use case: %1</source>
        <translation>Anwendungsfall: %1</translation>
    </message>
    <message>
        <source>Id %1 · %2 · %3 audience · %4 risk</source>
        <translation>ID %1 · %2 · Zielgruppe %3 · Risiko %4</translation>
    </message>
    <message>
        <source>Framework crosswalk</source>
        <translation>Abgleich mit Rahmenwerken</translation>
    </message>
    <message>
        <source>Where each gate rule comes from (the seed articles) and the NIST AI RMF 1.0 subcategory, ISO/IEC 42001:2023 Annex A control and EU AI Act (Regulation (EU) 2024/1689) article that clearly match it; a dash where none clearly applies.</source>
        <translation>Woher jede Gate-Regel stammt (die Ausgangsartikel) und die Unterkategorie des NIST AI RMF 1.0, das Control aus Anhang A der ISO/IEC 42001:2023 und der Artikel des EU AI Act (Verordnung (EU) 2024/1689), die eindeutig passen; ein Strich, wo keines eindeutig zutrifft.</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>NIST AI RMF</source>
        <translation>NIST AI RMF</translation>
    </message>
    <message>
        <source>ISO/IEC 42001</source>
        <translation>ISO/IEC 42001</translation>
    </message>
    <message>
        <source>EU AI Act</source>
        <translation>EU AI Act</translation>
    </message>
    <message>
        <source>Audit chain</source>
        <translation>Audit-Kette</translation>
    </message>
    <message>
        <source>The chain verified intact when this packet was made.</source>
        <translation>Die Kette war bei der Erstellung dieses Pakets intakt.</translation>
    </message>
    <message>
        <source>The chain did NOT verify when this packet was made: %1</source>
        <translation>Die Kette war bei der Erstellung dieses Pakets NICHT intakt: %1</translation>
    </message>
    <message>
        <source>To check that this packet&apos;s evidence is still on record, unchanged, run:</source>
        <translation>Um zu prüfen, dass die Nachweise dieses Pakets unverändert vorliegen, führen Sie aus:</translation>
    </message>
    <message>
        <source>It verifies every event&apos;s hash and that the hash above is one of them; it exits with 0 when both hold, 1 otherwise. Exporting this packet was itself recorded as the next event.</source>
        <translation>Er prüft den Hash jedes Ereignisses und dass der obige Hash darunter ist; er endet mit 0, wenn beides zutrifft, sonst mit 1. Der Export dieses Pakets wurde selbst als nächstes Ereignis festgehalten.</translation>
    </message>
    <message>
        <source>%1, unverified (%2)</source>
        <translation>%1, ungeprüft (%2)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>signed · %1</source>
        <translation>signiert · %1</translation>
    </message>
    <message>
        <source>Signature of the decision: %1.</source>
        <translation>Signatur der Entscheidung: %1.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>and then each ssh-keygen line of DIR/VERIFY.md; every one prints Good &quot;greenlight&quot; signature for the person who signed.</source>
        <translation>und dann jede ssh-keygen-Zeile aus DIR/VERIFY.md; jede gibt Good &quot;greenlight&quot; signature für die Person aus, die signiert hat.</translation>
    </message>
    <message>
        <source>No event was signed: the record rests on the hash chain alone.</source>
        <translation>Kein Ereignis wurde signiert: der Nachweis beruht allein auf der Hash-Kette.</translation>
    </message>
    <message>
        <source>%1: %2 gate, abandoned</source>
        <translation>%1: Gate %2, aufgegeben</translation>
    </message>
    <message>
        <source>Abandoned by %1 at %2 (%3).</source>
        <translation>Aufgegeben von %1 am %2 (%3).</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>An abandoned review is no decision and counts toward no gate.</source>
        <translation>Ein aufgegebenes Review ist keine Entscheidung und zählt für kein Gate.</translation>
    </message>
    <message>
        <source>A gate review&apos;s decision and sign-offs are records, not rules; they match these references.</source>
        <translation>Entscheidung und Abzeichnungen eines Gate-Reviews sind Aufzeichnungen, keine Regeln; ihnen entsprechen diese Referenzen.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message numerus="yes">
        <source>At export time the audit log held %Ln event(s). The head of its hash chain was:</source>
        <translation>
            <numerusform>Zum Exportzeitpunkt enthielt das Audit-Log %Ln Ereignis. Der Kopf seiner Hash-Kette war:</numerusform>
            <numerusform>Zum Exportzeitpunkt enthielt das Audit-Log %Ln Ereignisse. Der Kopf seiner Hash-Kette war:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) were signed with their person&apos;s SSH key and verified with OpenSSH when this packet was made (signed by %1). To check every signature with OpenSSH alone, run:</source>
        <translation>
            <numerusform>%Ln Ereignis wurde mit dem SSH-Schlüssel seiner Person signiert und beim Erstellen dieses Pakets mit OpenSSH geprüft (signiert von %1). Um jede Signatur allein mit OpenSSH zu prüfen, führen Sie aus:</numerusform>
            <numerusform>%Ln Ereignisse wurden mit dem SSH-Schlüssel ihrer Person signiert und beim Erstellen dieses Pakets mit OpenSSH geprüft (signiert von %1). Um jede Signatur allein mit OpenSSH zu prüfen, führen Sie aus:</numerusform>
        </translation>
    </message>
    <message>
        <source>approved %1 — expired %2, to be renewed</source>
        <translation>genehmigt am %1 — abgelaufen am %2, zu erneuern</translation>
    </message>
    <message>
        <source>Waivers</source>
        <translation>Ausnahmen</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>not yet granted</source>
        <translation>noch nicht erteilt</translation>
    </message>
    <message>
        <source>expired after %1</source>
        <translation>abgelaufen nach dem %1</translation>
    </message>
    <message>
        <source>in force until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>%1: %2 at the %3 gate, %4</source>
        <translation>%1: %2 am Gate %3, %4</translation>
    </message>
    <message>
        <source>Granted by %1 as %2 on %3, to count up to and including %4 (%5).</source>
        <translation>Erteilt von %1 als %2 am %3, gültig bis einschließlich %4 (%5).</translation>
    </message>
    <message>
        <source>Compensating control: %1</source>
        <translation>Ausgleichende Maßnahme: %1</translation>
    </message>
    <message>
        <source>Revoked by %1 as %2 from %3 (%4): %5</source>
        <translation>Widerrufen von %1 als %2 ab %3 (%4): %5</translation>
    </message>
</context>
<context>
    <name>PacketEvidenceLoader</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
</context>
<context>
    <name>PacketExporter</name>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
    <message>
        <source>Audit packet: whole portfolio</source>
        <translation>Audit-Paket: ganzes Portfolio</translation>
    </message>
    <message>
        <source>Audit packet: %1</source>
        <translation>Audit-Paket: %1</translation>
    </message>
    <message>
        <source>cannot read the file back (%1)</source>
        <translation>die Datei kann nicht zurückgelesen werden (%1)</translation>
    </message>
</context>
<context>
    <name>PacketPrinter</name>
    <message>
        <source>cannot start the PDF</source>
        <translation>das PDF kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF</source>
        <translation>das PDF kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>PortfolioCommand</name>
    <message>
        <source>Rank the portfolio.</source>
        <translation>Das Portfolio ordnen.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>rank  score  ROI/year (USD)  audience  status     use case</source>
        <translation>Rang  Score  ROI/Jahr (USD)  Zielgr.   Status     Anwendungsfall</translation>
    </message>
    <message>
        <source>Rank the use cases by priority score (hours saved ÷ complexity ÷ blast radius), with ROI per year and sequencing warnings: portfolio rank [--json]; or compare the governance of two portfolio files: portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE].</source>
        <translation>Die Anwendungsfälle nach Prioritäts-Score ordnen (eingesparte Stunden ÷ Komplexität ÷ Schadensradius), mit ROI pro Jahr und Reihenfolge-Warnungen: portfolio rank [--json]; oder die Governance zweier Portfolio-Dateien vergleichen: portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE].</translation>
    </message>
    <message>
        <source>usage: greenlight portfolio rank [--json], or greenlight portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE]</source>
        <translation>Aufruf: greenlight portfolio rank [--json] oder greenlight portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE]</translation>
    </message>
    <message>
        <source>%1: cannot read the file (%2)</source>
        <translation>%1: die Datei kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>Compare the governance of two portfolio files.</source>
        <translation>Die Governance zweier Portfolio-Dateien vergleichen.</translation>
    </message>
    <message>
        <source>The portfolio before the change (say, main&apos;s).</source>
        <translation>Das Portfolio vor der Änderung (etwa das von main).</translation>
    </message>
    <message>
        <source>The portfolio after the change.</source>
        <translation>Das Portfolio nach der Änderung.</translation>
    </message>
    <message>
        <source>Print a pull-request comment in Markdown (English).</source>
        <translation>Einen Pull-Request-Kommentar in Markdown ausgeben (auf Englisch).</translation>
    </message>
    <message>
        <source>Print the documented JSON (English).</source>
        <translation>Das dokumentierte JSON ausgeben (auf Englisch).</translation>
    </message>
    <message>
        <source>Judge both files&apos; gates as of this day (YYYY-MM-DD, UTC; default today).</source>
        <translation>Die Gates beider Dateien zum Stand dieses Tages prüfen (JJJJ-MM-TT, UTC; Standard: heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>usage: greenlight portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE]</source>
        <translation>Aufruf: greenlight portfolio diff OLD.json NEW.json [--markdown|--json] [--at DATE]</translation>
    </message>
</context>
<context>
    <name>PortfolioImporter</name>
    <message>
        <source>the file would drop or change recorded history, so nothing was imported (import it with --dry-run to see every difference):
  %1</source>
        <translation>die Datei würde aufgezeichnete Historie entfernen oder ändern, daher wurde nichts importiert (mit --dry-run importieren, um jeden Unterschied zu sehen):
  %1</translation>
    </message>
</context>
<context>
    <name>PortfolioRanking</name>
    <message>
        <source>customer-facing before %1 internal use cases have a working operational baseline (%2 so far%3)</source>
        <translation>kundennah, bevor %1 interne Anwendungsfälle eine funktionierende Betriebsbasis haben (bisher %2%3)</translation>
    </message>
</context>
<context>
    <name>PortfolioReader</name>
    <message>
        <source>unsupported format &quot;%1&quot; (this version reads %2)</source>
        <translation>nicht unterstütztes Format &quot;%1&quot; (diese Version liest %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an e-mail address</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 passed is more than the %2 cases in total</source>
        <translation>%1 bestanden ist mehr als die %2 Fälle insgesamt</translation>
    </message>
    <message>
        <source>unknown rule &quot;%1&quot;</source>
        <translation>unbekannte Regel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a rule id</source>
        <translation>eine Regel-ID</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;</source>
        <translation>doppelte ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown person &quot;%1&quot;</source>
        <translation>unbekannte Person &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot;</source>
        <translation>unbekannte Route &quot;%1&quot;</translation>
    </message>
    <message>
        <source>data class &quot;%1&quot; is not among the use case&apos;s data_classes</source>
        <translation>Datenklasse &quot;%1&quot; ist nicht unter den data_classes des Anwendungsfalls</translation>
    </message>
    <message>
        <source>unknown route version &quot;%1&quot; v%2</source>
        <translation>unbekannte Routenversion &quot;%1&quot; v%2</translation>
    </message>
    <message>
        <source>unknown gate template &quot;%1&quot;</source>
        <translation>unbekannte Gate-Vorlage &quot;%1&quot;</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a portfolio object</source>
        <translation>erwartet wird ein Portfolio-Objekt</translation>
    </message>
    <message>
        <source>account &quot;%1&quot; is already bound to %2</source>
        <translation>Konto „%1“ ist bereits an %2 gebunden</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an account (expected ACCOUNT or ACCOUNT@HOST)</source>
        <translation>„%1“ ist kein Konto (erwartet: KONTO oder KONTO@HOST)</translation>
    </message>
    <message>
        <source>the key is already listed for %1</source>
        <translation>der Schlüssel ist bereits für %1 eingetragen</translation>
    </message>
    <message>
        <source>revoked before it was valid (valid from %1)</source>
        <translation>widerrufen, bevor er gültig war (gültig ab %1)</translation>
    </message>
    <message>
        <source>revoked before it was granted (granted on %1)</source>
        <translation>widerrufen, bevor sie erteilt wurde (erteilt am %1)</translation>
    </message>
    <message>
        <source>gate template &quot;%1&quot; does not apply %2</source>
        <translation>Gate-Vorlage „%1“ wendet %2 nicht an</translation>
    </message>
</context>
<context>
    <name>PortfolioTransfer</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei kann nicht gelesen werden (%1)</translation>
    </message>
    <message>
        <source>the file changed after you reviewed it, so nothing was imported; import it again to review what it holds now</source>
        <translation>die Datei hat sich geändert, nachdem Sie sie geprüft haben, daher wurde nichts importiert; importieren Sie sie erneut, um zu prüfen, was sie jetzt enthält</translation>
    </message>
    <message>
        <source>cannot write the file (%1)</source>
        <translation>die Datei kann nicht geschrieben werden (%1)</translation>
    </message>
</context>
<context>
    <name>PromptfooResults</name>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>not promptfoo results: expected the array of test results here (promptfoo eval -o results.json writes it)</source>
        <translation>keine promptfoo-Ergebnisse: hier wird das Array der Testergebnisse erwartet (promptfoo eval -o results.json schreibt es)</translation>
    </message>
    <message>
        <source>no test results (promptfoo leaves them out of the file when it runs with --no-write)</source>
        <translation>keine Testergebnisse (promptfoo lässt sie in der Datei weg, wenn es mit --no-write läuft)</translation>
    </message>
    <message>
        <source>expected a test result object</source>
        <translation>ein Testergebnis-Objekt erwartet</translation>
    </message>
    <message>
        <source>expected the test case object</source>
        <translation>das Testfall-Objekt erwartet</translation>
    </message>
    <message>
        <source>test %1</source>
        <translation>Test %1</translation>
    </message>
    <message>
        <source>test &quot;%1&quot;</source>
        <translation>Test &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 ran on a second provider &quot;%2&quot; (the first is &quot;%3&quot;); an eval run is of one route version, so import each provider&apos;s results as its own run</source>
        <translation>%1 lief auf einem zweiten Provider &quot;%2&quot; (der erste ist &quot;%3&quot;); ein Eval-Lauf gilt einer Routenversion, importieren Sie die Ergebnisse jedes Providers also als eigenen Lauf</translation>
    </message>
    <message>
        <source>%1 ran with a second prompt (%2; the first is %3); an eval run is of one route version, so import each prompt&apos;s results as its own run</source>
        <translation>%1 lief mit einem zweiten Prompt (%2; der erste ist %3); ein Eval-Lauf gilt einer Routenversion, importieren Sie die Ergebnisse jedes Prompts also als eigenen Lauf</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <source>%1 has no category (set metadata.%2 or vars.%2)</source>
        <translation>%1 hat keine Kategorie (setzen Sie metadata.%2 oder vars.%2)</translation>
    </message>
    <message>
        <source>%1: expected the category as text</source>
        <translation>%1: die Kategorie als Text erwartet</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Greenlight</source>
        <translation>Greenlight</translation>
    </message>
    <message>
        <source>Cannot open the database.

%1</source>
        <translation>Die Datenbank kann nicht geöffnet werden.

%1</translation>
    </message>
</context>
<context>
    <name>RecordFileReader</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>unterminated quoted field</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (expected: %2)</source>
        <translation>unbekannte Spalte &quot;%1&quot; (erwartet: %2)</translation>
    </message>
    <message>
        <source>column &quot;%1&quot; appears twice</source>
        <translation>Spalte &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>%1 fields, but the header has %2</source>
        <translation>%1 Felder, aber die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>erwartet wird ein JSON-Objekt</translation>
    </message>
    <message>
        <source>unknown field (expected: %1)</source>
        <translation>unbekanntes Feld (erwartet: %1)</translation>
    </message>
    <message>
        <source>expected a string or a number</source>
        <translation>erwartet wird eine Zeichenkette oder Zahl</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>%1 is out of range (0 to 10^15)</source>
        <translation>%1 liegt außerhalb des Bereichs (0 bis 10^15)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>&quot;%1&quot; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 time</source>
        <translation>&quot;%1&quot; ist keine Zeit nach ISO 8601</translation>
    </message>
    <message>
        <source>is required (or give --source)</source>
        <translation>ist erforderlich (oder --source angeben)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in USD (0 or more)</source>
        <translation>&quot;%1&quot; ist kein Betrag in USD (0 oder mehr)</translation>
    </message>
    <message>
        <source>unknown outcome &quot;%1&quot; (expected: accepted, edited, rejected)</source>
        <translation>unbekanntes Ergebnis &quot;%1&quot; (erwartet: accepted, edited, rejected)</translation>
    </message>
</context>
<context>
    <name>RecordImporter</name>
    <message>
        <source>%1: the total of all usage would pass %2, the largest total that stays exact</source>
        <translation>%1: die Summe aller Nutzung würde %2 überschreiten, die größte Summe, die exakt bleibt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>record %1</source>
        <translation>Datensatz %1</translation>
    </message>
    <message>
        <source>the input cannot be read a second time</source>
        <translation>die Eingabe lässt sich kein zweites Mal lesen</translation>
    </message>
</context>
<context>
    <name>RouteService</name>
    <message>
        <source>the route id must be lower-case letters, digits, dots, dashes or underscores</source>
        <translation>die Routen-ID besteht aus Kleinbuchstaben, Ziffern, Punkten, Binde- oder Unterstrichen</translation>
    </message>
    <message>
        <source>the provider must be named</source>
        <translation>der Anbieter muss genannt werden</translation>
    </message>
    <message>
        <source>the model must be named</source>
        <translation>das Modell muss genannt werden</translation>
    </message>
    <message>
        <source>a route cannot be its own fallback</source>
        <translation>eine Route kann nicht ihre eigene Ausweichroute sein</translation>
    </message>
    <message>
        <source>unknown fallback route &quot;%1&quot;</source>
        <translation>unbekannte Ausweichroute &quot;%1&quot;</translation>
    </message>
    <message>
        <source>nothing changed since version %1</source>
        <translation>nichts geändert seit Version %1</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>the OS keychain could not be used for %1 (%2); Greenlight keeps API keys only there, so unlock or start the keychain (Secret Service) and try again</source>
        <translation>der Schlüsselbund des Systems konnte für %1 nicht genutzt werden (%2); Greenlight bewahrt API-Schlüssel nur dort auf, entsperren oder starten Sie also den Schlüsselbund (Secret Service) und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>no API key in the OS keychain for %1; remove and add the connection again</source>
        <translation>kein API-Schlüssel im Schlüsselbund des Systems für %1; entfernen Sie die Verbindung und fügen Sie sie erneut hinzu</translation>
    </message>
    <message>
        <source>the keychain is locked, so the API key for %1 cannot be read (%2); unlock it (log in to the desktop session, or unlock the &quot;login&quot; keyring) and try again</source>
        <translation>der Schlüsselbund ist gesperrt, daher kann der API-Schlüssel für %1 nicht gelesen werden (%2); entsperren Sie ihn (an der Desktop-Sitzung anmelden oder den Schlüsselbund „login“ entsperren) und versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>SignatureCheck</name>
    <message>
        <source>cannot write the list of allowed signers</source>
        <translation>die Liste der zulässigen Signierenden kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>event %1 carries a signature, but its record names no signer: the signature was added later</source>
        <translation>Ereignis %1 trägt eine Signatur, sein Eintrag nennt aber keine signierende Person: die Signatur wurde nachträglich hinzugefügt</translation>
    </message>
    <message>
        <source>event %1 was signed by %2 with %3, but its signature is missing</source>
        <translation>Ereignis %1 wurde von %2 mit %3 signiert, aber die Signatur fehlt</translation>
    </message>
    <message>
        <source>event %1: the signature of %2 does not verify (%3)</source>
        <translation>Ereignis %1: die Signatur von %2 lässt sich nicht bestätigen (%3)</translation>
    </message>
    <message>
        <source>event %1 names the key %2, but was signed with %3</source>
        <translation>Ereignis %1 nennt den Schlüssel %2, wurde aber mit %3 signiert</translation>
    </message>
</context>
<context>
    <name>SshPublicKey</name>
    <message>
        <source>not an SSH public key of an accepted type (%1): expected &quot;TYPE BASE64 [COMMENT]&quot;</source>
        <translation>kein öffentlicher SSH-Schlüssel eines zulässigen Typs (%1): erwartet &quot;TYP BASE64 [KOMMENTAR]&quot;</translation>
    </message>
    <message>
        <source>the %1 key is damaged: its base64 part does not hold a %1 key (was it cut off when pasted?)</source>
        <translation>der %1-Schlüssel ist beschädigt: sein Base64-Teil enthält keinen %1-Schlüssel (beim Einfügen abgeschnitten?)</translation>
    </message>
</context>
<context>
    <name>SshSigner</name>
    <message>
        <source>no such key file</source>
        <translation>keine solche Schlüsseldatei</translation>
    </message>
    <message>
        <source>no public key found for it (expected %1.pub, or a public key file whose private key the ssh-agent holds)</source>
        <translation>kein öffentlicher Schlüssel dazu gefunden (erwartet %1.pub oder eine öffentliche Schlüsseldatei, deren privaten Schlüssel der ssh-agent hält)</translation>
    </message>
    <message>
        <source>ssh-keygen could not sign: %1</source>
        <translation>ssh-keygen konnte nicht signieren: %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>OpenSSH&apos;s %1 was not found (install openssh-client)</source>
        <translation>OpenSSHs %1 wurde nicht gefunden (installieren Sie openssh-client)</translation>
    </message>
    <message>
        <source>cannot write the public key for ssh-keygen</source>
        <translation>der öffentliche Schlüssel kann nicht für ssh-keygen geschrieben werden</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
</context>
<context>
    <name>SshVerifier</name>
    <message>
        <source>cannot write the signature to check it</source>
        <translation>die Signatur kann zur Prüfung nicht geschrieben werden</translation>
    </message>
    <message>
        <source>the signature does not verify</source>
        <translation>die Signatur lässt sich nicht bestätigen</translation>
    </message>
</context>
<context>
    <name>SyncCommand</name>
    <message>
        <source>Only this connection (default: every one).</source>
        <translation>Nur diese Verbindung (Standard: alle).</translation>
    </message>
    <message>
        <source>Read again from this day (YYYY-MM-DD), ignoring the stored cursor.</source>
        <translation>Ab diesem Tag (JJJJ-MM-TT) neu lesen, ohne den gespeicherten Stand.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>No connections to sync. Add one with &apos;greenlight connection add&apos;.</source>
        <translation>Keine Verbindungen zu synchronisieren. Fügen Sie eine mit &apos;greenlight connection add&apos; hinzu.</translation>
    </message>
    <message>
        <source>%1: page %2, %3 records</source>
        <translation>%1: Seite %2, %3 Datensätze</translation>
    </message>
    <message>
        <source>%1: stopped after %2 pages; %3 new records were kept.</source>
        <translation>%1: nach %2 Seiten angehalten; %3 neue Datensätze wurden behalten.</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 records, %4 new.</source>
        <translation>%1: %2 Seiten, %3 Datensätze, %4 neu.</translation>
    </message>
    <message>
        <source>Pull usage from the gateways: sync [CONNECTION] [--since DATE] [--max-pages N] [--max-minutes M] (first sync: the last 90 days).</source>
        <translation>Nutzung von den Gateways holen: sync [VERBINDUNG] [--since DATUM] [--max-pages N] [--max-minutes M] (erste Synchronisierung: die letzten 90 Tage).</translation>
    </message>
    <message>
        <source>Stop each connection after this many pages (default %1); the next sync resumes there.</source>
        <translation>Jede Verbindung nach so vielen Seiten anhalten (Standard %1); die nächste Synchronisierung setzt dort fort.</translation>
    </message>
    <message>
        <source>pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Stop each connection after this many minutes (default %1; decimals allowed); the next sync resumes there.</source>
        <translation>Jede Verbindung nach so vielen Minuten anhalten (Standard %1; Dezimalzahlen erlaubt); die nächste Synchronisierung setzt dort fort.</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>usage: greenlight sync [CONNECTION] [--since DATE] [--max-pages N] [--max-minutes M]</source>
        <translation>Aufruf: greenlight sync [VERBINDUNG] [--since DATUM] [--max-pages N] [--max-minutes M]</translation>
    </message>
    <message>
        <source>--max-pages: &quot;%1&quot; is not a whole number of pages of at least 1</source>
        <translation>--max-pages: „%1“ ist keine ganze Seitenzahl von mindestens 1</translation>
    </message>
    <message>
        <source>--max-minutes: &quot;%1&quot; is not a number of minutes above 0 (at most a week)</source>
        <translation>--max-minutes: „%1“ ist keine Minutenzahl über 0 (höchstens eine Woche)</translation>
    </message>
</context>
<context>
    <name>SyncService</name>
    <message>
        <source>the stored sync cursor is unreadable; sync with --since DATE</source>
        <translation>der gespeicherte Synchronisierungsstand ist nicht lesbar; synchronisieren Sie mit --since DATE</translation>
    </message>
    <message>
        <source>its API key was stored before keys were bound to their URL; enter it again with &apos;greenlight connection set-key %1&apos; (the key on standard input)</source>
        <translation>ihr API-Schlüssel wurde gespeichert, bevor Schlüssel an ihre URL gebunden wurden; geben Sie ihn mit „greenlight connection set-key %1“ erneut ein (den Schlüssel über die Standardeingabe)</translation>
    </message>
    <message>
        <source>the connection now points at %1, but its API key was entered for %2, so it is not sent there; if the change is yours, enter the key again with &apos;greenlight connection set-key %3 --url %1&apos;</source>
        <translation>die Verbindung zeigt jetzt auf %1, ihr API-Schlüssel wurde aber für %2 eingegeben und wird daher nicht dorthin gesendet; stammt die Änderung von Ihnen, geben Sie den Schlüssel mit „greenlight connection set-key %3 --url %1“ erneut ein</translation>
    </message>
    <message>
        <source>the gateway returned page %1 twice; stopping</source>
        <translation>das Gateway lieferte Seite %1 zweimal; Abbruch</translation>
    </message>
    <message>
        <source>the gateway answered page %1 exactly as the page before it and claims more (are the paging parameters dropped on the way?); stopping</source>
        <translation>das Gateway beantwortete Seite %1 genau wie die Seite davor und meldet weitere (gehen die Paging-Parameter unterwegs verloren?); Abbruch</translation>
    </message>
    <message>
        <source>%1 pages (--max-pages)</source>
        <translation>%1 Seiten (--max-pages)</translation>
    </message>
    <message>
        <source>%1 minutes (--max-minutes)</source>
        <translation>%1 Minuten (--max-minutes)</translation>
    </message>
    <message>
        <source>this connection stores a window only once it is read whole, so sync again with a higher ceiling or a later --since</source>
        <translation>diese Verbindung speichert einen Zeitraum erst, wenn er ganz gelesen ist; synchronisieren Sie mit höherer Obergrenze oder späterem --since erneut</translation>
    </message>
    <message>
        <source>the next sync resumes at the next page</source>
        <translation>die nächste Synchronisierung setzt bei der nächsten Seite fort</translation>
    </message>
    <message>
        <source>reached the ceiling of %1 after %2 pages and %3 s (%4 records read, %5 new); stopping, and %6</source>
        <translation>Obergrenze von %1 nach %2 Seiten und %3 s erreicht (%4 Datensätze gelesen, %5 neu); Abbruch, und %6</translation>
    </message>
</context>
<context>
    <name>TeamLogins</name>
    <message>
        <source>no PostgreSQL connection to encrypt with</source>
        <translation>keine PostgreSQL-Verbindung zum Verschlüsseln</translation>
    </message>
    <message>
        <source>a SQLite database has no logins: it knows people by their accounts</source>
        <translation>eine SQLite-Datenbank hat keine Logins: sie kennt Personen an ihren Konten</translation>
    </message>
    <message>
        <source>the server did not say who this session is</source>
        <translation>der Server hat nicht gesagt, wer diese Sitzung ist</translation>
    </message>
    <message>
        <source>only the database&apos;s owner may add or remove logins; you are logged in as %1</source>
        <translation>nur der Eigentümer der Datenbank darf Logins anlegen oder entfernen; Sie sind als %1 angemeldet</translation>
    </message>
    <message>
        <source>a login is a letter or _ followed by up to 62 letters, digits, _ . @ or -</source>
        <translation>ein Login ist ein Buchstabe oder _, gefolgt von bis zu 62 Buchstaben, Ziffern, _ . @ oder -</translation>
    </message>
    <message>
        <source>%1 is already the login of %2</source>
        <translation>%1 ist bereits das Login von %2</translation>
    </message>
    <message>
        <source>the server already has a role named %1; pick another login</source>
        <translation>der Server hat bereits eine Rolle namens %1; wählen Sie ein anderes Login</translation>
    </message>
    <message>
        <source>%1 is no login of this database (see greenlight admin list-logins)</source>
        <translation>%1 ist kein Login dieser Datenbank (siehe greenlight admin list-logins)</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <source>no transaction is active</source>
        <translation>keine Transaktion aktiv</translation>
    </message>
    <message>
        <source>commit failed: %1</source>
        <translation>Commit fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>UseCaseService</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
    <message>
        <source>the name must not be empty</source>
        <translation>der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1: unknown person &quot;%2&quot;</source>
        <translation>%1: unbekannte Person &quot;%2&quot;</translation>
    </message>
    <message>
        <source>product owner</source>
        <translation>Produktverantwortlicher</translation>
    </message>
    <message>
        <source>launch owner</source>
        <translation>Launch-Verantwortlicher</translation>
    </message>
    <message>
        <source>engineering owner</source>
        <translation>Engineering-Verantwortlicher</translation>
    </message>
    <message>
        <source>support owner</source>
        <translation>Support-Verantwortlicher</translation>
    </message>
    <message>
        <source>raw retention approver</source>
        <translation>Genehmigende Person für rohe Aufbewahrung</translation>
    </message>
    <message>
        <source>on call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>unknown route &quot;%1&quot;</source>
        <translation>unbekannte Route &quot;%1&quot;</translation>
    </message>
    <message>
        <source>since your edit</source>
        <translation>seit Ihrer Änderung</translation>
    </message>
    <message>
        <source>since you opened it</source>
        <translation>seit Sie ihn geöffnet haben</translation>
    </message>
    <message>
        <source>changed by someone else %1</source>
        <translation>von jemand anderem geändert %1</translation>
    </message>
    <message>
        <source>changed by %1 at %2 %3</source>
        <translation>geändert von %1 am %2 %3</translation>
    </message>
</context>
<context>
    <name>UseCaseStore</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
</context>
<context>
    <name>WaiverCommand</name>
    <message>
        <source>Accept a failing rule until a date, or end that early: waiver add USE_CASE RULE --reason TEXT --control TEXT --expires DATE --as PERSON --role ROLE, waiver revoke WAIVER --as PERSON --role ROLE --reason TEXT, waiver list [USE_CASE] [--json].</source>
        <translation>Eine verletzte Regel bis zu einem Datum hinnehmen oder das vorzeitig beenden: waiver add USE_CASE RULE --reason TEXT --control TEXT --expires DATE --as PERSON --role ROLE, waiver revoke WAIVER --as PERSON --role ROLE --reason TEXT, waiver list [USE_CASE] [--json].</translation>
    </message>
    <message>
        <source>Run &apos;greenlight waiver add --help&apos; (or revoke, list) for the options.</source>
        <translation>Die Optionen zeigt &apos;greenlight waiver add --help&apos; (oder revoke, list).</translation>
    </message>
    <message>
        <source>usage: %1, %2, or %3</source>
        <translation>Aufruf: %1, %2 oder %3</translation>
    </message>
    <message>
        <source>The use case.</source>
        <translation>Der Anwendungsfall.</translation>
    </message>
    <message>
        <source>The failing rule to waive, e.g. ops.kill_switch.</source>
        <translation>Die verletzte Regel, die ausgesetzt wird, z. B. ops.kill_switch.</translation>
    </message>
    <message>
        <source>The gate template (default: the one that fits the use case).</source>
        <translation>Die Gate-Vorlage (Standard: die zum Anwendungsfall passende).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Why the risk is accepted.</source>
        <translation>Warum das Risiko hingenommen wird.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>The compensating control that holds the risk meanwhile.</source>
        <translation>Die ausgleichende Maßnahme, die das Risiko bis dahin abfängt.</translation>
    </message>
    <message>
        <source>The last day the waiver counts (YYYY-MM-DD, at most 90 days from today).</source>
        <translation>Der letzte Tag, an dem die Ausnahme gilt (JJJJ-MM-TT, höchstens 90 Tage ab heute).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>The person granting: the one this OS account is bound to.</source>
        <translation>Die Person, die die Ausnahme erteilt: die, an die dieses Betriebssystemkonto gebunden ist.</translation>
    </message>
    <message>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>cto, or security, legal or compliance for data.* and logging.* rules.</source>
        <translation>cto, oder security, legal bzw. compliance für data.*- und logging.*-Regeln.</translation>
    </message>
    <message>
        <source>role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Waived %1 of %2 at %3 until %4, granted by %5 as %6.</source>
        <translation>%1 von %2 an %3 bis %4 ausgesetzt, erteilt von %5 als %6.</translation>
    </message>
    <message>
        <source>The waiver&apos;s id.</source>
        <translation>Die ID der Ausnahme.</translation>
    </message>
    <message>
        <source>The person revoking: the one this OS account is bound to.</source>
        <translation>Die Person, die widerruft: die, an die dieses Betriebssystemkonto gebunden ist.</translation>
    </message>
    <message>
        <source>A role that may grant the waiver.</source>
        <translation>Eine Rolle, die die Ausnahme erteilen darf.</translation>
    </message>
    <message>
        <source>Why the waiver ends early.</source>
        <translation>Warum die Ausnahme vorzeitig endet.</translation>
    </message>
    <message>
        <source>Revoked %1 (%2 at %3) from %4: the rule counts as failing again.</source>
        <translation>%1 (%2 an %3) ab %4 widerrufen: die Regel gilt wieder als verletzt.</translation>
    </message>
    <message>
        <source>Only this use case&apos;s waivers.</source>
        <translation>Nur die Ausnahmen dieses Anwendungsfalls.</translation>
    </message>
    <message>
        <source>Where each stands as of this day (YYYY-MM-DD, UTC; default today).</source>
        <translation>Der Stand jeder Ausnahme an diesem Tag (JJJJ-MM-TT, UTC; Standard: heute).</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>unknown use case &quot;%1&quot;</source>
        <translation>unbekannter Anwendungsfall „%1“</translation>
    </message>
    <message>
        <source>revoked on %1 by %2: %3</source>
        <translation>am %1 von %2 widerrufen: %3</translation>
    </message>
    <message>
        <source>expired after %1</source>
        <translation>abgelaufen nach dem %1</translation>
    </message>
    <message>
        <source>active until %1</source>
        <translation>gültig bis %1</translation>
    </message>
    <message>
        <source>granted on %1</source>
        <translation>erteilt am %1</translation>
    </message>
    <message>
        <source>granted by %1 (%2) on %3. Reason: %4. Control: %5.</source>
        <translation>erteilt von %1 (%2) am %3. Grund: %4. Maßnahme: %5.</translation>
    </message>
    <message>
        <source>No waivers.</source>
        <translation>Keine Ausnahmen.</translation>
    </message>
</context>
<context>
    <name>WaiverRules</name>
    <message>
        <source>%1 can never be waived</source>
        <translation>%1 kann nie ausgesetzt werden</translation>
    </message>
    <message>
        <source>a waiver of %1 is granted or revoked by %2, not %3</source>
        <translation>eine Ausnahme für %1 erteilt oder widerruft %2, nicht %3</translation>
    </message>
    <message>
        <source>%1 does not hold the %2 role</source>
        <translation>%1 hat die Rolle %2 nicht</translation>
    </message>
    <message>
        <source>the expiry date %1 is before the day the waiver is granted (%2)</source>
        <translation>das Ablaufdatum %1 liegt vor dem Tag, an dem die Ausnahme erteilt wird (%2)</translation>
    </message>
    <message>
        <source>the expiry date %1 is %2 days after the day the waiver is granted (%3); a waiver runs at most %4 days</source>
        <translation>das Ablaufdatum %1 liegt %2 Tage nach dem Tag, an dem die Ausnahme erteilt wird (%3); eine Ausnahme gilt höchstens %4 Tage</translation>
    </message>
    <message>
        <source>already revoked on %1</source>
        <translation>bereits am %1 widerrufen</translation>
    </message>
    <message>
        <source>it expired on %1; there is nothing left to revoke</source>
        <translation>sie ist am %1 abgelaufen; es gibt nichts mehr zu widerrufen</translation>
    </message>
</context>
<context>
    <name>WaiverService</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
    <message>
        <source>unknown gate template</source>
        <translation>unbekannte Gate-Vorlage</translation>
    </message>
    <message>
        <source>gate %1 does not apply this rule</source>
        <translation>Gate %1 wendet diese Regel nicht an</translation>
    </message>
    <message>
        <source>unknown person</source>
        <translation>unbekannte Person</translation>
    </message>
    <message>
        <source>a waiver needs a reason: why the risk is accepted</source>
        <translation>eine Ausnahme braucht einen Grund: warum das Risiko hingenommen wird</translation>
    </message>
    <message>
        <source>a waiver needs a compensating control: what holds the risk until it expires</source>
        <translation>eine Ausnahme braucht eine ausgleichende Maßnahme: was das Risiko abfängt, bis sie abläuft</translation>
    </message>
    <message>
        <source>the rule passes for %1 at %2; there is nothing to waive</source>
        <translation>die Regel ist für %1 an %2 erfüllt; es gibt nichts auszusetzen</translation>
    </message>
    <message>
        <source>already waived until %1 (%2); revoke that waiver first to replace it</source>
        <translation>bereits ausgesetzt bis %1 (%2); widerrufen Sie diese Ausnahme zuerst, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>unknown waiver</source>
        <translation>unbekannte Ausnahme</translation>
    </message>
    <message>
        <source>a revocation needs a reason</source>
        <translation>ein Widerruf braucht einen Grund</translation>
    </message>
</context>
<context>
    <name>greenlight::app::SigningKeyChoice</name>
    <message>
        <source>the key %1 of %2 is not valid today (valid from %3%4)</source>
        <translation>der Schlüssel %1 von %2 ist heute nicht gültig (gültig ab %3%4)</translation>
    </message>
    <message>
        <source>, revoked on %1</source>
        <translation>, widerrufen am %1</translation>
    </message>
    <message>
        <source>the key %1 is not one of %2&apos;s signing keys in the portfolio (add it to people[].signing_keys)</source>
        <translation>der Schlüssel %1 gehört nicht zu den Signaturschlüsseln von %2 im Portfolio (fügen Sie ihn unter people[].signing_keys hinzu)</translation>
    </message>
</context>
<context>
    <name>greenlight::app::SyncRunner</name>
    <message>
        <source>No connections to sync. Add one with &apos;greenlight connection add&apos;.</source>
        <translation>Keine Verbindungen zu synchronisieren. Fügen Sie eine mit &apos;greenlight connection add&apos; hinzu.</translation>
    </message>
    <message>
        <source>no API key was read for it</source>
        <translation>dafür wurde kein API-Schlüssel gelesen</translation>
    </message>
    <message>
        <source>%1: stopped after %2 pages (%3 new records kept): %4</source>
        <translation>%1: nach %2 Seiten angehalten (%3 neue Datensätze behalten): %4</translation>
    </message>
    <message>
        <source>%1: %2 pages, %3 records, %4 new.</source>
        <translation>%1: %2 Seiten, %3 Datensätze, %4 neu.</translation>
    </message>
</context>
<context>
    <name>greenlight::app::UseCaseEditing</name>
    <message>
        <source>unknown use case</source>
        <translation>unbekannter Anwendungsfall</translation>
    </message>
    <message>
        <source>Cannot undo the edit of %1</source>
        <translation>Die Änderung an %1 kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>Cannot redo the edit of %1</source>
        <translation>Die Änderung an %1 kann nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>what it would put back was %1.</source>
        <translation>was sie zurücksetzen würde, wurde %1.</translation>
    </message>
</context>
<context>
    <name>greenlight::models::AuditLogModel</name>
    <message>
        <source>hash %1
previous %2</source>
        <translation>Hash %1
vorheriger %2</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (ungeprüft)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>signed · %1…</source>
        <translation>signiert · %1…</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
</context>
<context>
    <name>greenlight::models::PortfolioTableModel</name>
    <message>
        <source>no gate</source>
        <translation>kein Gate</translation>
    </message>
    <message>
        <source>go-eligible, %1 warnings</source>
        <translation>Go-fähig, %1 Warnungen</translation>
    </message>
    <message>
        <source>go-eligible</source>
        <translation>Go-fähig</translation>
    </message>
    <message>
        <source>1 blocker</source>
        <translation>1 Blocker</translation>
    </message>
    <message>
        <source>%1 blockers</source>
        <translation>%1 Blocker</translation>
    </message>
    <message>
        <source>%1 gate: %2 blockers and %3 warnings fail</source>
        <translation>Gate %1: %2 Blocker und %3 Warnungen schlagen fehl</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>Risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Score</translation>
    </message>
    <message>
        <source>ROI / year</source>
        <translation>ROI / Jahr</translation>
    </message>
    <message>
        <source>Latest eval</source>
        <translation>Letzter Eval</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Product owner</source>
        <translation>Produktverantwortlich</translation>
    </message>
    <message>
        <source>%1 at the %2 gate (review %3, requested %4 by %5): %6</source>
        <translation>%1 am Gate %2 (Prüfung %3, angefordert %4 von %5): %6</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>go-eligible, %1 warnings (%2 waived)</source>
        <translation>Go-fähig, %1 Warnungen (%2 ausgesetzt)</translation>
    </message>
    <message>
        <source>go-eligible (%1 waived)</source>
        <translation>Go-fähig (%1 ausgesetzt)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ApprovalsPage</name>
    <message>
        <source>approved</source>
        <translation>genehmigt</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>never approvable</source>
        <translation>nie genehmigungsfähig</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Data class</source>
        <translation>Datenklasse</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Still needs</source>
        <translation>Braucht noch</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>&amp;Ablehnen</translation>
    </message>
    <message>
        <source>Decisions on this pair</source>
        <translation>Entscheidungen zu diesem Paar</translation>
    </message>
    <message>
        <source>Select a use case and data class.</source>
        <translation>Wählen Sie einen Anwendungsfall und eine Datenklasse.</translation>
    </message>
    <message>
        <source>%1 holds none of the roles that decide on data classes (security, legal, compliance).</source>
        <translation>%1 hat keine der Rollen, die über Datenklassen entscheiden (Security, Legal, Compliance).</translation>
    </message>
    <message>
        <source>Credentials can never be approved.</source>
        <translation>Zugangsdaten können nie genehmigt werden.</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Sign &amp;with</source>
        <translation>Signieren &amp;mit</translation>
    </message>
    <message>
        <source>Note kept with the decision (what may be used, conditions); required to reject</source>
        <translation>Notiz zur Entscheidung (was verwendet werden darf, Bedingungen); für eine Ablehnung nötig</translation>
    </message>
    <message>
        <source>Say in the note why %1 is rejected for %2: the team needs to know what to change.</source>
        <translation>Schreiben Sie in die Notiz, warum %1 für %2 abgelehnt wird: Das Team muss wissen, was es ändern soll.</translation>
    </message>
    <message>
        <source>Recorded: %1 approved %2 for %3 as %4, %5.</source>
        <translation>Erfasst: %1 hat %2 für %3 als %4 genehmigt, %5.</translation>
    </message>
    <message>
        <source>Recorded: %1 rejected %2 for %3 as %4, %5.</source>
        <translation>Erfasst: %1 hat %2 für %3 als %4 abgelehnt, %5.</translation>
    </message>
    <message>
        <source>approved %1 — expired, renew</source>
        <translation>genehmigt am %1 — abgelaufen, erneuern</translation>
    </message>
    <message>
        <source>renewal by %1</source>
        <translation>Erneuerung durch %1</translation>
    </message>
    <message numerus="yes">
        <source>An approval counts for %n day(s) (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed.</source>
        <translation>
            <numerusform>Eine Genehmigung gilt %n Tag (evidence_max_age_days.data_approval der Richtlinie); data.approved schlägt fehl, bis sie erneuert ist.</numerusform>
            <numerusform>Eine Genehmigung gilt %n Tage (evidence_max_age_days.data_approval der Richtlinie); data.approved schlägt fehl, bis sie erneuert ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::AuditLogPage</name>
    <message>
        <source>Filter events (actor, entity, action, details)</source>
        <translation>Ereignisse filtern (Akteur, Objekt, Aktion, Details)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>✔ Chain intact: %1 events, head hash %2</source>
        <translation>✔ Kette intakt: %1 Ereignisse, Kopf-Hash %2</translation>
    </message>
    <message>
        <source>✘ Chain broken at event %1: %2</source>
        <translation>✘ Kette gebrochen bei Ereignis %1: %2</translation>
    </message>
    <message>
        <source>✘ Chain intact, but a table differs from it: %1</source>
        <translation>✘ Kette intakt, aber eine Tabelle weicht von ihr ab: %1</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash, check that each links to the one before, and check every signature with OpenSSH</source>
        <translation>Den Hash jedes Ereignisses neu berechnen, prüfen, dass jedes auf das vorige verweist, und jede Signatur mit OpenSSH prüfen</translation>
    </message>
    <message>
        <source>✔ Chain intact: %1 events, head hash %2; %3 signed events verified with OpenSSH</source>
        <translation>✔ Kette intakt: %1 Ereignisse, Kopf-Hash %2; %3 signierte Ereignisse mit OpenSSH geprüft</translation>
    </message>
    <message>
        <source>✘ Signature check failed at event %1: %2</source>
        <translation>✘ Signaturprüfung bei Ereignis %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 events. %2 checks the hash chain.</source>
        <translation>%1 Ereignisse. „%2“ prüft die Hash-Kette.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ChartPanel</name>
    <message>
        <source>&amp;Table</source>
        <translation>&amp;Tabelle</translation>
    </message>
    <message>
        <source>Show the figures behind the chart (Ctrl+T)</source>
        <translation>Die Zahlen hinter dem Diagramm zeigen (Strg+T)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Table as &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV…</translation>
    </message>
    <message>
        <source>Chart as &amp;PNG…</source>
        <translation>Diagramm als &amp;PNG…</translation>
    </message>
    <message>
        <source>Chart as &amp;SVG…</source>
        <translation>Diagramm als &amp;SVG…</translation>
    </message>
    <message>
        <source>there is no table to export yet</source>
        <translation>es gibt noch keine Tabelle zum Exportieren</translation>
    </message>
    <message>
        <source>there is no chart to export yet</source>
        <translation>es gibt noch kein Diagramm zum Exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ConflictBar</name>
    <message>
        <source>%1: yours %2, stored %3</source>
        <translation>%1: Ihr Wert %2, gespeichert %3</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Apply &amp;mine</source>
        <translation>&amp;Meinen Wert übernehmen</translation>
    </message>
    <message>
        <source>Drop your value and show what is stored now</source>
        <translation>Ihren Wert verwerfen und den gespeicherten Stand zeigen</translation>
    </message>
    <message>
        <source>Save your value onto what is stored now; other fields keep theirs</source>
        <translation>Ihren Wert auf den gespeicherten Stand speichern; andere Felder behalten ihren Wert</translation>
    </message>
    <message>
        <source>Your change of the %1 was not saved: %2 %3.
%4</source>
        <translation>Ihre Änderung (%1) wurde nicht gespeichert: %2 %3.
%4</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::ConnectionsDialog</name>
    <message>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Gateway value</source>
        <translation>Wert des Gateways</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Bedeutet</translation>
    </message>
    <message>
        <source>Spend (USD)</source>
        <translation>Ausgaben (USD)</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>&amp;Map To…</source>
        <translation>&amp;Zuordnen…</translation>
    </message>
    <message>
        <source>Gateway Connections</source>
        <translation>Gateway-Verbindungen</translation>
    </message>
    <message>
        <source>Ma&amp;ps: what the gateway&apos;s values mean</source>
        <translation>Zuordnun&amp;gen: was die Werte des Gateways bedeuten</translation>
    </message>
    <message>
        <source>&amp;Unmapped: reported, stored as &quot;unmapped&quot;, counted in no use case or tenant</source>
        <translation>&amp;Nicht zugeordnet: gemeldet, als „unmapped“ gespeichert, in keinem Anwendungsfall und keinem Mandanten gezählt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>No gateway connections yet. Add one on the command line, where the API key is read from stdin:
greenlight connection add NAME --kind litellm --url URL</source>
        <translation>Noch keine Gateway-Verbindungen. Legen Sie eine auf der Kommandozeile an, die den API-Schlüssel von stdin liest:
greenlight connection add NAME --kind litellm --url URL</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Last synced: %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 · %3&lt;br&gt;Zuletzt synchronisiert: %4</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 USD exactly</source>
        <translation>genau %1 USD</translation>
    </message>
    <message>
        <source>Say which use case or tenant the selected value is; its spend moves there</source>
        <translation>Angeben, welcher Anwendungsfall oder Mandant der gewählte Wert ist; seine Ausgaben wandern dorthin</translation>
    </message>
    <message>
        <source>The portfolio has no tenants to map to.</source>
        <translation>Das Portfolio hat keine Mandanten für eine Zuordnung.</translation>
    </message>
    <message>
        <source>The portfolio has no use cases to map to.</source>
        <translation>Das Portfolio hat keine Anwendungsfälle für eine Zuordnung.</translation>
    </message>
    <message>
        <source>Map To</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <source>What is &quot;%1&quot; of %2?</source>
        <translation>Was ist „%1“ von %2?</translation>
    </message>
    <message>
        <source>Not mapped: %1</source>
        <translation>Nicht zugeordnet: %1</translation>
    </message>
    <message>
        <source>Mapped &quot;%1&quot; to %2: %3 USD in %4 requests moved there.</source>
        <translation>„%1“ %2 zugeordnet: %3 USD in %4 Anfragen dorthin verschoben.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DashboardFilterBar</name>
    <message>
        <source>First day of the period (inclusive)</source>
        <translation>Erster Tag des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <source>Last day of the period (inclusive)</source>
        <translation>Letzter Tag des Zeitraums (einschließlich)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All tenants</source>
        <translation>Alle Mandanten</translation>
    </message>
    <message>
        <source>Only this tenant&apos;s usage</source>
        <translation>Nur die Nutzung dieses Mandanten</translation>
    </message>
    <message>
        <source>All use cases</source>
        <translation>Alle Anwendungsfälle</translation>
    </message>
    <message>
        <source>Only this use case&apos;s usage, feedback and evals</source>
        <translation>Nur Nutzung, Feedback und Evals dieses Anwendungsfalls</translation>
    </message>
    <message>
        <source>All models</source>
        <translation>Alle Modelle</translation>
    </message>
    <message>
        <source>Only this model&apos;s usage (feedback has no model)</source>
        <translation>Nur die Nutzung dieses Modells (Feedback hat kein Modell)</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
    <message>
        <source>Only usage from this gateway or file (feedback has no source)</source>
        <translation>Nur Nutzung aus diesem Gateway oder dieser Datei (Feedback hat keine Quelle)</translation>
    </message>
    <message>
        <source>(unattributed)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DashboardPage</name>
    <message>
        <source>Spend share</source>
        <translation>Kostenanteil</translation>
    </message>
    <message>
        <source>Edit rate rise</source>
        <translation>Anstieg der Bearbeitungsquote</translation>
    </message>
    <message>
        <source>Cost cap</source>
        <translation>Kostenlimit</translation>
    </message>
    <message>
        <source>Eval regression</source>
        <translation>Eval-Rückgang</translation>
    </message>
    <message>
        <source>Cost over time</source>
        <translation>Kosten im Zeitverlauf</translation>
    </message>
    <message>
        <source>Cost per tenant</source>
        <translation>Kosten je Mandant</translation>
    </message>
    <message>
        <source>Edit rate</source>
        <translation>Bearbeitungsquote</translation>
    </message>
    <message>
        <source>Eval pass rate</source>
        <translation>Eval-Bestehensquote</translation>
    </message>
    <message>
        <source>Stack by model</source>
        <translation>Nach Modell stapeln</translation>
    </message>
    <message>
        <source>Stack by use case</source>
        <translation>Nach Anwendungsfall stapeln</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <source>Show &amp;Chart</source>
        <translation>&amp;Diagramm zeigen</translation>
    </message>
    <message>
        <source>Open the chart this alert comes from, filtered to its use case (Enter)</source>
        <translation>Das Diagramm öffnen, aus dem diese Warnung stammt, gefiltert auf ihren Anwendungsfall (Eingabe)</translation>
    </message>
    <message>
        <source>Open &amp;Use Case</source>
        <translation>&amp;Anwendungsfall öffnen</translation>
    </message>
    <message>
        <source>Show the use case in the portfolio</source>
        <translation>Den Anwendungsfall im Portfolio zeigen</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Could not read the figures: %1</source>
        <translation>Die Zahlen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source> USD</source>
        <translation> USD</translation>
    </message>
    <message>
        <source>Alerts (%1)</source>
        <translation>Warnungen (%1)</translation>
    </message>
    <message>
        <source>Ungoverned spend</source>
        <translation>Ungesteuerte Ausgaben</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DataLoggingEditor</name>
    <message>
        <source>no approval needed</source>
        <translation>keine Genehmigung nötig</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>genehmigt von %1</translation>
    </message>
    <message>
        <source>waiting for %1</source>
        <translation>wartet auf %1</translation>
    </message>
    <message>
        <source>rejected by %1 (%2)</source>
        <translation>abgelehnt von %1 (%2)</translation>
    </message>
    <message>
        <source>can never be approved</source>
        <translation>nie genehmigungsfähig</translation>
    </message>
    <message>
        <source>Debug logs</source>
        <translation>Debug-Logs</translation>
    </message>
    <message>
        <source>Abuse review</source>
        <translation>Missbrauchsprüfung</translation>
    </message>
    <message>
        <source>Eval metadata</source>
        <translation>Eval-Metadaten</translation>
    </message>
    <message>
        <source>Input data classes</source>
        <translation>Eingabe-Datenklassen</translation>
    </message>
    <message>
        <source>data classes</source>
        <translation>Datenklassen</translation>
    </message>
    <message>
        <source>Security, legal and compliance decide in the Data approvals view.</source>
        <translation>Security, Legal und Compliance entscheiden in der Ansicht Datengenehmigungen.</translation>
    </message>
    <message>
        <source>Logging policy recorded</source>
        <translation>Logging-Richtlinie erfasst</translation>
    </message>
    <message>
        <source>Uncheck when the use case has no logging policy yet (the logging.policy rule fails)</source>
        <translation>Abwählen, wenn der Anwendungsfall noch keine Logging-Richtlinie hat (die Regel logging.policy schlägt dann fehl)</translation>
    </message>
    <message>
        <source>&amp;Prompts</source>
        <translation>&amp;Prompts</translation>
    </message>
    <message>
        <source>&amp;Responses</source>
        <translation>&amp;Antworten</translation>
    </message>
    <message>
        <source>Raw retention approved by</source>
        <translation>Rohe Aufbewahrung genehmigt von</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source>Retention: %1</source>
        <translation>Aufbewahrung: %1</translation>
    </message>
    <message>
        <source>retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>logging policy</source>
        <translation>Logging-Richtlinie</translation>
    </message>
    <message>
        <source>prompt logging</source>
        <translation>Prompt-Logging</translation>
    </message>
    <message>
        <source>response logging</source>
        <translation>Antwort-Logging</translation>
    </message>
    <message>
        <source>raw retention approver</source>
        <translation>Genehmigende Person für rohe Aufbewahrung</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>approved by %1 on %2 — expired, renew</source>
        <translation>genehmigt von %1 am %2 — abgelaufen, erneuern</translation>
    </message>
    <message numerus="yes">
        <source>An approval counts for %n day(s) (the policy&apos;s evidence_max_age_days.data_approval); data.approved fails until it is renewed in the Data approvals view.</source>
        <translation>
            <numerusform>Eine Genehmigung gilt %n Tag (evidence_max_age_days.data_approval der Richtlinie); data.approved schlägt fehl, bis sie in der Ansicht Datengenehmigungen erneuert ist.</numerusform>
            <numerusform>Eine Genehmigung gilt %n Tage (evidence_max_age_days.data_approval der Richtlinie); data.approved schlägt fehl, bis sie in der Ansicht Datengenehmigungen erneuert ist.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::DueSoonPage</name>
    <message>
        <source>Kill-switch test</source>
        <translation>Notschaltertest</translation>
    </message>
    <message>
        <source>Kill-switch test of %1</source>
        <translation>Notschaltertest von %1</translation>
    </message>
    <message>
        <source>Rollback test</source>
        <translation>Rollback-Test</translation>
    </message>
    <message>
        <source>Eval run %1</source>
        <translation>Eval-Lauf %1</translation>
    </message>
    <message>
        <source>Data approval: %1 by %2</source>
        <translation>Datengenehmigung: %1 durch %2</translation>
    </message>
    <message>
        <source>Runbook review</source>
        <translation>Runbook-Prüfung</translation>
    </message>
    <message numerus="yes">
        <source>expired %n day(s) ago</source>
        <translation>
            <numerusform>seit %n Tag abgelaufen</numerusform>
            <numerusform>seit %n Tagen abgelaufen</numerusform>
        </translation>
    </message>
    <message>
        <source>last day today</source>
        <translation>heute letzter Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) left</source>
        <translation>
            <numerusform>noch %n Tag</numerusform>
            <numerusform>noch %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>(no owner)</source>
        <translation>(kein Verantwortlicher)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Look ahead:</source>
        <translation>&amp;Vorausschau:</translation>
    </message>
    <message>
        <source>Owner / use case</source>
        <translation>Verantwortlich / Anwendungsfall</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datiert</translation>
    </message>
    <message>
        <source>Counts until</source>
        <translation>Gilt bis</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Verbleibend</translation>
    </message>
    <message numerus="yes">
        <source>Evidence that stops counting within %n day(s) of %1, or has stopped, by the owner who renews it. Double-click a row (or press Enter) to open where it is renewed.</source>
        <translation>
            <numerusform>Nachweise, die innerhalb von %n Tag ab dem %1 nicht mehr gelten oder schon abgelaufen sind, nach der Person, die sie erneuert. Doppelklick auf eine Zeile (oder Eingabetaste) öffnet, wo der Nachweis erneuert wird.</numerusform>
            <numerusform>Nachweise, die innerhalb von %n Tagen ab dem %1 nicht mehr gelten oder schon abgelaufen sind, nach der Person, die sie erneuert. Doppelklick auf eine Zeile (oder Eingabetaste) öffnet, wo der Nachweis erneuert wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing stops counting within %n day(s) of %1: every kill-switch and rollback test, eval run, data approval and runbook review on record counts for longer. Evidence that was never recorded is not listed here; the portfolio&apos;s gate names it.</source>
        <translation>
            <numerusform>Innerhalb von %n Tag ab dem %1 läuft nichts ab: Jeder erfasste Notschalter- und Rollback-Test, Eval-Lauf, jede Datengenehmigung und Runbook-Prüfung gilt länger. Nie erfasste Nachweise stehen nicht hier; das Gate im Portfolio nennt sie.</numerusform>
            <numerusform>Innerhalb von %n Tagen ab dem %1 läuft nichts ab: Jeder erfasste Notschalter- und Rollback-Test, Eval-Lauf, jede Datengenehmigung und Runbook-Prüfung gilt länger. Nie erfasste Nachweise stehen nicht hier; das Gate im Portfolio nennt sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Read by the rule %1. Double-click or press Enter to open where it is renewed.</source>
        <translation>Von der Regel %1 gelesen. Doppelklick oder Eingabetaste öffnet, wo es erneuert wird.</translation>
    </message>
    <message>
        <source>No longer counts: %1 fails until it is renewed.</source>
        <translation>Gilt nicht mehr: %1 schlägt fehl, bis es erneuert ist.</translation>
    </message>
    <message>
        <source>Waiver %1 of %2</source>
        <translation>Ausnahme %1 für %2</translation>
    </message>
    <message>
        <source>Lets %1 pass until its expiry; from the day after, the rule fails again. Double-click or press Enter to open where its evidence is recorded.</source>
        <translation>Lässt %1 bis zum Ablauf bestehen; ab dem Tag danach schlägt die Regel wieder fehl. Doppelklick oder Eingabetaste öffnet, wo ihr Nachweis erfasst wird.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::EvalRunDialog</name>
    <message>
        <source>Record eval run — %1</source>
        <translation>Eval-Lauf erfassen — %1</translation>
    </message>
    <message>
        <source>Approved baseline</source>
        <translation>Genehmigte Baseline</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>&amp;Route</source>
        <translation>&amp;Route</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <source>Cases with live &amp;secrets</source>
        <translation>Fälle mit echten &amp;Geheimnissen</translation>
    </message>
    <message>
        <source>Enter the cases of each category.</source>
        <translation>Geben Sie die Fälle jeder Kategorie ein.</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln case(s)</source>
        <translation>
            <numerusform>%Ln Fall</numerusform>
            <numerusform>%Ln Fälle</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::GateReviewWizard</name>
    <message>
        <source>Gate review — %1</source>
        <translation>Gate-Review — %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Every rule of the gate with its evidence. Starting the review freezes these results.</source>
        <translation>Jede Regel des Gates mit ihrem Nachweis. Der Start des Reviews friert diese Ergebnisse ein.</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>&amp;Fix the selected rule…</source>
        <translation>Gewählte Regel &amp;beheben…</translation>
    </message>
    <message>
        <source>Close the review and go to where the selected rule&apos;s evidence is recorded</source>
        <translation>Das Review schließen und dorthin gehen, wo der Nachweis der gewählten Regel erfasst wird</translation>
    </message>
    <message>
        <source>&amp;Gate</source>
        <translation>&amp;Gate</translation>
    </message>
    <message>
        <source>Sign-offs</source>
        <translation>Abzeichnungen</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>A&amp;pprove</source>
        <translation>&amp;Genehmigen</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>A&amp;blehnen</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Go</translation>
    </message>
    <message>
        <source>&amp;No-go</source>
        <translation>&amp;No-Go</translation>
    </message>
    <message>
        <source>Rationale: why, in a sentence or two</source>
        <translation>Begründung: warum, in ein oder zwei Sätzen</translation>
    </message>
    <message>
        <source>&amp;Export the audit packet (PDF) once the decision is recorded</source>
        <translation>Das Audit-Paket (PDF) &amp;exportieren, sobald die Entscheidung erfasst ist</translation>
    </message>
    <message>
        <source>Nothing stands in the way of go.</source>
        <translation>Nichts steht einem Go im Weg.</translation>
    </message>
    <message>
        <source>Go is not possible yet: %1.</source>
        <translation>Go ist noch nicht möglich: %1.</translation>
    </message>
    <message>
        <source>You sign in a role you hold. The others sign in their own sessions; the review waits for them.</source>
        <translation>Sie zeichnen in einer Rolle ab, die Sie innehaben. Die anderen zeichnen in ihren eigenen Sitzungen ab; das Review wartet auf sie.</translation>
    </message>
    <message>
        <source>Signing as %1</source>
        <translation>Abzeichnung als %1</translation>
    </message>
    <message>
        <source>Gate review %1 — %2</source>
        <translation>Gate-Review %1 — %2</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Sign &amp;with</source>
        <translation>Signieren &amp;mit</translation>
    </message>
    <message>
        <source>Sign the decision &amp;with</source>
        <translation>Die Entscheidung signieren &amp;mit</translation>
    </message>
    <message>
        <source>Recorded, %1.</source>
        <translation>Erfasst, %1.</translation>
    </message>
    <message>
        <source>Required sign-off</source>
        <translation>Erforderliche Freigabe</translation>
    </message>
    <message>
        <source>Who can give it</source>
        <translation>Wer sie geben kann</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>&amp;Required by the gate</source>
        <translation>Vom Gate ve&amp;rlangt</translation>
    </message>
    <message>
        <source>Sign-offs &amp;given</source>
        <translation>&amp;Erteilte Freigaben</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>zugestimmt von %1</translation>
    </message>
    <message>
        <source>rejected by %1</source>
        <translation>abgelehnt von %1</translation>
    </message>
    <message>
        <source>nobody holds it</source>
        <translation>niemand hat diese Rolle</translation>
    </message>
    <message>
        <source>Choose Go or No-go.</source>
        <translation>Wählen Sie Go oder No-Go.</translation>
    </message>
    <message>
        <source>rejected: %1</source>
        <translation>abgelehnt: %1</translation>
    </message>
    <message>
        <source>the review or its gate is no longer in the portfolio</source>
        <translation>die Prüfung oder ihr Gate ist nicht mehr im Portfolio</translation>
    </message>
    <message>
        <source>Close the gate review</source>
        <translation>Gate-Review schließen</translation>
    </message>
    <message>
        <source>Review %1 is still open. Keep it open, so that the others can sign off and it can be decided later, or abandon it?</source>
        <translation>Review %1 ist noch offen. Offen lassen, damit die anderen abzeichnen und es später entschieden werden kann, oder aufgeben?</translation>
    </message>
    <message>
        <source>An abandoned review stays on record with its reason and never counts as a decision.</source>
        <translation>Ein aufgegebenes Review bleibt mit seinem Grund dokumentiert und zählt nie als Entscheidung.</translation>
    </message>
    <message>
        <source>&amp;Keep Open</source>
        <translation>&amp;Offen lassen</translation>
    </message>
    <message>
        <source>&amp;Abandon Review…</source>
        <translation>Review &amp;aufgeben…</translation>
    </message>
    <message>
        <source>&amp;Return to the Review</source>
        <translation>&amp;Zurück zum Review</translation>
    </message>
    <message>
        <source>Only the requester or a pm can abandon a review</source>
        <translation>Nur der Antragsteller oder ein pm kann ein Review aufgeben</translation>
    </message>
    <message>
        <source>Abandon review %1</source>
        <translation>Review %1 aufgeben</translation>
    </message>
    <message>
        <source>Why is the review abandoned? The reason stays on record.</source>
        <translation>Warum wird das Review aufgegeben? Der Grund bleibt dokumentiert.</translation>
    </message>
    <message>
        <source>Review not abandoned</source>
        <translation>Review nicht aufgegeben</translation>
    </message>
    <message>
        <source>Review %1 froze these results when it started: a waiver granted or revoked now does not change it</source>
        <translation>Review %1 hat diese Ergebnisse beim Start festgeschrieben: eine jetzt erteilte oder widerrufene Ausnahme ändert daran nichts</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::LoginPasswordDialog</name>
    <message>
        <source>Greenlight — log in to the team database</source>
        <translation>Greenlight — an der Team-Datenbank anmelden</translation>
    </message>
    <message>
        <source>Password of the login &lt;b&gt;%1&lt;/b&gt; for the database &lt;b&gt;%2&lt;/b&gt; on %3:</source>
        <translation>Passwort des Logins &lt;b&gt;%1&lt;/b&gt; für die Datenbank &lt;b&gt;%2&lt;/b&gt; auf %3:</translation>
    </message>
    <message>
        <source>&amp;Remember in the OS keychain (for this login and database only)</source>
        <translation>Im Schlüsselbund des Systems &amp;merken (nur für dieses Login und diese Datenbank)</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Der Server hat abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::MainWindow</name>
    <message>
        <source>Portfolio</source>
        <translation>Portfolio</translation>
    </message>
    <message>
        <source>Data approvals</source>
        <translation>Datengenehmigungen</translation>
    </message>
    <message>
        <source>Dashboards</source>
        <translation>Dashboards</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Audit-Log</translation>
    </message>
    <message>
        <source>The change could not be saved</source>
        <translation>Die Änderung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Neue Datenbank…</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Portfolio…</source>
        <translation>Portfolio &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Export Portfolio…</source>
        <translation>Portfolio &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export Audit &amp;Packet…</source>
        <translation>Audit-&amp;Paket exportieren…</translation>
    </message>
    <message>
        <source>Audit packet</source>
        <translation>Audit-Paket</translation>
    </message>
    <message>
        <source>Select a use case in the portfolio first.</source>
        <translation>Wählen Sie zuerst einen Anwendungsfall im Portfolio.</translation>
    </message>
    <message>
        <source>Export Portfolio P&amp;acket…</source>
        <translation>Portfolio-P&amp;aket exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Find Use Case</source>
        <translation>Anwendungsfall &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Review</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>E&amp;xtras</translation>
    </message>
    <message>
        <source>&amp;Sync Gateways</source>
        <translation>Gateways &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Pull usage and feedback from every connection (add them with &apos;greenlight connection add&apos;)</source>
        <translation>Nutzung und Feedback von jeder Verbindung abrufen (hinzufügen mit &apos;greenlight connection add&apos;)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Portfolio</source>
        <translation>&amp;Portfolio</translation>
    </message>
    <message>
        <source>&amp;Data Approvals</source>
        <translation>&amp;Datengenehmigungen</translation>
    </message>
    <message>
        <source>Das&amp;hboards</source>
        <translation>Das&amp;hboards</translation>
    </message>
    <message>
        <source>&amp;Quality</source>
        <translation>&amp;Qualität</translation>
    </message>
    <message>
        <source>&amp;Audit Log</source>
        <translation>&amp;Audit-Log</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Chain</source>
        <translation>Audit-Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Greenlight</source>
        <translation>Ü&amp;ber Greenlight</translation>
    </message>
    <message>
        <source>About Greenlight</source>
        <translation>Über Greenlight</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Decide whether an AI feature is ready to launch, and prove it afterwards.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Greenlight %1&lt;/h3&gt;&lt;p&gt;Entscheiden, ob eine KI-Funktion startbereit ist, und es danach belegen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Greenlight — %1</source>
        <translation>Greenlight — %1</translation>
    </message>
    <message>
        <source>%1 · %2 use cases · %3 people · %4 tenants</source>
        <translation>%1 · %2 Anwendungsfälle · %3 Personen · %4 Mandanten</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Die Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Greenlight databases (*.sqlite *.db);;All files (*)</source>
        <translation>Greenlight-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <source>Import Portfolio</source>
        <translation>Portfolio importieren</translation>
    </message>
    <message>
        <source>Portfolio files (*.json);;All files (*)</source>
        <translation>Portfolio-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import failed; nothing was changed</source>
        <translation>Import fehlgeschlagen; nichts wurde geändert</translation>
    </message>
    <message>
        <source>Imported %1.</source>
        <translation>%1 importiert.</translation>
    </message>
    <message>
        <source>Export Audit Packet</source>
        <translation>Audit-Paket exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the audit packet…</source>
        <translation>Das Audit-Paket wird geschrieben…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Audit packet not written</source>
        <translation>Audit-Paket nicht geschrieben</translation>
    </message>
    <message>
        <source>Wrote the audit packet to %1 (%2 pages); the export is in the audit log.</source>
        <translation>Das Audit-Paket wurde nach %1 geschrieben (%2 Seiten); der Export steht im Audit-Log.</translation>
    </message>
    <message>
        <source>Export Portfolio</source>
        <translation>Portfolio exportieren</translation>
    </message>
    <message>
        <source>Portfolio files (*.json)</source>
        <translation>Portfolio-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported the portfolio to %1.</source>
        <translation>Das Portfolio wurde nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Gate review</source>
        <translation>Gate-Review</translation>
    </message>
    <message>
        <source>Syncing gateways…</source>
        <translation>Gateways werden synchronisiert…</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisieren</translation>
    </message>
    <message>
        <source>%1: page %2, %3 records…</source>
        <translation>%1: Seite %2, %3 Datensätze…</translation>
    </message>
    <message>
        <source>Sync finished with errors</source>
        <translation>Synchronisierung mit Fehlern beendet</translation>
    </message>
    <message>
        <source> (and more; see the audit log)</source>
        <translation> (und weitere; siehe Audit-Log)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Import refused; nothing was changed</source>
        <translation>Import abgelehnt; nichts wurde geändert</translation>
    </message>
    <message>
        <source>%1 would drop or change recorded history, which an import never does:

%2

Add new facts to the file instead, and retire use cases rather than deleting them.</source>
        <translation>%1 würde aufgezeichnete Historie entfernen oder ändern, was ein Import nie tut:

%2

Fügen Sie der Datei stattdessen neue Fakten hinzu und setzen Sie Anwendungsfälle auf „retired“, statt sie zu löschen.</translation>
    </message>
    <message numerus="yes">
        <source>Importing replaces the portfolio in %1 with %2: %n difference(s), no recorded history dropped. The audit log keeps a record. Continue?</source>
        <translation>
            <numerusform>Der Import ersetzt das Portfolio in %1 durch %2: %n Unterschied, keine aufgezeichnete Historie entfernt. Das Audit-Log hält ihn fest. Fortfahren?</numerusform>
            <numerusform>Der Import ersetzt das Portfolio in %1 durch %2: %n Unterschiede, keine aufgezeichnete Historie entfernt. Das Audit-Log hält ihn fest. Fortfahren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Signed in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2) · %3</source>
        <translation>Angemeldet als %1 (%2) · %3</translation>
    </message>
    <message>
        <source>Signed in as %1 · read-only</source>
        <translation>Angemeldet als %1 · schreibgeschützt</translation>
    </message>
    <message>
        <source>&amp;Gate Review…</source>
        <translation>&amp;Gate-Review…</translation>
    </message>
    <message>
        <source>Start a gate review of the selected use case, or sign and decide its open one</source>
        <translation>Ein Gate-Review des gewählten Anwendungsfalls starten oder sein offenes Review zeichnen und entscheiden</translation>
    </message>
    <message>
        <source>Select a use case and sign in as yourself. A review is started by a person with the pm or cto role; once it is open, each person signs it in their own session.</source>
        <translation>Wählen Sie einen Anwendungsfall und melden Sie sich als Sie selbst an. Ein Review startet eine Person mit der Rolle pm oder cto; ist es offen, zeichnet jede Person in ihrer eigenen Sitzung.</translation>
    </message>
    <message>
        <source>Gateway &amp;Connections…</source>
        <translation>Gateway-&amp;Verbindungen…</translation>
    </message>
    <message>
        <source>What each connection&apos;s keys, workspaces and projects mean, and what nothing maps yet</source>
        <translation>Was die Schlüssel, Workspaces und Projekte jeder Verbindung bedeuten und was noch nicht zugeordnet ist</translation>
    </message>
    <message>
        <source>Exported %1.</source>
        <translation>%1 exportiert.</translation>
    </message>
    <message>
        <source>Open &amp;Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <source>D&amp;ue Soon</source>
        <translation>&amp;Bald fällig</translation>
    </message>
    <message>
        <source>Due soon (%1)</source>
        <translation>Bald fällig (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n piece(s) of evidence stopped counting or stop within %1 days</source>
        <translation>
            <numerusform>%n Nachweis ist abgelaufen oder läuft innerhalb von %1 Tagen ab</numerusform>
            <numerusform>%n Nachweise sind abgelaufen oder laufen innerhalb von %1 Tagen ab</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::OptionalDateEdit</name>
    <message>
        <source>Pick…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the date in a calendar (Alt+Down)</source>
        <translation>Das Datum im Kalender wählen (Alt+Ab)</translation>
    </message>
    <message>
        <source>%1 (or type a date such as %2)</source>
        <translation>%1 (oder ein Datum wie %2 eingeben)</translation>
    </message>
    <message>
        <source>A date such as %1 or %2; empty for %3. Alt+Down opens the calendar.</source>
        <translation>Ein Datum wie %1 oder %2; leer für %3. Alt+Ab öffnet den Kalender.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date such as %2; kept %3</source>
        <translation>„%1“ ist kein Datum wie %2; %3 bleibt</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PassphrasePrompt</name>
    <message>
        <source>Greenlight — sign with your SSH key</source>
        <translation>Greenlight — mit Ihrem SSH-Schlüssel signieren</translation>
    </message>
    <message>
        <source>Passphrase of your SSH key:</source>
        <translation>Passphrase Ihres SSH-Schlüssels:</translation>
    </message>
    <message>
        <source>OpenSSH&apos;s ssh-keygen asks for it to sign; Greenlight does not keep it.</source>
        <translation>OpenSSHs ssh-keygen fragt danach, um zu signieren; Greenlight speichert sie nicht.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PortfolioPage</name>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>&amp;Gate</source>
        <translation>&amp;Gate</translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Data &amp;&amp; &amp;logging</source>
        <translation>Daten &amp;&amp; &amp;Logging</translation>
    </message>
    <message>
        <source>Rout&amp;e</source>
        <translation>Rout&amp;e</translation>
    </message>
    <message>
        <source>Run&amp;book</source>
        <translation>Run&amp;book</translation>
    </message>
    <message>
        <source>Select a use case to see its gate.</source>
        <translation>Wählen Sie einen Anwendungsfall, um sein Gate zu sehen.</translation>
    </message>
    <message>
        <source>%1 — %2 gate: %3</source>
        <translation>%1 — Gate %2: %3</translation>
    </message>
    <message>
        <source>Filter use cases (name, id, owner, status, gate…); Enter selects the first</source>
        <translation>Anwendungsfälle filtern (Name, Id, Verantwortliche, Status, Gate…); Eingabe wählt den ersten</translation>
    </message>
    <message>
        <source>Fails; double-click or Enter opens where its evidence is recorded</source>
        <translation>Nicht erfüllt; Doppelklick oder Eingabe öffnet, wo der Nachweis erfasst wird</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>Granted on</source>
        <translation>Erteilt am</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Gilt bis</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Compensating control</source>
        <translation>Ausgleichende Maßnahme</translation>
    </message>
    <message>
        <source>&amp;Waivers</source>
        <translation>Aus&amp;nahmen</translation>
    </message>
    <message>
        <source>Fails, but waiver %1 lets it count as passing until it expires or is revoked</source>
        <translation>Nicht erfüllt, aber Ausnahme %1 lässt sie als erfüllt gelten, bis sie abläuft oder widerrufen wird</translation>
    </message>
    <message>
        <source>revoked on %1 by %2</source>
        <translation>am %1 von %2 widerrufen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Revoked on %1 by %2 as %3: %4</source>
        <translation>Am %1 von %2 als %3 widerrufen: %4</translation>
    </message>
    <message>
        <source>No waivers. %1 on a failing rule of the gate grants one.</source>
        <translation>Keine Ausnahmen. %1 bei einer nicht erfüllten Regel des Gates erteilt eine.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Sprache des Systems</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time Greenlight starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Greenlight.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Greenlight will use %1 the next time it starts.</source>
        <translation>Greenlight verwendet ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::QualityPage</name>
    <message>
        <source>Use case / run</source>
        <translation>Anwendungsfall / Lauf</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Pass rate</source>
        <translation>Bestehensquote</translation>
    </message>
    <message>
        <source>Threshold</source>
        <translation>Schwelle</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Baseline</translation>
    </message>
    <message>
        <source>&amp;Record Eval Run…</source>
        <translation>Eval-Lauf &amp;erfassen…</translation>
    </message>
    <message>
        <source>Enter the per-category results of a run for the selected use case</source>
        <translation>Die Ergebnisse eines Laufs je Kategorie für den gewählten Anwendungsfall eingeben</translation>
    </message>
    <message>
        <source>approved baseline</source>
        <translation>genehmigte Baseline</translation>
    </message>
    <message>
        <source>below the %1 % threshold</source>
        <translation>unter der Schwelle von %1 %</translation>
    </message>
    <message>
        <source>%1: eval pass rate</source>
        <translation>%1: Eval-Bestehensquote</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RevokeWaiverDialog</name>
    <message>
        <source>Revoke waiver %1</source>
        <translation>Ausnahme %1 widerrufen</translation>
    </message>
    <message>
        <source>From today the rule is judged on its evidence again. The waiver stays on record with who revoked it and why.</source>
        <translation>Ab heute wird die Regel wieder nach ihren Nachweisen beurteilt. Die Ausnahme bleibt mit dem, der sie widerrufen hat, und dem Grund festgehalten.</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Rolle wählen</translation>
    </message>
    <message>
        <source>Required: why the waiver ends early, e.g. the cost cap is set</source>
        <translation>Pflichtfeld: warum die Ausnahme vorzeitig endet, z. B. das Kostenlimit ist gesetzt</translation>
    </message>
    <message>
        <source>&amp;Revoke Waiver</source>
        <translation>Ausnahme &amp;widerrufen</translation>
    </message>
    <message>
        <source>Waiver</source>
        <translation>Ausnahme</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>%1 at the %2 gate</source>
        <translation>%1 am Gate %2</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>by %1 as %2 on %3, until %4</source>
        <translation>von %1 als %2 am %3, gültig bis %4</translation>
    </message>
    <message>
        <source>Because</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Control</source>
        <translation>Maßnahme</translation>
    </message>
    <message>
        <source>Revoked &amp;as</source>
        <translation>Widerrufen al&amp;s</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Sign &amp;with</source>
        <translation>Signieren &amp;mit</translation>
    </message>
    <message>
        <source>%1: unknown waiver</source>
        <translation>%1: unbekannte Ausnahme</translation>
    </message>
    <message>
        <source>Choose the role you revoke the waiver in.</source>
        <translation>Wählen Sie die Rolle, in der Sie die Ausnahme widerrufen.</translation>
    </message>
    <message>
        <source>Say why the waiver ends early.</source>
        <translation>Geben Sie an, warum die Ausnahme vorzeitig endet.</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RoutePanel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <source>Retrieval corpus</source>
        <translation>Retrieval-Korpus</translation>
    </message>
    <message>
        <source>Tool schema</source>
        <translation>Tool-Schema</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ausweichroute</translation>
    </message>
    <message>
        <source>New &amp;version…</source>
        <translation>Neue &amp;Version…</translation>
    </message>
    <message>
        <source>Change the route: the change becomes its next version</source>
        <translation>Die Route ändern: die Änderung wird ihre nächste Version</translation>
    </message>
    <message>
        <source>New &amp;route…</source>
        <translation>Neue &amp;Route…</translation>
    </message>
    <message>
        <source>No route chosen: pick one in Details or make a new route.</source>
        <translation>Keine Route gewählt: wählen Sie eine unter Details oder legen Sie eine neue Route an.</translation>
    </message>
    <message>
        <source>Route %1, newest version first. Eval runs name the version they ran against; a change makes a new version.</source>
        <translation>Route %1, neueste Version zuerst. Eval-Läufe nennen die Version, gegen die sie liefen; eine Änderung ergibt eine neue Version.</translation>
    </message>
    <message>
        <source>Choose a route in Details, or make a new route</source>
        <translation>Wählen Sie eine Route unter Details oder legen Sie eine neue Route an</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RouteVersionDialog</name>
    <message>
        <source>New route</source>
        <translation>Neue Route</translation>
    </message>
    <message>
        <source>New version of %1</source>
        <translation>Neue Version von %1</translation>
    </message>
    <message>
        <source>e.g. support-drafts</source>
        <translation>z. B. support-drafts</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Use this route for the selected use case</source>
        <translation>Diese Route für den gewählten Anwendungsfall verwenden</translation>
    </message>
    <message>
        <source>Route &amp;id</source>
        <translation>Routen-&amp;ID</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>&amp;Anbieter</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpunkt</translation>
    </message>
    <message>
        <source>Prompt &amp;version</source>
        <translation>Prompt-&amp;Version</translation>
    </message>
    <message>
        <source>Retrieval &amp;corpus</source>
        <translation>Retrieval-&amp;Korpus</translation>
    </message>
    <message>
        <source>&amp;Tool schema version</source>
        <translation>&amp;Tool-Schema-Version</translation>
    </message>
    <message>
        <source>&amp;Fallback route</source>
        <translation>&amp;Ausweichroute</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::RunbookEditor</name>
    <message>
        <source># Runbook

What support does when the answer is wrong, when a prompt injection is suspected, when a batch fails, and whom to escalate to.</source>
        <translation># Runbook

Was der Support tut, wenn die Antwort falsch ist, wenn eine Prompt-Injection vermutet wird, wenn ein Batch fehlschlägt, und an wen eskaliert wird.</translation>
    </message>
    <message>
        <source>Covers</source>
        <translation>Behandelt</translation>
    </message>
    <message>
        <source>runbook topics</source>
        <translation>Runbook-Themen</translation>
    </message>
    <message>
        <source>On call</source>
        <translation>Bereitschaft</translation>
    </message>
    <message>
        <source>Support must not depend on one engineer being online: name at least two people</source>
        <translation>Der Support darf nicht davon abhängen, dass ein Engineer online ist: benennen Sie mindestens zwei Personen</translation>
    </message>
    <message>
        <source>on-call people</source>
        <translation>Personen in Bereitschaft</translation>
    </message>
    <message>
        <source>runbook text</source>
        <translation>Runbook-Text</translation>
    </message>
    <message>
        <source>Last reviewed</source>
        <translation>Zuletzt geprüft</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>The day the team last walked through this runbook (YYYY-MM-DD); it counts for as many days as the policy allows</source>
        <translation>Der Tag, an dem das Team dieses Runbook zuletzt durchgegangen ist (JJJJ-MM-TT); er zählt so viele Tage, wie die Richtlinie erlaubt</translation>
    </message>
    <message>
        <source>runbook review date</source>
        <translation>Prüfdatum des Runbooks</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::SigningKeyBox</name>
    <message>
        <source>ssh-agent · %1</source>
        <translation>ssh-agent · %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Don&apos;t sign</source>
        <translation>Nicht signieren</translation>
    </message>
    <message>
        <source>Key file…</source>
        <translation>Schlüsseldatei…</translation>
    </message>
    <message>
        <source>The key your sign-offs, approvals and decisions are signed with (OpenSSH&apos;s ssh-keygen signs; the private key never leaves it or the agent)</source>
        <translation>Der Schlüssel, mit dem Ihre Freigaben, Genehmigungen und Entscheidungen signiert werden (OpenSSHs ssh-keygen signiert; der private Schlüssel verlässt weder ihn noch den Agenten)</translation>
    </message>
    <message>
        <source>You have no signing key valid today in the portfolio: add your SSH public key to people[].signing_keys to sign what you decide</source>
        <translation>Sie haben heute keinen gültigen Signaturschlüssel im Portfolio: fügen Sie Ihren öffentlichen SSH-Schlüssel unter people[].signing_keys hinzu, um Ihre Entscheidungen zu signieren</translation>
    </message>
    <message>
        <source>Sign with an SSH key</source>
        <translation>Mit einem SSH-Schlüssel signieren</translation>
    </message>
    <message>
        <source>SSH keys (*)</source>
        <translation>SSH-Schlüssel (*)</translation>
    </message>
    <message>
        <source>not signed</source>
        <translation>nicht signiert</translation>
    </message>
    <message>
        <source>signed by %1 · %2</source>
        <translation>signiert von %1 · %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::UndoRouting</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederholen: %1</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::UseCaseEditor</name>
    <message>
        <source>A person waits for the answer</source>
        <translation>Eine Person wartet auf die Antwort</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>Tool actions are authorised in application code</source>
        <translation>Tool-Aktionen werden im Anwendungscode autorisiert</translation>
    </message>
    <message>
        <source>Monitoring in place</source>
        <translation>Überwachung vorhanden</translation>
    </message>
    <message>
        <source>feature flag, e.g. ff.support_reply_draft</source>
        <translation>Feature-Flag, z. B. ff.support_reply_draft</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Zielgruppe</translation>
    </message>
    <message>
        <source>&amp;Risk tier</source>
        <translation>&amp;Risikostufe</translation>
    </message>
    <message>
        <source>Owners</source>
        <translation>Verantwortliche</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Launch</source>
        <translation>Launch</translation>
    </message>
    <message>
        <source>Engineering</source>
        <translation>Engineering</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <source>Use and release</source>
        <translation>Nutzung und Auslieferung</translation>
    </message>
    <message>
        <source>Output user</source>
        <translation>Nutzer der Ausgabe</translation>
    </message>
    <message>
        <source>Allowed path</source>
        <translation>Erlaubter Weg</translation>
    </message>
    <message>
        <source>Human review</source>
        <translation>Menschliche Prüfung</translation>
    </message>
    <message>
        <source>Release path</source>
        <translation>Auslieferungsweg</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>Scoring and ROI</source>
        <translation>Bewertung und ROI</translation>
    </message>
    <message>
        <source>Hours saved (1–5)</source>
        <translation>Gesparte Stunden (1–5)</translation>
    </message>
    <message>
        <source>Complexity (1–5)</source>
        <translation>Komplexität (1–5)</translation>
    </message>
    <message>
        <source>Blast radius (1–5)</source>
        <translation>Schadensradius (1–5)</translation>
    </message>
    <message>
        <source>Hours saved per week</source>
        <translation>Gesparte Stunden pro Woche</translation>
    </message>
    <message>
        <source>Loaded hourly rate</source>
        <translation>Voller Stundensatz</translation>
    </message>
    <message>
        <source>Beneficiaries</source>
        <translation>Begünstigte</translation>
    </message>
    <message>
        <source>Operations and rollback</source>
        <translation>Betrieb und Rollback</translation>
    </message>
    <message>
        <source>Kill switch</source>
        <translation>Notschalter</translation>
    </message>
    <message>
        <source>Kill switch tested</source>
        <translation>Notschalter getestet</translation>
    </message>
    <message>
        <source>Daily cost cap</source>
        <translation>Tageskostenlimit</translation>
    </message>
    <message>
        <source>Latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <source>Rollback path</source>
        <translation>Rollback-Weg</translation>
    </message>
    <message>
        <source>Fallback route</source>
        <translation>Ausweichroute</translation>
    </message>
    <message>
        <source>Rollback tested</source>
        <translation>Rollback getestet</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>output user</source>
        <translation>Nutzer der Ausgabe</translation>
    </message>
    <message>
        <source>allowed path</source>
        <translation>erlaubten Weg</translation>
    </message>
    <message>
        <source>human review</source>
        <translation>menschliche Prüfung</translation>
    </message>
    <message>
        <source>kill switch</source>
        <translation>Notschalter</translation>
    </message>
    <message>
        <source>rollback path</source>
        <translation>Rollback-Weg</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>audience</source>
        <translation>Zielgruppe</translation>
    </message>
    <message>
        <source>risk tier</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>%1 owner</source>
        <translation>Verantwortliche(n) für %1</translation>
    </message>
    <message>
        <source>release path</source>
        <translation>Auslieferungsweg</translation>
    </message>
    <message>
        <source>whether a person waits</source>
        <translation>ob eine Person wartet</translation>
    </message>
    <message>
        <source>tool authorisation</source>
        <translation>Tool-Autorisierung</translation>
    </message>
    <message>
        <source>monitoring</source>
        <translation>Überwachung</translation>
    </message>
    <message>
        <source>scoring</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>hours saved per week</source>
        <translation>gesparte Stunden pro Woche</translation>
    </message>
    <message>
        <source>hourly rate</source>
        <translation>Stundensatz</translation>
    </message>
    <message>
        <source>beneficiaries</source>
        <translation>Begünstigte</translation>
    </message>
    <message>
        <source>daily cost cap</source>
        <translation>Tageskostenlimit</translation>
    </message>
    <message>
        <source>latency budget</source>
        <translation>Latenzbudget</translation>
    </message>
    <message>
        <source>kill switch test date</source>
        <translation>Testdatum des Notschalters</translation>
    </message>
    <message>
        <source>rollback test date</source>
        <translation>Testdatum des Rollbacks</translation>
    </message>
    <message>
        <source>route</source>
        <translation>Route</translation>
    </message>
    <message>
        <source>fallback route</source>
        <translation>Ausweichroute</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(niemand)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::UseCaseSection</name>
    <message>
        <source>Change the %1 of %2</source>
        <translation>%1 von %2 ändern</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::WaiverActions</name>
    <message>
        <source>Only the %1 revokes a waiver of %2</source>
        <translation>Nur die Rolle %1 widerruft eine Ausnahme für %2</translation>
    </message>
    <message>
        <source>Only the %1 waives %2</source>
        <translation>Nur die Rolle %1 setzt %2 aus</translation>
    </message>
    <message>
        <source>Only these roles revoke a waiver of %2: %1</source>
        <translation>Nur diese Rollen widerrufen eine Ausnahme für %2: %1</translation>
    </message>
    <message>
        <source>Only these roles waive %2: %1</source>
        <translation>Nur diese Rollen setzen %2 aus: %1</translation>
    </message>
    <message>
        <source>Wa&amp;ive…</source>
        <translation>Aus&amp;setzen…</translation>
    </message>
    <message>
        <source>Revo&amp;ke Waiver…</source>
        <translation>Ausnahme widerr&amp;ufen…</translation>
    </message>
    <message>
        <source>Select a failing rule to waive it</source>
        <translation>Wählen Sie eine nicht erfüllte Regel, um sie auszusetzen</translation>
    </message>
    <message>
        <source>%1 can never be waived</source>
        <translation>%1 kann nie ausgesetzt werden</translation>
    </message>
    <message>
        <source>%1 passes; there is nothing to waive</source>
        <translation>%1 ist erfüllt; es gibt nichts auszusetzen</translation>
    </message>
    <message>
        <source>%1 is already waived (%2); revoke that waiver first to replace it</source>
        <translation>%1 ist bereits ausgesetzt (%2); widerrufen Sie diese Ausnahme zuerst, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>Select a waived rule to revoke its waiver</source>
        <translation>Wählen Sie eine ausgesetzte Regel, um ihre Ausnahme zu widerrufen</translation>
    </message>
    <message>
        <source>%1 has no waiver in force</source>
        <translation>Für %1 gilt keine Ausnahme</translation>
    </message>
    <message>
        <source>Let %1 count as passing until a date, with a reason and a compensating control</source>
        <translation>%1 bis zu einem Datum als erfüllt gelten lassen, mit Grund und ausgleichender Maßnahme</translation>
    </message>
    <message>
        <source>End waiver %1 from today, with a reason</source>
        <translation>Ausnahme %1 ab heute beenden, mit Grund</translation>
    </message>
    <message>
        <source>Granted %1: %2 counts as passing at the %3 gate until %4.</source>
        <translation>%1 erteilt: %2 gilt am Gate %3 bis %4 als erfüllt.</translation>
    </message>
    <message>
        <source>Revoked %1: %2 is judged on its evidence again.</source>
        <translation>%1 widerrufen: %2 wird wieder nach den Nachweisen beurteilt.</translation>
    </message>
    <message>
        <source>Select a waiver to revoke it</source>
        <translation>Wählen Sie eine Ausnahme, um sie zu widerrufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>greenlight::ui::WaiverDialog</name>
    <message>
        <source>Waive %1 — %2</source>
        <translation>%1 aussetzen — %2</translation>
    </message>
    <message>
        <source>A waiver lets this rule count as passing up to and including its expiry day. It stays on record as granted: it is never edited, only revoked.</source>
        <translation>Eine Ausnahme lässt diese Regel bis einschließlich ihres letzten Gültigkeitstages als erfüllt gelten. Sie bleibt so festgehalten, wie sie erteilt wurde: Sie wird nie geändert, nur widerrufen.</translation>
    </message>
    <message>
        <source>Choose a role</source>
        <translation>Rolle wählen</translation>
    </message>
    <message>
        <source>Required: why the risk is accepted, e.g. a two-week pilot with three tenants</source>
        <translation>Pflichtfeld: warum das Risiko hingenommen wird, z. B. ein zweiwöchiger Pilot mit drei Mandanten</translation>
    </message>
    <message>
        <source>Required: what holds the risk until it expires, e.g. a daily spend alert</source>
        <translation>Pflichtfeld: was das Risiko abfängt, bis sie abläuft, z. B. ein täglicher Kostenalarm</translation>
    </message>
    <message>
        <source>&amp;Grant Waiver</source>
        <translation>Ausnahme &amp;erteilen</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Gate</source>
        <translation>Gate</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Granted by</source>
        <translation>Erteilt von</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <source>Rea&amp;son</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>Compensating &amp;control</source>
        <translation>Ausgleichende Maß&amp;nahme</translation>
    </message>
    <message>
        <source>&amp;Expires</source>
        <translation>Gilt &amp;bis</translation>
    </message>
    <message>
        <source>Sign &amp;with</source>
        <translation>Signieren &amp;mit</translation>
    </message>
    <message>
        <source>Choose the role you grant the waiver in.</source>
        <translation>Wählen Sie die Rolle, in der Sie die Ausnahme erteilen.</translation>
    </message>
    <message>
        <source>Say why the risk is accepted.</source>
        <translation>Geben Sie an, warum das Risiko hingenommen wird.</translation>
    </message>
    <message>
        <source>Name the compensating control that holds the risk until the waiver expires.</source>
        <translation>Nennen Sie die ausgleichende Maßnahme, die das Risiko abfängt, bis die Ausnahme abläuft.</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) from today; at most %1</source>
        <translation>
            <numerusform>%n Tag ab heute; höchstens %1</numerusform>
            <numerusform>%n Tage ab heute; höchstens %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>greenlight::ui::form</name>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
</context>
</TS>
