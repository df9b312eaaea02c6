<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AlertLogStore</name>
    <message>
        <source>not JSON (%1 at character %2)</source>
        <translation>non è JSON (%1 al carattere %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>non è un oggetto JSON</translation>
    </message>
    <message>
        <source>no valid &quot;%1&quot;</source>
        <translation>manca un &quot;%1&quot; valido</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>riga %1: %2</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossibile creare la cartella %1</translation>
    </message>
</context>
<context>
    <name>AlertText</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Version unhealthy</source>
        <translation>Versione non integra</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasso di errori</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>Latenza p99</translation>
    </message>
    <message>
        <source>Replicas at maximum</source>
        <translation>Repliche al massimo</translation>
    </message>
    <message>
        <source>Cluster unreachable</source>
        <translation>Cluster non raggiungibile</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Version Unhealthy or Failed for %1</source>
        <translation>Versione Non integra o Non riuscita per %1</translation>
    </message>
    <message>
        <source>Errors (4xx and 5xx) above %1 % for %2</source>
        <translation>Errori (4xx e 5xx) sopra il %1 % per %2</translation>
    </message>
    <message>
        <source>Server errors (5xx) above %1 % for %2</source>
        <translation>Errori del server (5xx) sopra il %1 % per %2</translation>
    </message>
    <message>
        <source>p99 above %1 ms for %2</source>
        <translation>p99 sopra %1 ms per %2</translation>
    </message>
    <message>
        <source>Replicas at the maximum for %1</source>
        <translation>Repliche al massimo per %1</translation>
    </message>
    <message>
        <source>Cluster unreachable or not responding for %1</source>
        <translation>Cluster non raggiungibile o che non risponde per %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n repliche</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 su %2: %3</translation>
    </message>
</context>
<context>
    <name>BackendText</name>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Kubernetes (namespace %1)</source>
        <translation>Kubernetes (namespace %1)</translation>
    </message>
    <message>
        <source>Local processes</source>
        <translation>Processi locali</translation>
    </message>
    <message>
        <source>The backend is degraded; the server gave no reason.</source>
        <translation>Il backend è degradato; il server non ne ha indicato il motivo.</translation>
    </message>
    <message>
        <source>The backend is degraded: %1</source>
        <translation>Il backend è degradato: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionErrorText</name>
    <message>
        <source>The cluster at %1 answered %2: %3</source>
        <translation>Il cluster su %1 ha risposto %2: %3</translation>
    </message>
    <message>
        <source>The name %1 does not resolve: check the cluster&apos;s URL and this computer&apos;s network.</source>
        <translation>Il nome %1 non si risolve: controlla l&apos;URL del cluster e la rete di questo computer.</translation>
    </message>
    <message>
        <source>The cluster at %1 does not accept connections: is switchyard-server running?</source>
        <translation>Il cluster su %1 non accetta connessioni: switchyard-server è in esecuzione?</translation>
    </message>
    <message>
        <source>The cluster at %1 did not answer in time: it may be stopped, overloaded or behind a firewall.</source>
        <translation>Il cluster su %1 non ha risposto in tempo: potrebbe essere fermo, sovraccarico o dietro un firewall.</translation>
    </message>
    <message>
        <source>The cluster at %1 is not trusted over TLS: give its CA file in the cluster&apos;s settings, or check that the URL&apos;s scheme (http or https) is the server&apos;s.</source>
        <translation>Il cluster su %1 non è attendibile via TLS: indica il suo file CA nelle impostazioni del cluster, oppure controlla che lo schema dell&apos;URL (http o https) sia quello del server.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cluster URL the console can use: it starts with http:// or https://.</source>
        <translation>&apos;%1&apos; non è un URL di cluster utilizzabile dalla console: deve iniziare con http:// o https://.</translation>
    </message>
    <message>
        <source>The cluster at %1 could not be reached.</source>
        <translation>Impossibile raggiungere il cluster su %1.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster at %1 has not answered for %n s: it may be stopped or overloaded.</source>
        <translation>
            <numerusform>Il cluster su %1 non risponde da %n s: potrebbe essere fermo o sovraccarico.</numerusform>
            <numerusform>Il cluster su %1 non risponde da %n s: potrebbe essere fermo o sovraccarico.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster at %1 refused the credential (%2): it is wrong, revoked or expired. Copy the admin token again from the server&apos;s &lt;data-dir&gt;/admin-token, or ask an admin for a new operator credential, and attach again.</source>
        <translation>Il cluster su %1 ha rifiutato la credenziale (%2): è errata, revocata o scaduta. Copia di nuovo il token di amministrazione da &lt;data-dir&gt;/admin-token del server, oppure chiedi a un amministratore una nuova credenziale da operatore, e collegati di nuovo.</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Switchyard console</source>
        <translation>Console di Switchyard</translation>
    </message>
    <message>
        <source>Attach the cluster at URL.</source>
        <translation>Collega il cluster all&apos;URL indicato.</translation>
    </message>
    <message>
        <source>Read the admin token from FILE.</source>
        <translation>Legge il token di amministrazione da FILE.</translation>
    </message>
    <message>
        <source>Trust the CA certificate in FILE.</source>
        <translation>Considera attendibile il certificato CA in FILE.</translation>
    </message>
    <message>
        <source>Start a local demo cluster and attach it.</source>
        <translation>Avvia un cluster locale dimostrativo e lo collega.</translation>
    </message>
    <message>
        <source>Keep the local cluster running after exit.</source>
        <translation>Lascia in esecuzione il cluster locale all&apos;uscita.</translation>
    </message>
    <message>
        <source>User interface language: it or en.</source>
        <translation>Lingua dell&apos;interfaccia: it o en.</translation>
    </message>
    <message>
        <source>--lang takes &apos;it&apos; or &apos;en&apos;.</source>
        <translation>--lang accetta &apos;it&apos; o &apos;en&apos;.</translation>
    </message>
    <message>
        <source>Print start-up time and memory once N endpoints show, then quit.</source>
        <translation>Stampa il tempo di avvio e la memoria quando compaiono N endpoint, poi esce.</translation>
    </message>
    <message>
        <source>--measure-startup takes a number.</source>
        <translation>--measure-startup accetta un numero.</translation>
    </message>
    <message>
        <source>--connect needs --admin-token-file.</source>
        <translation>--connect richiede --admin-token-file.</translation>
    </message>
</context>
<context>
    <name>EventDescription</name>
    <message>
        <source>The autoscaler</source>
        <translation>Il ridimensionamento automatico</translation>
    </message>
    <message>
        <source>The cluster</source>
        <translation>Il cluster</translation>
    </message>
    <message>
        <source>An operator</source>
        <translation>Un operatore</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 changed the split to %2.</source>
        <translation>%1 ha cambiato la ripartizione in %2.</translation>
    </message>
    <message>
        <source>%1 changed the split from %2 to %3.</source>
        <translation>%1 ha cambiato la ripartizione da %2 a %3.</translation>
    </message>
    <message>
        <source>%1 made %2 the default (was %3).</source>
        <translation>%1 ha reso %2 la predefinita (prima %3).</translation>
    </message>
    <message>
        <source>%1 made the control %2 a treatment; there is no control now.</source>
        <translation>%1 ha reso il controllo %2 un trattamento; ora non c&apos;è alcun controllo.</translation>
    </message>
    <message>
        <source>%1 made %2 the control.</source>
        <translation>%1 ha reso %2 il controllo.</translation>
    </message>
    <message>
        <source>%1 made %2 the control (was %3).</source>
        <translation>%1 ha reso %2 il controllo (prima %3).</translation>
    </message>
    <message>
        <source>%1 regenerated the %2 key.</source>
        <translation>%1 ha rigenerato la chiave %2.</translation>
    </message>
    <message>
        <source>%1 scaled %2 up from %3 to %4 replicas</source>
        <translation>%1 ha aumentato %2 da %3 a %4 repliche</translation>
    </message>
    <message>
        <source>%1 scaled %2 down from %3 to %4 replicas</source>
        <translation>%1 ha ridotto %2 da %3 a %4 repliche</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 ora è %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>EventKindText</name>
    <message>
        <source>Split changed</source>
        <translation>Ripartizione modificata</translation>
    </message>
    <message>
        <source>Default version changed</source>
        <translation>Versione predefinita cambiata</translation>
    </message>
    <message>
        <source>Control version changed</source>
        <translation>Versione di controllo cambiata</translation>
    </message>
    <message>
        <source>Endpoint created</source>
        <translation>Endpoint creato</translation>
    </message>
    <message>
        <source>%1 created the endpoint %2.</source>
        <translation>%1 ha creato l&apos;endpoint %2.</translation>
    </message>
    <message>
        <source>Endpoint settings changed</source>
        <translation>Impostazioni dell&apos;endpoint modificate</translation>
    </message>
    <message>
        <source>%1 deleted the endpoint %2.</source>
        <translation>%1 ha eliminato l&apos;endpoint %2.</translation>
    </message>
    <message>
        <source>Version %1 created</source>
        <translation>Versione %1 creata</translation>
    </message>
    <message>
        <source>%1 created the version %2.</source>
        <translation>%1 ha creato la versione %2.</translation>
    </message>
    <message>
        <source>Version %1 changed</source>
        <translation>Versione %1 modificata</translation>
    </message>
    <message>
        <source>%1 changed the version %2.</source>
        <translation>%1 ha modificato la versione %2.</translation>
    </message>
    <message>
        <source>Version %1 deleted</source>
        <translation>Versione %1 eliminata</translation>
    </message>
    <message>
        <source>%1 deleted the version %2.</source>
        <translation>%1 ha eliminato la versione %2.</translation>
    </message>
    <message>
        <source>Key regenerated</source>
        <translation>Chiave rigenerata</translation>
    </message>
    <message>
        <source>Tokens revoked</source>
        <translation>Token revocati</translation>
    </message>
</context>
<context>
    <name>KeyValueText</name>
    <message>
        <source>Write each entry as key=value, separated by commas (&quot;%1&quot; has no key).</source>
        <translation>Scrivere ogni voce come chiave=valore, separate da virgole (&quot;%1&quot; non ha una chiave).</translation>
    </message>
</context>
<context>
    <name>LastChanges</name>
    <message>
        <source>an operator</source>
        <translation>un operatore</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 da %2, %3</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Needs the %1 role; %2 is %3.</source>
        <translation>Serve il ruolo %1; %2 è %3.</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>lettore</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operatore</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>amministratore</translation>
    </message>
</context>
<context>
    <name>ScaleReasonText</name>
    <message>
        <source>utilization %1% above the target of %2%</source>
        <translation>utilizzo %1 % sopra la destinazione del %2 %</translation>
    </message>
    <message>
        <source>utilization %1% below the target of %2% for %3 s</source>
        <translation>utilizzo %1 % sotto la destinazione del %2 % da %3 s</translation>
    </message>
    <message>
        <source>utilization %1% below the target of %2%</source>
        <translation>utilizzo %1 % sotto la destinazione del %2 %</translation>
    </message>
    <message>
        <source>utilization %1% at the target of %2%</source>
        <translation>utilizzo %1 % pari alla destinazione del %2 %</translation>
    </message>
    <message>
        <source>below the minimum of %1 replicas</source>
        <translation>sotto il minimo di %1 repliche</translation>
    </message>
    <message>
        <source>above the maximum of %1 replicas</source>
        <translation>sopra il massimo di %1 repliche</translation>
    </message>
    <message>
        <source>capped by the cluster&apos;s free capacity</source>
        <translation>limitato dalla capacità libera del cluster</translation>
    </message>
    <message>
        <source>waiting for the scale-down delay</source>
        <translation>in attesa del ritardo di riduzione</translation>
    </message>
    <message>
        <source>held at the maximum of %1 replicas</source>
        <translation>fermo al massimo di %1 repliche</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <source>Healthy</source>
        <translation>Integro</translation>
    </message>
    <message>
        <source>Transitioning</source>
        <translation>In transizione</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Non integro</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Chiave</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuna</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>dati delle %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The cluster has not answered since %1: these figures may be out of date.</source>
        <translation>Il cluster non risponde dalle %1: questi valori potrebbero non essere aggiornati.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>adesso</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>tra %n minuto</numerusform>
            <numerusform>tra %n minuti</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minuto fa</numerusform>
            <numerusform>%n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>tra %n ora</numerusform>
            <numerusform>tra %n ore</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n ora fa</numerusform>
            <numerusform>%n ore fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>tra %n giorno</numerusform>
            <numerusform>tra %n giorni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n giorno fa</numerusform>
            <numerusform>%n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>TrayAlertNotifier</name>
    <message>
        <source>Switchyard: alerts firing</source>
        <translation>Switchyard: avvisi attivi</translation>
    </message>
</context>
<context>
    <name>switchyard::app::AboutDialog</name>
    <message>
        <source>About Switchyard</source>
        <translation>Informazioni su Switchyard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switchyard&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Switchyard&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The console of Switchyard: endpoints, versions, traffic and keys of your clusters.</source>
        <translation>La console di Switchyard: endpoint, versioni, traffico e chiavi dei vostri cluster.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Switchyard ships with these libraries, under their own licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Switchyard include queste librerie, ciascuna con la propria licenza:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No cluster selected.</source>
        <translation>Nessun cluster selezionato.</translation>
    </message>
    <message>
        <source>Server of %1: version not known yet.</source>
        <translation>Server di %1: versione non ancora nota.</translation>
    </message>
    <message>
        <source>Server of %1: switchyard-server %2</source>
        <translation>Server di %1: switchyard-server %2</translation>
    </message>
</context>
<context>
    <name>switchyard::app::AlertActions</name>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Avvisi</translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>&amp;Regole di avviso…</translation>
    </message>
    <message>
        <source>Alert &amp;log…</source>
        <translation>Re&amp;gistro avvisi…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Silenzia le notifiche</translation>
    </message>
    <message>
        <source>No desktop notification when an alert fires; the Monitor and the log still show it</source>
        <translation>Nessuna notifica sul desktop quando scatta un avviso; il Monitor e il registro lo mostrano comunque</translation>
    </message>
    <message>
        <source>Open the alert log (Ctrl+Shift+A)</source>
        <translation>Apri il registro degli avvisi (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>Nessun avviso</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n avviso attivo</numerusform>
            <numerusform>%n avvisi attivi</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::app::ConsoleActions</name>
    <message>
        <source>Endpoint %1 created; its first version is starting.</source>
        <translation>Endpoint %1 creato; la prima versione è in avvio.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the endpoint %1?

All its versions stop (%n version(s) and their replicas), its scoring URI answers 404 and its keys stop working. This cannot be undone.</source>
        <translation>
            <numerusform>Eliminare l&apos;endpoint %1?

Tutte le sue versioni si arrestano (%n versione e le sue repliche), il suo URI di assegnazione dei punteggi risponde 404 e le sue chiavi smettono di funzionare. L&apos;operazione non può essere annullata.</numerusform>
            <numerusform>Eliminare l&apos;endpoint %1?

Tutte le sue versioni si arrestano (%n versioni e le loro repliche), il suo URI di assegnazione dei punteggi risponde 404 e le sue chiavi smettono di funzionare. L&apos;operazione non può essere annullata.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Elimina endpoint</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Eliminazione di %1…</translation>
    </message>
    <message>
        <source>Endpoint %1 deleted.</source>
        <translation>Endpoint %1 eliminato.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Impossibile eliminare %1: %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 created.</source>
        <translation>Versione %1 di %2 creata.</translation>
    </message>
    <message>
        <source>Version %1 of %2 saved.</source>
        <translation>Versione %1 di %2 salvata.</translation>
    </message>
    <message numerus="yes">
        <source>Delete version %1 of %2?

Its %n replica(s) stop; the %3 % of traffic it serves goes to the default version.</source>
        <translation>
            <numerusform>Eliminare la versione %1 di %2?

La sua %n replica si arresta; il %3 % di traffico che serve passa alla versione predefinita.</numerusform>
            <numerusform>Eliminare la versione %1 di %2?

Le sue %n repliche si arrestano; il %3 % di traffico che serve passa alla versione predefinita.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Elimina versione</translation>
    </message>
    <message>
        <source>Version %1 deleted.</source>
        <translation>Versione %1 eliminata.</translation>
    </message>
    <message>
        <source>Register model file</source>
        <translation>Registra file del modello</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>Registrazione di %1…</translation>
    </message>
    <message>
        <source>Could not register the model: %1</source>
        <translation>Impossibile registrare il modello: %1</translation>
    </message>
    <message>
        <source>Model %1 registered.</source>
        <translation>Modello %1 registrato.</translation>
    </message>
</context>
<context>
    <name>switchyard::app::ConsoleApp</name>
    <message>
        <source>local</source>
        <translation>locale</translation>
    </message>
    <message>
        <source>Local cluster running at %1 (data in %2).</source>
        <translation>Cluster locale in esecuzione su %1 (dati in %2).</translation>
    </message>
    <message>
        <source>Local cluster</source>
        <translation>Cluster locale</translation>
    </message>
    <message>
        <source>Cannot read the admin token file %1: %2</source>
        <translation>Impossibile leggere il file del token di amministrazione %1: %2</translation>
    </message>
    <message>
        <source>The local cluster is already running.</source>
        <translation>Il cluster locale è già in esecuzione.</translation>
    </message>
    <message>
        <source>Starting a local cluster with the demo endpoint…</source>
        <translation>Avvio di un cluster locale con l&apos;endpoint dimostrativo…</translation>
    </message>
</context>
<context>
    <name>switchyard::app::LocalCluster</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Impossibile avviare %1: %2</translation>
    </message>
    <message>
        <source>The local cluster exited with code %1 before it was ready.
%2</source>
        <translation>Il cluster locale è terminato con codice %1 prima di essere pronto.
%2</translation>
    </message>
    <message>
        <source>The local cluster did not report its address within 30 s.</source>
        <translation>Il cluster locale non ha comunicato il proprio indirizzo entro 30 s.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Impossibile avviare %1.</translation>
    </message>
    <message>
        <source>The local cluster did not say where it listens within 30 s.</source>
        <translation>Il cluster locale non ha detto entro 30 s dove è in ascolto.</translation>
    </message>
    <message>
        <source>The local cluster runs at %1, but its admin token could not be read: %2</source>
        <translation>Il cluster locale è in esecuzione su %1, ma non è stato possibile leggere il token di amministrazione: %2</translation>
    </message>
</context>
<context>
    <name>switchyard::app::MainWindow</name>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Switchyard</source>
        <translation>Switchyard</translation>
    </message>
    <message>
        <source>&amp;Cluster</source>
        <translation>&amp;Cluster</translation>
    </message>
    <message>
        <source>&amp;Attach cluster…</source>
        <translation>&amp;Collega cluster…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Start &amp;local cluster</source>
        <translation>Avvia cluster &amp;locale</translation>
    </message>
    <message>
        <source>Check &amp;connectivity…</source>
        <translation>Verifica co&amp;nnettività…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>&amp;Detach cluster</source>
        <translation>&amp;Scollega cluster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <source>&amp;Create endpoint…</source>
        <translation>&amp;Crea endpoint…</translation>
    </message>
    <message>
        <source>&amp;Delete endpoint…</source>
        <translation>&amp;Elimina endpoint…</translation>
    </message>
    <message>
        <source>&amp;Register model…</source>
        <translation>&amp;Registra modello…</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Versione</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;Nuova versione…</translation>
    </message>
    <message>
        <source>&amp;Edit version…</source>
        <translation>&amp;Modifica versione…</translation>
    </message>
    <message>
        <source>&amp;Delete version…</source>
        <translation>&amp;Elimina versione…</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>Nessun cluster selezionato</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — Switchyard</source>
        <translation>%1 — Switchyard</translation>
    </message>
    <message>
        <source>V&amp;iew</source>
        <translation>V&amp;isualizza</translation>
    </message>
    <message>
        <source>&amp;Monitor</source>
        <translation>&amp;Monitor</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Every endpoint of every attached cluster, live (Ctrl+M)</source>
        <translation>Tutti gli endpoint di tutti i cluster collegati, in tempo reale (Ctrl+M)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Visualizza</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Nessun problema</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) with problems</source>
        <translation>
            <numerusform>%n endpoint con problemi</numerusform>
            <numerusform>%n endpoint con problemi</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>The selected version: settings, replicas, logs, score tester</source>
        <translation>La versione selezionata: impostazioni, repliche, log, test di punteggio</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Every endpoint of this cluster at a glance</source>
        <translation>Tutti gli endpoint di questo cluster a colpo d’occhio</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Operatori…</translation>
    </message>
    <message>
        <source>Add, list and revoke the people who steer this cluster.</source>
        <translation>Aggiungi, elenca e revoca le persone che gestiscono questo cluster.</translation>
    </message>
</context>
<context>
    <name>switchyard::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>switchyard::app::TokenStore</name>
    <message>
        <source>No keychain service is running: the admin token is kept in %1, readable only by you.</source>
        <translation>Nessun servizio portachiavi in esecuzione: il token di amministrazione è conservato in %1, leggibile solo da te.</translation>
    </message>
    <message>
        <source>The admin token could not be saved (%1); you will be asked for it again.</source>
        <translation>Impossibile salvare il token di amministrazione (%1); verrà richiesto di nuovo.</translation>
    </message>
</context>
<context>
    <name>switchyard::app::WindowActions</name>
    <message>
        <source>&amp;Find endpoint</source>
        <translation>&amp;Trova endpoint</translation>
    </message>
    <message>
        <source>Type part of an endpoint&apos;s name to filter the list</source>
        <translation>Digitare parte del nome di un endpoint per filtrare l&apos;elenco</translation>
    </message>
    <message>
        <source>&amp;Apply traffic plan</source>
        <translation>&amp;Applica il piano di traffico</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Send the pending traffic plan of the focused endpoint</source>
        <translation>Invia il piano di traffico in sospeso dell&apos;endpoint selezionato</translation>
    </message>
    <message>
        <source>There is no pending traffic plan to apply.</source>
        <translation>Non c&apos;è alcun piano di traffico in sospeso da applicare.</translation>
    </message>
    <message>
        <source>Re&amp;vert traffic plan</source>
        <translation>Ri&amp;pristina il piano di traffico</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Forget the pending traffic plan and show the live split again</source>
        <translation>Scarta il piano di traffico in sospeso e mostra di nuovo la ripartizione attiva</translation>
    </message>
    <message>
        <source>There is no pending traffic plan to revert.</source>
        <translation>Non c&apos;è alcun piano di traffico in sospeso da ripristinare.</translation>
    </message>
    <message>
        <source>&amp;Promote selected version</source>
        <translation>Pro&amp;muovi la versione selezionata</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Make the version selected in the versions list the endpoint&apos;s control</source>
        <translation>Rende controllo dell&apos;endpoint la versione selezionata nell&apos;elenco delle versioni</translation>
    </message>
    <message>
        <source>R&amp;otate keys…</source>
        <translation>R&amp;uota le chiavi…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Regenerate the focused endpoint&apos;s keys in the order that keeps every client working</source>
        <translation>Rigenera le chiavi dell&apos;endpoint selezionato nell&apos;ordine che mantiene funzionanti tutti i client</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;uto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Switchyard</source>
        <translation>&amp;Informazioni su Switchyard</translation>
    </message>
    <message>
        <source>Select the version to promote in the versions list first.</source>
        <translation>Selezionare prima, nell&apos;elenco delle versioni, la versione da promuovere.</translation>
    </message>
    <message>
        <source>Version %1 cannot be promoted: it is already the control, or the endpoint is busy.</source>
        <translation>La versione %1 non può essere promossa: è già il controllo, oppure l&apos;endpoint è occupato.</translation>
    </message>
    <message>
        <source>The focused endpoint has no keys to rotate (its authentication mode is not key).</source>
        <translation>L&apos;endpoint selezionato non ha chiavi da ruotare (la sua modalità di autenticazione non è a chiave).</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Trova</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promuovi</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Ruota le chiavi</translation>
    </message>
</context>
<context>
    <name>switchyard::models::AlertLogModel</name>
    <message>
        <source>The condition began at %1; the alert fired at %2.</source>
        <translation>La condizione è iniziata alle %1; l&apos;avviso è scattato alle %2.</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>attivo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Avviso</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regola</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Misurato</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Peggiore</translation>
    </message>
    <message>
        <source>The alert was still firing when the console closed (last seen at %1); whether its condition went on after that is not known.</source>
        <translation>L&apos;avviso era ancora attivo quando la console è stata chiusa (visto l&apos;ultima volta alle %1); non si sa se la condizione sia proseguita dopo.</translation>
    </message>
    <message>
        <source>%1, console closed</source>
        <translation>%1, console chiusa</translation>
    </message>
</context>
<context>
    <name>switchyard::models::ClusterListModel</name>
    <message>
        <source>%1 of %2 cores · %3 of %4 GB</source>
        <translation>%1 di %2 core · %3 di %4 GB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connessione</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocato</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Dettagli: %1</translation>
    </message>
</context>
<context>
    <name>switchyard::models::ConnectivityCheck</name>
    <message>
        <source>&apos;%1&apos; is not a URL with a host.</source>
        <translation>&apos;%1&apos; non è un URL con un host.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>nessun indirizzo</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 non viene risolto: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>nessuna connessione</translation>
    </message>
    <message>
        <source>connected to %1 port %2</source>
        <translation>connesso a %1 porta %2</translation>
    </message>
    <message>
        <source>no answer within %1 s (a firewall?)</source>
        <translation>nessuna risposta entro %1 s (un firewall?)</translation>
    </message>
    <message>
        <source>not used: plain HTTP (tokens travel unencrypted; use https:// off this host)</source>
        <translation>non usato: HTTP semplice (i token viaggiano in chiaro; usare https:// fuori da questo host)</translation>
    </message>
    <message>
        <source>no trusted TLS</source>
        <translation>nessun TLS attendibile</translation>
    </message>
    <message>
        <source>certificate for %1 issued by %2, valid until %3</source>
        <translation>certificato per %1 emesso da %2, valido fino al %3</translation>
    </message>
    <message>
        <source> — give the cluster&apos;s CA file when attaching.</source>
        <translation> — indicare il file CA del cluster durante il collegamento.</translation>
    </message>
    <message>
        <source>the admin token is accepted (200)</source>
        <translation>il token di amministrazione è accettato (200)</translation>
    </message>
    <message>
        <source>the admin token is refused (401): copy it again from &lt;data-dir&gt;/admin-token</source>
        <translation>il token di amministrazione è rifiutato (401): copiarlo di nuovo da &lt;data-dir&gt;/admin-token</translation>
    </message>
    <message>
        <source>unexpected answer %1 — is this a Switchyard server?</source>
        <translation>risposta inattesa %1 — è un server Switchyard?</translation>
    </message>
    <message>
        <source>not verified (this cluster is attached with verification off): %1</source>
        <translation>non verificato (questo cluster è collegato con la verifica disattivata): %1</translation>
    </message>
</context>
<context>
    <name>switchyard::models::EndpointListModel</name>
    <message>
        <source>%1
Scoring URI: %2
Default version: %3</source>
        <translation>%1
URI di assegnazione dei punteggi: %2
Versione predefinita: %3</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versioni</translation>
    </message>
    <message>
        <source>Effective split</source>
        <translation>Ripartizione effettiva</translation>
    </message>
</context>
<context>
    <name>switchyard::models::MonitorModel</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 % of %2 %</source>
        <translation>%1 % su %2 %</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 does not answer: these figures are as of %2.</source>
        <translation>%1 non risponde: questi valori risalgono alle %2.</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (alle %2)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinita</translation>
    </message>
    <message>
        <source>control</source>
        <translation>controllo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Answers with a 4xx status in the last second, as a share of all requests</source>
        <translation>Risposte con stato 4xx nell&apos;ultimo secondo, in percentuale su tutte le richieste</translation>
    </message>
    <message>
        <source>Answers with a 5xx status in the last second (including the router&apos;s 502, 503 and 504)</source>
        <translation>Risposte con stato 5xx nell&apos;ultimo secondo (compresi i 502, 503 e 504 del router)</translation>
    </message>
    <message>
        <source>Busy replica slots against the autoscaling target</source>
        <translation>Posti occupati nelle repliche rispetto alla destinazione del ridimensionamento automatico</translation>
    </message>
    <message>
        <source>Requests per second over the last five minutes</source>
        <translation>Richieste al secondo negli ultimi cinque minuti</translation>
    </message>
    <message>
        <source>99th percentile latency over the last five minutes</source>
        <translation>Latenza al 99° percentile negli ultimi cinque minuti</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Endpoint / version</source>
        <translation>Endpoint / versione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Ripartizione</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Richieste/s</translation>
    </message>
    <message>
        <source>4xx</source>
        <translation>4xx</translation>
    </message>
    <message>
        <source>5xx</source>
        <translation>5xx</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Repliche</translation>
    </message>
    <message>
        <source>Requests/s trend</source>
        <translation>Andamento richieste/s</translation>
    </message>
    <message>
        <source>p99 trend</source>
        <translation>Andamento p99</translation>
    </message>
    <message>
        <source>Who made the endpoint&apos;s last change (traffic, versions, keys), and when</source>
        <translation>Chi ha fatto l&apos;ultima modifica all&apos;endpoint (traffico, versioni, chiavi), e quando</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modifica</translation>
    </message>
    <message>
        <source>No change among the cluster&apos;s recent events.</source>
        <translation>Nessuna modifica tra gli eventi recenti del cluster.</translation>
    </message>
</context>
<context>
    <name>switchyard::models::ReplicaTableModel</name>
    <message>
        <source>Started at %1</source>
        <translation>Avviata alle %1</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Riavvii</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Età</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>In avvio</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronta</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>In svuotamento</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>In terminazione</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 g %2 h</translation>
    </message>
</context>
<context>
    <name>switchyard::models::SessionConnection</name>
    <message>
        <source>connecting</source>
        <translation>connessione in corso</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connesso</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>riconnessione in corso</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>non raggiungibile</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>non risponde</translation>
    </message>
    <message>
        <source>No answer to any call since %1.</source>
        <translation>Nessuna risposta ad alcuna chiamata dalle %1.</translation>
    </message>
</context>
<context>
    <name>switchyard::models::VersionTableModel</name>
    <message>
        <source>Control</source>
        <translation>Controllo</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Trattamento</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Desired / ready / busy replicas</source>
        <translation>Repliche desiderate / pronte / occupate</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffico</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <source>Replicas d/r/b</source>
        <translation>Repliche d/p/o</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilizzo</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AlertLogDialog</name>
    <message>
        <source>Alert log</source>
        <translation>Registro avvisi</translation>
    </message>
    <message>
        <source>This log is not kept after the console closes: its file could not be read nor set aside (the console&apos;s log says why).</source>
        <translation>Questo registro non viene conservato dopo la chiusura della console: il suo file non si è potuto leggere né spostare da parte (il log della console spiega perché).</translation>
    </message>
    <message>
        <source>Kept across console sessions in %1: the last %2 episodes, none older than %3 days. An alert still firing when the console closed ends there as &quot;console closed&quot;.</source>
        <translation>Conservato tra una sessione della console e l&apos;altra in %1: gli ultimi %2 episodi, nessuno più vecchio di %3 giorni. Un avviso ancora attivo alla chiusura della console vi termina come &quot;console chiusa&quot;.</translation>
    </message>
    <message>
        <source>No alert has fired yet.</source>
        <translation>Nessun avviso è ancora scattato.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in the log, %1 firing now</source>
        <translation>
            <numerusform>%n episodio nel registro, %1 attivi ora</numerusform>
            <numerusform>%n episodi nel registro, %1 attivi ora</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AlertNotifications</name>
    <message>
        <source>Switchyard alert: %1</source>
        <translation>Avviso di Switchyard: %1</translation>
    </message>
    <message>
        <source>%1 Rule: %2.</source>
        <translation>%1 Regola: %2.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AlertRulesDialog</name>
    <message>
        <source>Alert rules</source>
        <translation>Regole di avviso</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Cluster:</source>
        <translation>&amp;Cluster:</translation>
    </message>
    <message>
        <source>&amp;Applies to:</source>
        <translation>&amp;Si applica a:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert when&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avvisa quando&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threshold&lt;/b&gt;</source>
        <translation>&lt;b&gt;Soglia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;For at least&lt;/b&gt;</source>
        <translation>&lt;b&gt;Per almeno&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A version is Unhealthy or Failed</source>
        <translation>Una versione è Non integra o Non riuscita</translation>
    </message>
    <message>
        <source>Errors are above</source>
        <translation>Gli errori superano</translation>
    </message>
    <message>
        <source>p99 latency is above</source>
        <translation>La latenza p99 supera</translation>
    </message>
    <message>
        <source>Replicas are pinned at the maximum</source>
        <translation>Le repliche restano al massimo</translation>
    </message>
    <message>
        <source>The cluster is unreachable or not responding</source>
        <translation>Il cluster non è raggiungibile o non risponde</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>How long the condition must hold, without a break, before the alert fires (0: at once)</source>
        <translation>Per quanto tempo la condizione deve durare, senza interruzioni, prima che l&apos;avviso scatti (0: subito)</translation>
    </message>
    <message>
        <source>Same as the cluster</source>
        <translation>Come il cluster</translation>
    </message>
    <message>
        <source>Count client errors (4xx) too, not only server errors (5xx)</source>
        <translation>Conta anche gli errori del client (4xx), non solo quelli del server (5xx)</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Ripristina i valori predefiniti</translation>
    </message>
    <message>
        <source>Forget this cluster&apos;s or endpoint&apos;s own rules</source>
        <translation>Dimentica le regole proprie di questo cluster o endpoint</translation>
    </message>
    <message>
        <source>&amp;Mute desktop notifications (alerts still show in the Monitor and the log)</source>
        <translation>&amp;Silenzia le notifiche sul desktop (gli avvisi restano visibili nel Monitor e nel registro)</translation>
    </message>
    <message>
        <source>An alert fires once when its condition has held for the time given, and clears when the condition ends; every episode goes to the alert log. Rules are kept in the console&apos;s settings.</source>
        <translation>Un avviso scatta una volta quando la sua condizione è durata per il tempo indicato, e si chiude quando la condizione finisce; ogni episodio va nel registro degli avvisi. Le regole sono conservate nelle impostazioni della console.</translation>
    </message>
    <message>
        <source>All endpoints of the cluster</source>
        <translation>Tutti gli endpoint del cluster</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>Attach a cluster to set its alert rules.</source>
        <translation>Collega un cluster per impostarne le regole di avviso.</translation>
    </message>
    <message>
        <source>Rules of endpoint %1 only; those marked “Same as the cluster” follow the cluster&apos;s rules. Whether the cluster is reachable is the cluster&apos;s rule.</source>
        <translation>Regole del solo endpoint %1; quelle segnate “Come il cluster” seguono le regole del cluster. La raggiungibilità del cluster è una regola del cluster.</translation>
    </message>
    <message>
        <source>Rules of every endpoint of this cluster, unless an endpoint sets its own.</source>
        <translation>Regole di ogni endpoint di questo cluster, salvo quelli che ne impostano di proprie.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AttachClusterDialog</name>
    <message>
        <source>Attach cluster</source>
        <translation>Collega cluster</translation>
    </message>
    <message>
        <source>optional; the cluster&apos;s own name is used otherwise</source>
        <translation>facoltativo; altrimenti si usa il nome del cluster</translation>
    </message>
    <message>
        <source>the content of &lt;data-dir&gt;/admin-token</source>
        <translation>il contenuto di &lt;data-dir&gt;/admin-token</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>Da file…</translation>
    </message>
    <message>
        <source>only for a certificate your system does not trust</source>
        <translation>solo per un certificato non attendibile per il sistema</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>File CA:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Collega</translation>
    </message>
    <message>
        <source>Check connectivity…</source>
        <translation>Verifica connettività…</translation>
    </message>
    <message>
        <source>Admin token file</source>
        <translation>File del token di amministrazione</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossibile leggere %1: %2</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>Certificato CA (PEM)</translation>
    </message>
    <message>
        <source>Enter the cluster&apos;s URL, e.g. http://127.0.0.1:8480.</source>
        <translation>Immettere l&apos;URL del cluster, ad esempio http://127.0.0.1:8480.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https:// and name a host.</source>
        <translation>L&apos;URL deve iniziare con http:// o https:// e indicare un host.</translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation>Il file CA non esiste.</translation>
    </message>
    <message>
        <source>Admin token or operator credential:</source>
        <translation>Token di amministrazione o credenziale da operatore:</translation>
    </message>
    <message>
        <source>Enter the admin token (the server writes it to &lt;data-dir&gt;/admin-token) or an operator credential.</source>
        <translation>Inserisci il token di amministrazione (il server lo scrive in &lt;data-dir&gt;/admin-token) o una credenziale da operatore.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AuthModePanel</name>
    <message>
        <source>Authentication</source>
        <translation>Autenticazione</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>None (anyone may score)</source>
        <translation>Nessuna (chiunque può richiedere punteggi)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Cambia…</translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation>Cambia l&apos;autenticazione</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambia</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <source>Authentication changed.</source>
        <translation>Autenticazione cambiata.</translation>
    </message>
    <message>
        <source>Both keys stop working at once: clients that send a key get 401.</source>
        <translation>Entrambe le chiavi smettono subito di funzionare: i client che inviano una chiave ricevono 401.</translation>
    </message>
    <message>
        <source>Tokens stop working at once: clients that send a token get 401.</source>
        <translation>I token smettono subito di funzionare: i client che inviano un token ricevono 401.</translation>
    </message>
    <message>
        <source>Clients must then send the primary or secondary key.</source>
        <translation>I client dovranno poi inviare la chiave primaria o secondaria.</translation>
    </message>
    <message>
        <source>Clients must then get a token and refresh it before it expires.</source>
        <translation>I client dovranno poi ottenere un token e rinnovarlo prima della scadenza.</translation>
    </message>
    <message>
        <source>Afterwards anyone who can reach the scoring address can use the endpoint.</source>
        <translation>In seguito chiunque raggiunga l&apos;indirizzo di assegnazione dei punteggi potrà usare l&apos;endpoint.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ClusterDetailsView</name>
    <message>
        <source>Purpose: %1 · server %2</source>
        <translation>Scopo: %1 · server %2</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>CPU %1 of %2 cores</source>
        <translation>CPU %1 di %2 core</translation>
    </message>
    <message>
        <source>Memory %1 of %2 GB</source>
        <translation>Memoria %1 di %2 GB</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Figures %1, not confirmed since.</source>
        <translation>Valori (%1) non più confermati.</translation>
    </message>
    <message>
        <source>Signed in with the cluster&apos;s admin token (%1)</source>
        <translation>Connesso con il token di amministrazione del cluster (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Connesso come %1 (%2)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ClustersPane</name>
    <message>
        <source>&lt;b&gt;Clusters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cluster&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Collega…</translation>
    </message>
    <message>
        <source>No cluster attached yet.
Attach one by URL and admin token, or start a local cluster with a demo endpoint on this computer.</source>
        <translation>Nessun cluster ancora collegato.
Collegarne uno con URL e token di amministrazione, oppure avviare su questo computer un cluster locale con un endpoint dimostrativo.</translation>
    </message>
    <message>
        <source>Start local cluster</source>
        <translation>Avvia cluster locale</translation>
    </message>
    <message>
        <source>Attach a cluster by its URL and admin token or operator credential.</source>
        <translation>Collega un cluster con il suo URL e il token di amministrazione o una credenziale da operatore.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ComparisonView</name>
    <message>
        <source>Comparison window</source>
        <translation>Intervallo di confronto</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Ultimi 5 minuti</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Ultimi 15 minuti</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Ultima ora</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Richieste</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Tasso di errori</translation>
    </message>
    <message>
        <source>Error rate differs?</source>
        <translation>Il tasso di errori differisce?</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latenza p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latenza p99</translation>
    </message>
    <message>
        <source>Mean utilization</source>
        <translation>Utilizzo medio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Control vs treatments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Controllo e trattamenti a confronto&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a control version to compare the treatments with it.</source>
        <translation>Scegliere una versione di controllo con cui confrontare i trattamenti.</translation>
    </message>
    <message>
        <source>No metrics yet.</source>
        <translation>Nessuna metrica per ora.</translation>
    </message>
    <message>
        <source>Differences are treatment minus control. The error rates differ significantly when the two-proportion z-test gives p &lt; 0.05.</source>
        <translation>Le differenze sono trattamento meno controllo. I tassi di errore differiscono in modo significativo quando il test z a due proporzioni dà p &lt; 0,05.</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (controllo)</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Δ %1</source>
        <translation>Δ %1</translation>
    </message>
    <message>
        <source> pp</source>
        <translation> pp</translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation>dati insufficienti</translation>
    </message>
    <message>
        <source>yes (p = %1)</source>
        <translation>sì (p = %1)</translation>
    </message>
    <message>
        <source>no (p = %1)</source>
        <translation>no (p = %1)</translation>
    </message>
    <message>
        <source>z = %1</source>
        <translation>z = %1</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Ultimo minuto</translation>
    </message>
    <message>
        <source>live, as of %1</source>
        <translation>in tempo reale, alle %1</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ConnectivityDialog</name>
    <message>
        <source>Connectivity check — %1</source>
        <translation>Verifica della connettività — %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Passaggio</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Risoluzione del nome</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>Connessione TCP</translation>
    </message>
    <message>
        <source>TLS handshake and certificate</source>
        <translation>Handshake TLS e certificato</translation>
    </message>
    <message>
        <source>API authentication</source>
        <translation>Autenticazione API</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Verifica di nuovo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica in corso…</translation>
    </message>
    <message>
        <source>— not tried: %1</source>
        <translation>— non tentato: %1</translation>
    </message>
    <message>
        <source>The cluster is reachable and accepts the admin token.</source>
        <translation>Il cluster è raggiungibile e accetta il token di amministrazione.</translation>
    </message>
    <message>
        <source>Fix the first failing step; the steps after it depend on it.</source>
        <translation>Correggere il primo passaggio non riuscito; i successivi dipendono da esso.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::CreateEndpointDialog</name>
    <message>
        <source>Create endpoint</source>
        <translation>Crea endpoint</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>e.g. churn</source>
        <translation>ad es. churn</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <source>3–32 characters: lower-case letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>3–32 caratteri: lettere minuscole, cifre e &apos;-&apos;, iniziando con una lettera.</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>key=value, key2=value</source>
        <translation>chiave=valore, chiave2=valore</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Keys (primary and secondary)</source>
        <translation>Chiavi (primaria e secondaria)</translation>
    </message>
    <message>
        <source>Tokens (expiring JWT)</source>
        <translation>Token (JWT con scadenza)</translation>
    </message>
    <message>
        <source>None (anyone who can reach it)</source>
        <translation>Nessuna (chiunque lo raggiunga)</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Autenticazione:</translation>
    </message>
    <message>
        <source>How clients authenticate when they call the scoring URI.</source>
        <translation>Come si autenticano i client quando chiamano l&apos;URI di assegnazione dei punteggi.</translation>
    </message>
    <message>
        <source>First version (becomes the default)</source>
        <translation>Prima versione (diventa la predefinita)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::CredentialsView</name>
    <message>
        <source>This endpoint needs no credential: anyone who can reach it can score.</source>
        <translation>Questo endpoint non richiede credenziali: chiunque lo raggiunga può richiedere punteggi.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::DashboardPane</name>
    <message>
        <source>%1
The tiles show the figures %2.</source>
        <translation>%1
Le schede mostrano i %2.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::DashboardView</name>
    <message>
        <source>Endpoints dashboard</source>
        <translation>Dashboard degli endpoint</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoint</numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoints on this cluster yet.</source>
        <translation>Nessun endpoint ancora in questo cluster.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Apri %1</translation>
    </message>
    <message>
        <source>Replicas: %1 of %2 ready</source>
        <translation>Repliche: %1 pronte su %2</translation>
    </message>
    <message>
        <source>Load: %1 % of target</source>
        <translation>Carico: %1 % dell&apos;obiettivo</translation>
    </message>
    <message>
        <source>Load: no samples yet</source>
        <translation>Carico: ancora nessun campione</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::EffectiveSplitBar</name>
    <message>
        <source>Effective traffic split</source>
        <translation>Ripartizione effettiva del traffico</translation>
    </message>
    <message>
        <source>%1 %2 % (default)</source>
        <translation>%1 %2 % (predefinita)</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::EndpointRolloutView</name>
    <message>
        <source>Traffic</source>
        <translation>Traffico</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promuovi</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Grafici</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Cronologia</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Chiavi</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Non connesso.</translation>
    </message>
    <message>
        <source>Endpoint pages</source>
        <translation>Pagine dell’endpoint</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Drag traffic between the versions</source>
        <translation>Sposta il traffico tra le versioni</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Compare the treatments with the control live, and promote</source>
        <translation>Confronta in tempo reale i trattamenti con il controllo e promuovi</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Requests, errors, latency, utilization and replicas of every version</source>
        <translation>Richieste, errori, latenza, utilizzo e repliche di ogni versione</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>See and rotate the keys</source>
        <translation>Visualizza e ruota le chiavi</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>What changed, and when</source>
        <translation>Cosa è cambiato, e quando</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No endpoint selected</source>
        <translation>Nessun endpoint selezionato</translation>
    </message>
    <message>
        <source>Select a cluster, then one of its endpoints: its traffic, versions, charts and keys show here.</source>
        <translation>Selezionare un cluster, poi uno dei suoi endpoint: qui compaiono il traffico, le versioni, i grafici e le chiavi.</translation>
    </message>
    <message>
        <source>Waiting for the cluster; then select an endpoint to see its traffic, versions, charts and keys here.</source>
        <translation>In attesa del cluster; poi selezionare un endpoint per vederne qui il traffico, le versioni, i grafici e le chiavi.</translation>
    </message>
    <message>
        <source>This cluster has no endpoints yet. Create one (%1) to serve a model; its traffic, versions, charts and keys then show here.</source>
        <translation>Questo cluster non ha ancora endpoint. Crearne uno (%1) per servire un modello; qui compariranno poi il traffico, le versioni, i grafici e le chiavi.</translation>
    </message>
    <message>
        <source>Select an endpoint in the list to steer its traffic, compare its versions, watch its charts and rotate its keys.</source>
        <translation>Selezionare un endpoint nell&apos;elenco per guidarne il traffico, confrontarne le versioni, seguirne i grafici e ruotarne le chiavi.</translation>
    </message>
    <message>
        <source>Create endpoint…</source>
        <translation>Crea endpoint…</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::EndpointsPane</name>
    <message>
        <source>&lt;b&gt;Endpoints&lt;/b&gt;</source>
        <translation>&lt;b&gt;Endpoint&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Crea…</translation>
    </message>
    <message>
        <source>Create an endpoint with its first version.</source>
        <translation>Crea un endpoint con la sua prima versione.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filtra endpoint</translation>
    </message>
    <message>
        <source>Select a cluster to see its endpoints.</source>
        <translation>Selezionare un cluster per vederne gli endpoint.</translation>
    </message>
    <message>
        <source>Waiting for the cluster (%1).</source>
        <translation>In attesa del cluster (%1).</translation>
    </message>
    <message>
        <source>No endpoint matches &quot;%1&quot;.</source>
        <translation>Nessun endpoint corrisponde a &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This cluster has no endpoints yet.
Create one to serve a registered model.</source>
        <translation>Questo cluster non ha ancora endpoint.
Crearne uno per servire un modello registrato.</translation>
    </message>
    <message>
        <source>Create endpoint…</source>
        <translation>Crea endpoint…</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::HistoryView</name>
    <message>
        <source>Change history</source>
        <translation>Cronologia delle modifiche</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Cosa è successo</translation>
    </message>
    <message>
        <source>Restore this split</source>
        <translation>Ripristina questa ripartizione</translation>
    </message>
    <message>
        <source>Make the split this change set live again, in one change.</source>
        <translation>Rende di nuovo attiva, con una sola modifica, la ripartizione impostata da questa modifica.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Ripristino in corso…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cronologia&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The split was restored.</source>
        <translation>La ripartizione è stata ripristinata.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::KeysPanel</name>
    <message>
        <source>Rotate keys…</source>
        <translation>Ruota le chiavi…</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Ruota le chiavi</translation>
    </message>
    <message>
        <source>Regenerate both keys in the order that keeps every client working.</source>
        <translation>Rigenera entrambe le chiavi nell&apos;ordine che mantiene funzionanti tutti i client.</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Appunti svuotati.</translation>
    </message>
    <message>
        <source>Primary key:</source>
        <translation>Chiave primaria:</translation>
    </message>
    <message>
        <source>Secondary key:</source>
        <translation>Chiave secondaria:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Chiavi&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Chiave primaria</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Chiave secondaria</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostra</translation>
    </message>
    <message>
        <source>Show primary key</source>
        <translation>Mostra chiave primaria</translation>
    </message>
    <message>
        <source>Show secondary key</source>
        <translation>Mostra chiave secondaria</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy primary key</source>
        <translation>Copia chiave primaria</translation>
    </message>
    <message>
        <source>Copy secondary key</source>
        <translation>Copia chiave secondaria</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after 30 seconds.</source>
        <translation>Copia negli appunti; vengono svuotati di nuovo dopo 30 secondi.</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Rigenera…</translation>
    </message>
    <message>
        <source>Regenerate primary key</source>
        <translation>Rigenera chiave primaria</translation>
    </message>
    <message>
        <source>Regenerate secondary key</source>
        <translation>Rigenera chiave secondaria</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Nascondi</translation>
    </message>
    <message>
        <source>Primary key copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Chiave primaria copiata; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
    <message>
        <source>Secondary key copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Chiave secondaria copiata; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
    <message>
        <source>Regenerate the primary key of %1?

Every client that sends the primary key gets 401 from the moment the new key exists, until it uses the new key. Clients that use the secondary key keep working. To rotate without downtime, use Rotate keys instead.</source>
        <translation>Rigenerare la chiave primaria di %1?

Ogni client che invia la chiave primaria riceve 401 dal momento in cui esiste la nuova chiave, finché non usa la nuova chiave. I client che usano la chiave secondaria continuano a funzionare. Per ruotare senza interruzioni, usare invece Ruota le chiavi.</translation>
    </message>
    <message>
        <source>Regenerate the secondary key of %1?

Every client that sends the secondary key gets 401 from the moment the new key exists, until it uses the new key. Clients that use the primary key keep working.</source>
        <translation>Rigenerare la chiave secondaria di %1?

Ogni client che invia la chiave secondaria riceve 401 dal momento in cui esiste la nuova chiave, finché non usa la nuova chiave. I client che usano la chiave primaria continuano a funzionare.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Rigenerazione in corso…</translation>
    </message>
    <message>
        <source>Keys updated.</source>
        <translation>Chiavi aggiornate.</translation>
    </message>
    <message>
        <source>Last rotated: unknown</source>
        <translation>Ultima rotazione: sconosciuta</translation>
    </message>
    <message numerus="yes">
        <source>Last rotated %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Ultima rotazione %1 (%n giorno fa)</numerusform>
            <numerusform>Ultima rotazione %1 (%n giorni fa)</numerusform>
        </translation>
    </message>
    <message>
        <source>A key is older than %1 days. Rotate the keys (Rotate keys…) to limit what a leaked key can do.</source>
        <translation>Una chiave ha più di %1 giorni. Ruotare le chiavi (Ruota le chiavi…) per limitare i danni di una chiave divulgata.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::LogView</name>
    <message>
        <source>last </source>
        <translation>ultime </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> righe</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Segui</translation>
    </message>
    <message>
        <source>Reload every two seconds and keep the newest line in view.</source>
        <translation>Ricarica ogni due secondi e mantiene visibile l&apos;ultima riga.</translation>
    </message>
    <message>
        <source>Search (Enter: next)</source>
        <translation>Cerca (Invio: successivo)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Ricarica</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the selection, or everything when nothing is selected.</source>
        <translation>Copia la selezione, o tutto se non è selezionato nulla.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copiato.</translation>
    </message>
    <message>
        <source>Select a version to see its logs.</source>
        <translation>Selezionare una versione per vederne i log.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Could not load the logs: %1</source>
        <translation>Impossibile caricare i log: %1</translation>
    </message>
    <message>
        <source>No log lines yet.</source>
        <translation>Nessuna riga di log per ora.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n riga.</numerusform>
            <numerusform>%n righe.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found.</source>
        <translation>&quot;%1&quot; non trovato.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::MetricChart</name>
    <message>
        <source>Scale events</source>
        <translation>Eventi di ridimensionamento</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::MetricChartsView</name>
    <message>
        <source>Version shown</source>
        <translation>Versione mostrata</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>Tutte le versioni</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Intervallo di tempo</translation>
    </message>
    <message>
        <source>5 min</source>
        <translation>5 min</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause charts</source>
        <translation>Metti in pausa i grafici</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Esporta PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Esporta i grafici come PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Esporta i campioni come CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilizzo</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Repliche</translation>
    </message>
    <message>
        <source>Queued requests</source>
        <translation>Richieste in coda</translation>
    </message>
    <message>
        <source>Requests and errors per second</source>
        <translation>Richieste ed errori al secondo</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenza</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Intervallo:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Riprendi</translation>
    </message>
    <message>
        <source>Resume charts</source>
        <translation>Riprendi i grafici</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>In pausa</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desiderate</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronte</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupate</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In coda</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Richieste/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Errori/s</translation>
    </message>
    <message>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>Target %1 %</source>
        <translation>Destinazione %1 %</translation>
    </message>
    <message>
        <source>%1 scaled up from %2 to %3: %4</source>
        <translation>%1 aumentata da %2 a %3: %4</translation>
    </message>
    <message>
        <source>%1 scaled down from %2 to %3: %4</source>
        <translation>%1 ridotta da %2 a %3: %4</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Salvato %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Impossibile salvare %1</translation>
    </message>
    <message>
        <source>Ready replicas</source>
        <translation>Repliche pronte</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (controllo)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 richieste</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errori</translation>
    </message>
    <message>
        <source>%1 p99</source>
        <translation>%1 p99</translation>
    </message>
    <message>
        <source>%1 p50</source>
        <translation>%1 p50</translation>
    </message>
    <message>
        <source>Requests/s (solid), errors/s (dashed)</source>
        <translation>Richieste/s (continua), errori/s (tratteggiata)</translation>
    </message>
    <message>
        <source>Latency p99 (solid), p50 (dotted)</source>
        <translation>Latenza p99 (continua), p50 (punteggiata)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::MonitorView</name>
    <message>
        <source>Filter by cluster, endpoint or version</source>
        <translation>Filtra per cluster, endpoint o versione</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Solo problemi</translation>
    </message>
    <message>
        <source>Endpoints and versions that are not Healthy or answered with a server error in the last second</source>
        <translation>Endpoint e versioni non integri o che hanno risposto con un errore del server nell&apos;ultimo secondo</translation>
    </message>
    <message>
        <source>No endpoints yet. Attach a cluster, or create an endpoint: its live figures show here within a second.</source>
        <translation>Ancora nessun endpoint. Collegare un cluster o creare un endpoint: i suoi valori in tempo reale compaiono qui entro un secondo.</translation>
    </message>
    <message>
        <source>No problems: every endpoint is Healthy and answered without server errors in the last second.</source>
        <translation>Nessun problema: ogni endpoint è integro e ha risposto senza errori del server nell&apos;ultimo secondo.</translation>
    </message>
    <message>
        <source>No endpoint matches the filter.</source>
        <translation>Nessun endpoint corrisponde al filtro.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) shown, %1 with problems</source>
        <translation>
            <numerusform>%n endpoint mostrato, %1 con problemi</numerusform>
            <numerusform>%n endpoint mostrati, %1 con problemi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) cannot be shown here: %1. Its server answered 404 to GET /api/v1/monitor, so it is older than the Monitor; update switchyard-server there. Its endpoints still show in the main view.</source>
        <translation>
            <numerusform>%n cluster non può essere mostrato qui: %1. Il suo server ha risposto 404 a GET /api/v1/monitor, quindi è precedente al Monitor: aggiorna switchyard-server su quel cluster. I suoi endpoint restano visibili nella vista principale.</numerusform>
            <numerusform>%n cluster non possono essere mostrati qui: %1. I loro server hanno risposto 404 a GET /api/v1/monitor, quindi sono precedenti al Monitor: aggiorna switchyard-server su quei cluster. I loro endpoint restano visibili nella vista principale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operatori</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Ultimo uso</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoca…</translation>
    </message>
    <message>
        <source>End this credential: it is refused from the next request on.</source>
        <translation>Termina questa credenziale: viene rifiutata dalla prossima richiesta.</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>ad es. alice</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 giorno</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 giorni</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 giorni</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <source>The new credential is shown here, once.</source>
        <translation>La nuova credenziale compare qui, una sola volta.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the credential; the clipboard is cleared after 30 seconds.</source>
        <translation>Copia la credenziale; gli appunti vengono svuotati dopo 30 secondi.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators of this cluster&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operatori di questo cluster&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add an operator&lt;/b&gt;</source>
        <translation>&lt;b&gt;Aggiungi un operatore&lt;/b&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Aggiunta in corso…</translation>
    </message>
    <message>
        <source>Give this credential to %1 now: it is not shown again.</source>
        <translation>Consegna ora questa credenziale a %1: non verrà mostrata di nuovo.</translation>
    </message>
    <message>
        <source>Revoke operator</source>
        <translation>Revoca operatore</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s credential? It is refused from the next request on.</source>
        <translation>Revocare la credenziale di %1? Verrà rifiutata dalla prossima richiesta.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoca</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 è stato revocato.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::PromotePanel</name>
    <message>
        <source>Version</source>
        <translation>Versione</translation>
    </message>
    <message>
        <source>What the promotion moves</source>
        <translation>Cosa sposta la promozione</translation>
    </message>
    <message>
        <source>Control only</source>
        <translation>Solo controllo</translation>
    </message>
    <message>
        <source>Control and default</source>
        <translation>Controllo e predefinita</translation>
    </message>
    <message>
        <source>Control, default and all traffic</source>
        <translation>Controllo, predefinita e tutto il traffico</translation>
    </message>
    <message>
        <source>Promote to control</source>
        <translation>Promuovi a controllo</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Imposta come predefinita</translation>
    </message>
    <message>
        <source>The default version gets whatever the percentiles leave over.</source>
        <translation>La versione predefinita riceve quanto resta dalle percentuali.</translation>
    </message>
    <message>
        <source>Make treatment</source>
        <translation>Rendi trattamento</translation>
    </message>
    <message>
        <source>The control becomes a treatment; the endpoint then has no control.</source>
        <translation>Il controllo diventa un trattamento; l&apos;endpoint resta senza controllo.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Versione:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Ruolo:</translation>
    </message>
    <message>
        <source>Promote:</source>
        <translation>Promuovi:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fatto.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <source>No version</source>
        <translation>Nessuna versione</translation>
    </message>
    <message>
        <source>control</source>
        <translation>controllo</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>trattamento</translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation>%1, predefinita</translation>
    </message>
    <message>
        <source>%1; effective traffic %2 %</source>
        <translation>%1; traffico effettivo %2 %</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ReplicaCalculatorBox</name>
    <message>
        <source>Replica calculator</source>
        <translation>Calcolatore di repliche</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> rich./s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Use as minimum</source>
        <translation>Usa come minimo</translation>
    </message>
    <message>
        <source>Set the minimum replicas (and the maximum, if lower) to this number.</source>
        <translation>Imposta le repliche minime (e le massime, se inferiori) su questo numero.</translation>
    </message>
    <message>
        <source>Target requests per second:</source>
        <translation>Richieste al secondo previste:</translation>
    </message>
    <message>
        <source>Time per request:</source>
        <translation>Tempo per richiesta:</translation>
    </message>
    <message>
        <source>Replicas needed:</source>
        <translation>Repliche necessarie:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter a request rate and a target utilization above zero.</source>
        <translation>Immettere una frequenza di richieste e un utilizzo di destinazione maggiori di zero.</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n repliche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1% target utilization and %n concurrent request(s) per replica.</source>
        <translation>
            <numerusform>Con utilizzo di destinazione del %1% e %n richiesta simultanea per replica.</numerusform>
            <numerusform>Con utilizzo di destinazione del %1% e %n richieste simultanee per replica.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ReplicasView</name>
    <message>
        <source>Replicas</source>
        <translation>Repliche</translation>
    </message>
    <message>
        <source>Select a version to see its replicas.</source>
        <translation>Seleziona una versione per vederne le repliche.</translation>
    </message>
    <message>
        <source>Could not list the replicas: %1</source>
        <translation>Impossibile elencare le repliche: %1</translation>
    </message>
    <message>
        <source>No replicas yet (as of %1).</source>
        <translation>Ancora nessuna replica (alle %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s), as of %1.</source>
        <translation>
            <numerusform>%n replica, alle %1.</numerusform>
            <numerusform>%n repliche, alle %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::RotationWizard</name>
    <message>
        <source>Rotate keys</source>
        <translation>Ruota le chiavi</translation>
    </message>
    <message>
        <source>1. Regenerate the secondary key. Clients use the primary key meanwhile, so none stops working.</source>
        <translation>1. Rigenerare la chiave secondaria. Nel frattempo i client usano la chiave primaria, quindi nessuno smette di funzionare.</translation>
    </message>
    <message>
        <source>2. Switch every client to the new secondary key.</source>
        <translation>2. Passare ogni client alla nuova chiave secondaria.</translation>
    </message>
    <message>
        <source>3. Regenerate the primary key. Only clients still on the old primary key stop working.</source>
        <translation>3. Rigenerare la chiave primaria. Smettono di funzionare solo i client ancora sulla vecchia chiave primaria.</translation>
    </message>
    <message>
        <source>Regenerate secondary key</source>
        <translation>Rigenera chiave secondaria</translation>
    </message>
    <message>
        <source>Copy secondary key</source>
        <translation>Copia chiave secondaria</translation>
    </message>
    <message>
        <source>Every client now uses the secondary key</source>
        <translation>Ogni client ora usa la chiave secondaria</translation>
    </message>
    <message>
        <source>Regenerate primary key</source>
        <translation>Rigenera chiave primaria</translation>
    </message>
    <message>
        <source>Regenerating the secondary key…</source>
        <translation>Rigenerazione della chiave secondaria…</translation>
    </message>
    <message>
        <source>Secondary key copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Chiave secondaria copiata; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
    <message>
        <source>Regenerating the primary key…</source>
        <translation>Rigenerazione della chiave primaria…</translation>
    </message>
    <message>
        <source>The secondary key is new. Give it to every client, then tick the box.</source>
        <translation>La chiave secondaria è nuova. Fornirla a ogni client, poi selezionare la casella.</translation>
    </message>
    <message>
        <source>Both keys are new. Clients keep the secondary key until the next rotation.</source>
        <translation>Entrambe le chiavi sono nuove. I client mantengono la chiave secondaria fino alla prossima rotazione.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ScoreTester</name>
    <message>
        <source>Send</source>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Invia a:</translation>
    </message>
    <message>
        <source>Request body (JSON):</source>
        <translation>Corpo della richiesta (JSON):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Stato:</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>Servita da:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latenza:</translation>
    </message>
    <message>
        <source>Select an endpoint to test it.</source>
        <translation>Selezionare un endpoint per provarlo.</translation>
    </message>
    <message>
        <source>By the traffic split</source>
        <translation>Secondo la ripartizione del traffico</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (at character %2).</source>
        <translation>Il corpo non è JSON valido: %1 (al carattere %2).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Could not read the endpoint&apos;s keys: %1</source>
        <translation>Impossibile leggere le chiavi dell&apos;endpoint: %1</translation>
    </message>
    <message>
        <source>Could not get a token: %1</source>
        <translation>Impossibile ottenere un token: %1</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>Nessuna risposta: %1</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::SubmitDialog</name>
    <message>
        <source>Sending…</source>
        <translation>Invio in corso…</translation>
    </message>
    <message>
        <source>Correct the field marked in red to continue.</source>
        <translation>Correggere il campo segnato in rosso per continuare.</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1</source>
        <translation>Il cluster ha rifiutato la modifica: %1</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::TokenPanel</name>
    <message>
        <source>Get token</source>
        <translation>Ottieni token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copia token</translation>
    </message>
    <message>
        <source>Get a new token automatically when it is due</source>
        <translation>Ottieni automaticamente un nuovo token alla scadenza</translation>
    </message>
    <message>
        <source>Token copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Token copiato; gli appunti verranno svuotati tra 30 secondi.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Refresh after:</source>
        <translation>Rinnova dopo:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Scade:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token&lt;/b&gt;</source>
        <translation>&lt;b&gt;Token&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Getting a token…</source>
        <translation>Richiesta del token…</translation>
    </message>
    <message>
        <source>New token received.</source>
        <translation>Nuovo token ricevuto.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>ora</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>tra %1 h %2 min</translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>tra %1 min %2 s</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>tra %1 s</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (expired: scoring with it fails)</source>
        <translation>%1 (scaduto: i punteggi richiesti con esso non riescono)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::TrafficEditor</name>
    <message>
        <source>The live split changed on the server while you were editing. Rebase keeps your edits on top of the new split; Discard drops them.</source>
        <translation>La ripartizione attiva è cambiata sul server durante la modifica. Riallinea mantiene le modifiche sopra la nuova ripartizione; Scarta le elimina.</translation>
    </message>
    <message>
        <source>Rebase</source>
        <translation>Riallinea</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>Live effective traffic split</source>
        <translation>Ripartizione effettiva attiva del traffico</translation>
    </message>
    <message>
        <source>Effective traffic split</source>
        <translation>Ripartizione effettiva del traffico</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effettivo</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Attiva</translation>
    </message>
    <message>
        <source>All to control</source>
        <translation>Tutto al controllo</translation>
    </message>
    <message>
        <source>Send all traffic to the control version.</source>
        <translation>Invia tutto il traffico alla versione di controllo.</translation>
    </message>
    <message>
        <source>Even split among treatments</source>
        <translation>Ripartizione uguale tra i trattamenti</translation>
    </message>
    <message>
        <source>Share all traffic equally among the treatments; the control gets none.</source>
        <translation>Divide tutto il traffico in parti uguali tra i trattamenti; il controllo non ne riceve.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Canary percentage</source>
        <translation>Percentuale canary</translation>
    </message>
    <message>
        <source>Canary version</source>
        <translation>Versione canary</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Send this share to one version and the rest to the default.</source>
        <translation>Invia questa quota a una versione e il resto alla predefinita.</translation>
    </message>
    <message>
        <source>This endpoint has no control version.</source>
        <translation>Questo endpoint non ha una versione di controllo.</translation>
    </message>
    <message>
        <source>This endpoint has no treatments.</source>
        <translation>Questo endpoint non ha trattamenti.</translation>
    </message>
    <message>
        <source>Choose a version for the canary.</source>
        <translation>Scegliere una versione per il canary.</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Preimpostazioni:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Applica</translation>
    </message>
    <message>
        <source>Make the pending split live in one change.</source>
        <translation>Rende attiva la ripartizione in sospeso con una sola modifica.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Ripristina</translation>
    </message>
    <message>
        <source>Drop the pending edits.</source>
        <translation>Elimina le modifiche in sospeso.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applicazione in corso…</translation>
    </message>
    <message>
        <source>The split was not applied.</source>
        <translation>La ripartizione non è stata applicata.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Make %1 the default</source>
        <translation>Rendi %1 la predefinita</translation>
    </message>
    <message>
        <source>The default version also gets whatever the percentiles leave over.</source>
        <translation>La versione predefinita riceve anche quanto resta dalle percentuali.</translation>
    </message>
    <message>
        <source>Traffic for %1</source>
        <translation>Traffico per %1</translation>
    </message>
    <message>
        <source>effective 100 % (+100)</source>
        <translation>effettivo 100 % (+100)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traffico&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traffico di %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>default</source>
        <translation>predefinita</translation>
    </message>
    <message>
        <source>control</source>
        <translation>controllo</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>effective %1 %</source>
        <translation>effettivo %1 %</translation>
    </message>
    <message>
        <source>effective %1 % (%2%3)</source>
        <translation>effettivo %1 % (%2%3)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In sospeso</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>Nessuna versione</translation>
    </message>
    <message>
        <source>Pending changes, not applied (%1 % configured)</source>
        <translation>Modifiche in sospeso, non applicate (%1 % configurato)</translation>
    </message>
    <message>
        <source>%1 stops at %2 %: the percentiles of all versions may add up to 100 at most, and the others already have %3 %. Lower another version first.</source>
        <translation>%1 si ferma al %2 %: le percentuali di tutte le versioni possono sommare al massimo 100 e le altre hanno già il %3 %. Abbassare prima un&apos;altra versione.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionDetail</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Log</translation>
    </message>
    <message>
        <source>Score tester</source>
        <translation>Test di assegnazione punteggi</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Repliche</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionDialog</name>
    <message>
        <source>Create version of %1</source>
        <translation>Crea versione di %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Crea</translation>
    </message>
    <message>
        <source>Edit version %1 of %2</source>
        <translation>Modifica versione %1 di %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>Change a setting to save it.</source>
        <translation>Modificare un&apos;impostazione per salvarla.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionSettingsView</name>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Impostazione</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valore</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>Replicas (desired / ready / busy)</source>
        <translation>Repliche (desiderate / pronte / occupate)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creata</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aggiornata</translation>
    </message>
    <message>
        <source>Model and runtime</source>
        <translation>Modello e runtime</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>predefinito</translation>
    </message>
    <message>
        <source>command</source>
        <translation>comando</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Health path</source>
        <translation>Percorso di integrità</translation>
    </message>
    <message>
        <source>Score path</source>
        <translation>Percorso di assegnazione punteggi</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descrizione</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Resources (per replica)</source>
        <translation>Risorse (per replica)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 core</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memoria</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Scalabilità automatica</translation>
    </message>
    <message>
        <source>Fixed replicas</source>
        <translation>Repliche fisse</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Minimum / maximum replicas</source>
        <translation>Repliche minime / massime</translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation>Utilizzo di destinazione</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Aggiorna ogni</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Request handling</source>
        <translation>Gestione delle richieste</translation>
    </message>
    <message>
        <source>Concurrent requests per replica</source>
        <translation>Richieste simultanee per replica</translation>
    </message>
    <message>
        <source>Longest wait in queue</source>
        <translation>Attesa massima in coda</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Scoring timeout</source>
        <translation>Timeout di assegnazione punteggi</translation>
    </message>
    <message>
        <source>Collect model data</source>
        <translation>Raccolta dati del modello</translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation>Probe di integrità</translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation>Probe ogni</translation>
    </message>
    <message>
        <source>Start-up allowance</source>
        <translation>Tolleranza all&apos;avvio</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Timeout del probe</translation>
    </message>
    <message>
        <source>Successes / failures</source>
        <translation>Successi / errori</translation>
    </message>
    <message>
        <source>Traffic and role</source>
        <translation>Traffico e ruolo</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffico</translation>
    </message>
    <message>
        <source>Effective traffic</source>
        <translation>Traffico effettivo</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predefinita</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <source>control</source>
        <translation>controllo</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>trattamento</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionSpecForm</name>
    <message>
        <source>Fixed when the version was created; create a new version to change it.</source>
        <translation>Fissato alla creazione della versione; creare una nuova versione per modificarlo.</translation>
    </message>
    <message>
        <source>An endpoint&apos;s first version is always its default.</source>
        <translation>La prima versione di un endpoint è sempre la predefinita.</translation>
    </message>
    <message>
        <source>Model and runtime</source>
        <translation>Modello e runtime</translation>
    </message>
    <message>
        <source>e.g. versiona</source>
        <translation>ad es. versiona</translation>
    </message>
    <message>
        <source>Version name:</source>
        <translation>Nome della versione:</translation>
    </message>
    <message>
        <source>3–32 characters: lower-case letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>3–32 caratteri: lettere minuscole, cifre e &apos;-&apos;, iniziando con una lettera.</translation>
    </message>
    <message>
        <source>name:version, e.g. churn:1</source>
        <translation>nome:versione, ad es. churn:1</translation>
    </message>
    <message>
        <source>Register model…</source>
        <translation>Registra modello…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Modello:</translation>
    </message>
    <message>
        <source>A registered model, as name:version.</source>
        <translation>Un modello registrato, come nome:versione.</translation>
    </message>
    <message>
        <source>Built-in model server</source>
        <translation>Server di modelli integrato</translation>
    </message>
    <message>
        <source>Command (any HTTP program)</source>
        <translation>Comando (qualsiasi programma HTTP)</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Runtime:</translation>
    </message>
    <message>
        <source>program and arguments; $PORT and $MODEL_PATH are set</source>
        <translation>programma e argomenti; $PORT e $MODEL_PATH sono impostati</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Comando:</translation>
    </message>
    <message>
        <source>KEY=value, KEY2=value</source>
        <translation>CHIAVE=valore, CHIAVE2=valore</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Ambiente:</translation>
    </message>
    <message>
        <source>Health path:</source>
        <translation>Percorso di integrità:</translation>
    </message>
    <message>
        <source>Score path:</source>
        <translation>Percorso di assegnazione punteggi:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>key=value, key2=value</source>
        <translation>chiave=valore, chiave2=valore</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tag:</translation>
    </message>
    <message>
        <source>Resources (per replica)</source>
        <translation>Risorse (per replica)</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> core</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>CPU cores reserved for each replica.</source>
        <translation>Core CPU riservati a ogni replica.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memoria:</translation>
    </message>
    <message>
        <source>Memory in GB reserved for each replica.</source>
        <translation>Memoria in GB riservata a ogni replica.</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Scalabilità automatica</translation>
    </message>
    <message>
        <source>Scale on replica utilization</source>
        <translation>Scala in base all&apos;utilizzo delle repliche</translation>
    </message>
    <message>
        <source>Autoscale:</source>
        <translation>Scalabilità automatica:</translation>
    </message>
    <message>
        <source>Fixed replica count</source>
        <translation>Numero fisso di repliche</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Repliche:</translation>
    </message>
    <message>
        <source>Minimum replicas:</source>
        <translation>Repliche minime:</translation>
    </message>
    <message>
        <source>Maximum replicas:</source>
        <translation>Repliche massime:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Target utilization:</source>
        <translation>Utilizzo di destinazione:</translation>
    </message>
    <message>
        <source>Busy replicas and queued requests per ready replica.</source>
        <translation>Repliche occupate e richieste in coda per replica pronta.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Aggiorna ogni:</translation>
    </message>
    <message>
        <source>Request handling</source>
        <translation>Gestione delle richieste</translation>
    </message>
    <message>
        <source>Concurrent requests per replica:</source>
        <translation>Richieste simultanee per replica:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Longest wait in queue:</source>
        <translation>Attesa massima in coda:</translation>
    </message>
    <message>
        <source>A request waiting longer for a free replica is answered 503.</source>
        <translation>Una richiesta che attende più a lungo una replica libera riceve 503.</translation>
    </message>
    <message>
        <source>Scoring timeout:</source>
        <translation>Timeout di assegnazione punteggi:</translation>
    </message>
    <message>
        <source>A replica taking longer is answered 504.</source>
        <translation>Se una replica impiega di più, la risposta è 504.</translation>
    </message>
    <message>
        <source>Keep scored requests and answers</source>
        <translation>Conserva richieste e risposte valutate</translation>
    </message>
    <message>
        <source>Collect model data:</source>
        <translation>Raccolta dati del modello:</translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation>Probe di integrità</translation>
    </message>
    <message>
        <source>Probe every:</source>
        <translation>Probe ogni:</translation>
    </message>
    <message>
        <source>Start-up allowance:</source>
        <translation>Tolleranza all&apos;avvio:</translation>
    </message>
    <message>
        <source>How long a replica may take to become ready before it counts as failed.</source>
        <translation>Quanto può impiegare una replica a diventare pronta prima di essere considerata non riuscita.</translation>
    </message>
    <message>
        <source>Probe timeout:</source>
        <translation>Timeout del probe:</translation>
    </message>
    <message>
        <source>Successes to be ready:</source>
        <translation>Successi per essere pronta:</translation>
    </message>
    <message>
        <source>Failures to restart:</source>
        <translation>Errori prima del riavvio:</translation>
    </message>
    <message>
        <source>Traffic and role</source>
        <translation>Traffico e ruolo</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Traffico:</translation>
    </message>
    <message>
        <source>This version&apos;s share; what no version claims goes to the default version.</source>
        <translation>La quota di questa versione; quanto nessuna versione richiede va alla versione predefinita.</translation>
    </message>
    <message>
        <source>Default version (receives the remainder)</source>
        <translation>Versione predefinita (riceve il rimanente)</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Predefinita:</translation>
    </message>
    <message>
        <source>Control version (others are treatments)</source>
        <translation>Versione di controllo (le altre sono trattamenti)</translation>
    </message>
    <message>
        <source>Control:</source>
        <translation>Controllo:</translation>
    </message>
    <message numerus="yes">
        <source>%1 cores and %2 GB free: room for %n replica(s) of this size.</source>
        <translation>
            <numerusform>%1 core e %2 GB liberi: spazio per %n replica di queste dimensioni.</numerusform>
            <numerusform>%1 core e %2 GB liberi: spazio per %n repliche di queste dimensioni.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionsPane</name>
    <message>
        <source>New version…</source>
        <translation>Nuova versione…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Elimina…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versioni&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versioni di %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select an endpoint to see its versions.</source>
        <translation>Selezionare un endpoint per vederne le versioni.</translation>
    </message>
    <message>
        <source>Loading the versions of %1…</source>
        <translation>Caricamento delle versioni di %1…</translation>
    </message>
</context>
</TS>
