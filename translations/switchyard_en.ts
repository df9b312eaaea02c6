<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AlertLogStore</name>
    <message>
        <source>not JSON (%1 at character %2)</source>
        <translation>not JSON (%1 at character %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>no valid &quot;%1&quot;</source>
        <translation>no valid &quot;%1&quot;</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>line %1: %2</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>cannot make the folder %1</translation>
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
        <translation>Version unhealthy</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99 latency</translation>
    </message>
    <message>
        <source>Replicas at maximum</source>
        <translation>Replicas at maximum</translation>
    </message>
    <message>
        <source>Cluster unreachable</source>
        <translation>Cluster unreachable</translation>
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
        <translation>Version Unhealthy or Failed for %1</translation>
    </message>
    <message>
        <source>Errors (4xx and 5xx) above %1 % for %2</source>
        <translation>Errors (4xx and 5xx) above %1 % for %2</translation>
    </message>
    <message>
        <source>Server errors (5xx) above %1 % for %2</source>
        <translation>Server errors (5xx) above %1 % for %2</translation>
    </message>
    <message>
        <source>p99 above %1 ms for %2</source>
        <translation>p99 above %1 ms for %2</translation>
    </message>
    <message>
        <source>Replicas at the maximum for %1</source>
        <translation>Replicas at the maximum for %1</translation>
    </message>
    <message>
        <source>Cluster unreachable or not responding for %1</source>
        <translation>Cluster unreachable or not responding for %1</translation>
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
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 on %2: %3</source>
        <translation>%1 on %2: %3</translation>
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
        <translation>Local processes</translation>
    </message>
    <message>
        <source>The backend is degraded; the server gave no reason.</source>
        <translation>The backend is degraded; the server gave no reason.</translation>
    </message>
    <message>
        <source>The backend is degraded: %1</source>
        <translation>The backend is degraded: %1</translation>
    </message>
</context>
<context>
    <name>ConnectionErrorText</name>
    <message>
        <source>The cluster at %1 answered %2: %3</source>
        <translation>The cluster at %1 answered %2: %3</translation>
    </message>
    <message>
        <source>The name %1 does not resolve: check the cluster&apos;s URL and this computer&apos;s network.</source>
        <translation>The name %1 does not resolve: check the cluster&apos;s URL and this computer&apos;s network.</translation>
    </message>
    <message>
        <source>The cluster at %1 does not accept connections: is switchyard-server running?</source>
        <translation>The cluster at %1 does not accept connections: is switchyard-server running?</translation>
    </message>
    <message>
        <source>The cluster at %1 did not answer in time: it may be stopped, overloaded or behind a firewall.</source>
        <translation>The cluster at %1 did not answer in time: it may be stopped, overloaded or behind a firewall.</translation>
    </message>
    <message>
        <source>The cluster at %1 is not trusted over TLS: give its CA file in the cluster&apos;s settings, or check that the URL&apos;s scheme (http or https) is the server&apos;s.</source>
        <translation>The cluster at %1 is not trusted over TLS: give its CA file in the cluster&apos;s settings, or check that the URL&apos;s scheme (http or https) is the server&apos;s.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a cluster URL the console can use: it starts with http:// or https://.</source>
        <translation>&apos;%1&apos; is not a cluster URL the console can use: it starts with http:// or https://.</translation>
    </message>
    <message>
        <source>The cluster at %1 could not be reached.</source>
        <translation>The cluster at %1 could not be reached.</translation>
    </message>
    <message numerus="yes">
        <source>The cluster at %1 has not answered for %n s: it may be stopped or overloaded.</source>
        <translation>
            <numerusform>The cluster at %1 has not answered for %n s: it may be stopped or overloaded.</numerusform>
            <numerusform>The cluster at %1 has not answered for %n s: it may be stopped or overloaded.</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster at %1 refused the credential (%2): it is wrong, revoked or expired. Copy the admin token again from the server&apos;s &lt;data-dir&gt;/admin-token, or ask an admin for a new operator credential, and attach again.</source>
        <translation>The cluster at %1 refused the credential (%2): it is wrong, revoked or expired. Copy the admin token again from the server&apos;s &lt;data-dir&gt;/admin-token, or ask an admin for a new operator credential, and attach again.</translation>
    </message>
</context>
<context>
    <name>ConsoleOptions</name>
    <message>
        <source>Switchyard console</source>
        <translation>Switchyard console</translation>
    </message>
    <message>
        <source>Attach the cluster at URL.</source>
        <translation>Attach the cluster at URL.</translation>
    </message>
    <message>
        <source>Read the admin token from FILE.</source>
        <translation>Read the admin token from FILE.</translation>
    </message>
    <message>
        <source>Trust the CA certificate in FILE.</source>
        <translation>Trust the CA certificate in FILE.</translation>
    </message>
    <message>
        <source>Start a local demo cluster and attach it.</source>
        <translation>Start a local demo cluster and attach it.</translation>
    </message>
    <message>
        <source>Keep the local cluster running after exit.</source>
        <translation>Keep the local cluster running after exit.</translation>
    </message>
    <message>
        <source>User interface language: it or en.</source>
        <translation>User interface language: it or en.</translation>
    </message>
    <message>
        <source>--lang takes &apos;it&apos; or &apos;en&apos;.</source>
        <translation>--lang takes &apos;it&apos; or &apos;en&apos;.</translation>
    </message>
    <message>
        <source>Print start-up time and memory once N endpoints show, then quit.</source>
        <translation>Print start-up time and memory once N endpoints show, then quit.</translation>
    </message>
    <message>
        <source>--measure-startup takes a number.</source>
        <translation>--measure-startup takes a number.</translation>
    </message>
    <message>
        <source>--connect needs --admin-token-file.</source>
        <translation>--connect needs --admin-token-file.</translation>
    </message>
</context>
<context>
    <name>EventDescription</name>
    <message>
        <source>The autoscaler</source>
        <translation>The autoscaler</translation>
    </message>
    <message>
        <source>The cluster</source>
        <translation>The cluster</translation>
    </message>
    <message>
        <source>An operator</source>
        <translation>An operator</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>%1 changed the split to %2.</source>
        <translation>%1 changed the split to %2.</translation>
    </message>
    <message>
        <source>%1 changed the split from %2 to %3.</source>
        <translation>%1 changed the split from %2 to %3.</translation>
    </message>
    <message>
        <source>%1 made %2 the default (was %3).</source>
        <translation>%1 made %2 the default (was %3).</translation>
    </message>
    <message>
        <source>%1 made the control %2 a treatment; there is no control now.</source>
        <translation>%1 made the control %2 a treatment; there is no control now.</translation>
    </message>
    <message>
        <source>%1 made %2 the control.</source>
        <translation>%1 made %2 the control.</translation>
    </message>
    <message>
        <source>%1 made %2 the control (was %3).</source>
        <translation>%1 made %2 the control (was %3).</translation>
    </message>
    <message>
        <source>%1 regenerated the %2 key.</source>
        <translation>%1 regenerated the %2 key.</translation>
    </message>
    <message>
        <source>%1 scaled %2 up from %3 to %4 replicas</source>
        <translation>%1 scaled %2 up from %3 to %4 replicas</translation>
    </message>
    <message>
        <source>%1 scaled %2 down from %3 to %4 replicas</source>
        <translation>%1 scaled %2 down from %3 to %4 replicas</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1 is now %2.</source>
        <translation>%1 is now %2.</translation>
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
        <translation>Split changed</translation>
    </message>
    <message>
        <source>Default version changed</source>
        <translation>Default version changed</translation>
    </message>
    <message>
        <source>Control version changed</source>
        <translation>Control version changed</translation>
    </message>
    <message>
        <source>Endpoint created</source>
        <translation>Endpoint created</translation>
    </message>
    <message>
        <source>%1 created the endpoint %2.</source>
        <translation>%1 created the endpoint %2.</translation>
    </message>
    <message>
        <source>Endpoint settings changed</source>
        <translation>Endpoint settings changed</translation>
    </message>
    <message>
        <source>%1 deleted the endpoint %2.</source>
        <translation>%1 deleted the endpoint %2.</translation>
    </message>
    <message>
        <source>Version %1 created</source>
        <translation>Version %1 created</translation>
    </message>
    <message>
        <source>%1 created the version %2.</source>
        <translation>%1 created the version %2.</translation>
    </message>
    <message>
        <source>Version %1 changed</source>
        <translation>Version %1 changed</translation>
    </message>
    <message>
        <source>%1 changed the version %2.</source>
        <translation>%1 changed the version %2.</translation>
    </message>
    <message>
        <source>Version %1 deleted</source>
        <translation>Version %1 deleted</translation>
    </message>
    <message>
        <source>%1 deleted the version %2.</source>
        <translation>%1 deleted the version %2.</translation>
    </message>
    <message>
        <source>Key regenerated</source>
        <translation>Key regenerated</translation>
    </message>
    <message>
        <source>Tokens revoked</source>
        <translation>Tokens revoked</translation>
    </message>
</context>
<context>
    <name>KeyValueText</name>
    <message>
        <source>Write each entry as key=value, separated by commas (&quot;%1&quot; has no key).</source>
        <translation>Write each entry as key=value, separated by commas (&quot;%1&quot; has no key).</translation>
    </message>
</context>
<context>
    <name>LastChanges</name>
    <message>
        <source>an operator</source>
        <translation>an operator</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 by %2, %3</source>
        <translation>%1 by %2, %3</translation>
    </message>
</context>
<context>
    <name>RoleGate</name>
    <message>
        <source>Needs the %1 role; %2 is %3.</source>
        <translation>Needs the %1 role; %2 is %3.</translation>
    </message>
    <message>
        <source>viewer</source>
        <translation>viewer</translation>
    </message>
    <message>
        <source>operator</source>
        <translation>operator</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
</context>
<context>
    <name>ScaleReasonText</name>
    <message>
        <source>utilization %1% above the target of %2%</source>
        <translation>utilization %1% above the target of %2%</translation>
    </message>
    <message>
        <source>utilization %1% below the target of %2% for %3 s</source>
        <translation>utilization %1% below the target of %2% for %3 s</translation>
    </message>
    <message>
        <source>utilization %1% below the target of %2%</source>
        <translation>utilization %1% below the target of %2%</translation>
    </message>
    <message>
        <source>utilization %1% at the target of %2%</source>
        <translation>utilization %1% at the target of %2%</translation>
    </message>
    <message>
        <source>below the minimum of %1 replicas</source>
        <translation>below the minimum of %1 replicas</translation>
    </message>
    <message>
        <source>above the maximum of %1 replicas</source>
        <translation>above the maximum of %1 replicas</translation>
    </message>
    <message>
        <source>capped by the cluster&apos;s free capacity</source>
        <translation>capped by the cluster&apos;s free capacity</translation>
    </message>
    <message>
        <source>waiting for the scale-down delay</source>
        <translation>waiting for the scale-down delay</translation>
    </message>
    <message>
        <source>held at the maximum of %1 replicas</source>
        <translation>held at the maximum of %1 replicas</translation>
    </message>
</context>
<context>
    <name>StateText</name>
    <message>
        <source>Healthy</source>
        <translation>Healthy</translation>
    </message>
    <message>
        <source>Transitioning</source>
        <translation>Transitioning</translation>
    </message>
    <message>
        <source>Unhealthy</source>
        <translation>Unhealthy</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Failed</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>as of %1</source>
        <translation>as of %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The cluster has not answered since %1: these figures may be out of date.</source>
        <translation>The cluster has not answered since %1: these figures may be out of date.</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message numerus="yes">
        <source>in %n minute(s)</source>
        <translation>
            <numerusform>in %n minute</numerusform>
            <numerusform>in %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n hour</numerusform>
            <numerusform>in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
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
        <translation>Switchyard: alerts firing</translation>
    </message>
</context>
<context>
    <name>switchyard::app::AboutDialog</name>
    <message>
        <source>About Switchyard</source>
        <translation>About Switchyard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Switchyard&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Switchyard&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>The console of Switchyard: endpoints, versions, traffic and keys of your clusters.</source>
        <translation>The console of Switchyard: endpoints, versions, traffic and keys of your clusters.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Switchyard ships with these libraries, under their own licences:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Switchyard ships with these libraries, under their own licences:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>No cluster selected.</source>
        <translation>No cluster selected.</translation>
    </message>
    <message>
        <source>Server of %1: version not known yet.</source>
        <translation>Server of %1: version not known yet.</translation>
    </message>
    <message>
        <source>Server of %1: switchyard-server %2</source>
        <translation>Server of %1: switchyard-server %2</translation>
    </message>
</context>
<context>
    <name>switchyard::app::AlertActions</name>
    <message>
        <source>&amp;Alerts</source>
        <translation>&amp;Alerts</translation>
    </message>
    <message>
        <source>Alert &amp;rules…</source>
        <translation>Alert &amp;rules…</translation>
    </message>
    <message>
        <source>Alert &amp;log…</source>
        <translation>Alert &amp;log…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <source>&amp;Mute notifications</source>
        <translation>&amp;Mute notifications</translation>
    </message>
    <message>
        <source>No desktop notification when an alert fires; the Monitor and the log still show it</source>
        <translation>No desktop notification when an alert fires; the Monitor and the log still show it</translation>
    </message>
    <message>
        <source>Open the alert log (Ctrl+Shift+A)</source>
        <translation>Open the alert log (Ctrl+Shift+A)</translation>
    </message>
    <message>
        <source>No alerts</source>
        <translation>No alerts</translation>
    </message>
    <message numerus="yes">
        <source>%n alert(s) firing</source>
        <translation>
            <numerusform>%n alert firing</numerusform>
            <numerusform>%n alerts firing</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::app::ConsoleActions</name>
    <message>
        <source>Endpoint %1 created; its first version is starting.</source>
        <translation>Endpoint %1 created; its first version is starting.</translation>
    </message>
    <message numerus="yes">
        <source>Delete the endpoint %1?

All its versions stop (%n version(s) and their replicas), its scoring URI answers 404 and its keys stop working. This cannot be undone.</source>
        <translation>
            <numerusform>Delete the endpoint %1?

All its versions stop (%n version and their replicas), its scoring URI answers 404 and its keys stop working. This cannot be undone.</numerusform>
            <numerusform>Delete the endpoint %1?

All its versions stop (%n versions and their replicas), its scoring URI answers 404 and its keys stop working. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete endpoint</source>
        <translation>Delete endpoint</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>Deleting %1…</translation>
    </message>
    <message>
        <source>Endpoint %1 deleted.</source>
        <translation>Endpoint %1 deleted.</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>Could not delete %1: %2</translation>
    </message>
    <message>
        <source>Version %1 of %2 created.</source>
        <translation>Version %1 of %2 created.</translation>
    </message>
    <message>
        <source>Version %1 of %2 saved.</source>
        <translation>Version %1 of %2 saved.</translation>
    </message>
    <message numerus="yes">
        <source>Delete version %1 of %2?

Its %n replica(s) stop; the %3 % of traffic it serves goes to the default version.</source>
        <translation>
            <numerusform>Delete version %1 of %2?

Its %n replica stop; the %3 % of traffic it serves goes to the default version.</numerusform>
            <numerusform>Delete version %1 of %2?

Its %n replicas stop; the %3 % of traffic it serves goes to the default version.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete version</source>
        <translation>Delete version</translation>
    </message>
    <message>
        <source>Version %1 deleted.</source>
        <translation>Version %1 deleted.</translation>
    </message>
    <message>
        <source>Register model file</source>
        <translation>Register model file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>Registering %1…</source>
        <translation>Registering %1…</translation>
    </message>
    <message>
        <source>Could not register the model: %1</source>
        <translation>Could not register the model: %1</translation>
    </message>
    <message>
        <source>Model %1 registered.</source>
        <translation>Model %1 registered.</translation>
    </message>
</context>
<context>
    <name>switchyard::app::ConsoleApp</name>
    <message>
        <source>local</source>
        <translation>local</translation>
    </message>
    <message>
        <source>Local cluster running at %1 (data in %2).</source>
        <translation>Local cluster running at %1 (data in %2).</translation>
    </message>
    <message>
        <source>Local cluster</source>
        <translation>Local cluster</translation>
    </message>
    <message>
        <source>Cannot read the admin token file %1: %2</source>
        <translation>Cannot read the admin token file %1: %2</translation>
    </message>
    <message>
        <source>The local cluster is already running.</source>
        <translation>The local cluster is already running.</translation>
    </message>
    <message>
        <source>Starting a local cluster with the demo endpoint…</source>
        <translation>Starting a local cluster with the demo endpoint…</translation>
    </message>
</context>
<context>
    <name>switchyard::app::LocalCluster</name>
    <message>
        <source>Could not start %1: %2</source>
        <translation>Could not start %1: %2</translation>
    </message>
    <message>
        <source>The local cluster exited with code %1 before it was ready.
%2</source>
        <translation>The local cluster exited with code %1 before it was ready.
%2</translation>
    </message>
    <message>
        <source>The local cluster did not report its address within 30 s.</source>
        <translation>The local cluster did not report its address within 30 s.</translation>
    </message>
    <message>
        <source>Could not start %1.</source>
        <translation>Could not start %1.</translation>
    </message>
    <message>
        <source>The local cluster did not say where it listens within 30 s.</source>
        <translation>The local cluster did not say where it listens within 30 s.</translation>
    </message>
    <message>
        <source>The local cluster runs at %1, but its admin token could not be read: %2</source>
        <translation>The local cluster runs at %1, but its admin token could not be read: %2</translation>
    </message>
</context>
<context>
    <name>switchyard::app::MainWindow</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
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
        <translation>&amp;Attach cluster…</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <source>Start &amp;local cluster</source>
        <translation>Start &amp;local cluster</translation>
    </message>
    <message>
        <source>Check &amp;connectivity…</source>
        <translation>Check &amp;connectivity…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Detach cluster</source>
        <translation>&amp;Detach cluster</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Endpoint</source>
        <translation>&amp;Endpoint</translation>
    </message>
    <message>
        <source>&amp;Create endpoint…</source>
        <translation>&amp;Create endpoint…</translation>
    </message>
    <message>
        <source>&amp;Delete endpoint…</source>
        <translation>&amp;Delete endpoint…</translation>
    </message>
    <message>
        <source>&amp;Register model…</source>
        <translation>&amp;Register model…</translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation>&amp;Version</translation>
    </message>
    <message>
        <source>&amp;New version…</source>
        <translation>&amp;New version…</translation>
    </message>
    <message>
        <source>&amp;Edit version…</source>
        <translation>&amp;Edit version…</translation>
    </message>
    <message>
        <source>&amp;Delete version…</source>
        <translation>&amp;Delete version…</translation>
    </message>
    <message>
        <source>No cluster selected</source>
        <translation>No cluster selected</translation>
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
        <translation>V&amp;iew</translation>
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
        <translation>Every endpoint of every attached cluster, live (Ctrl+M)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>View</translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>No problems</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) with problems</source>
        <translation>
            <numerusform>%n endpoint with problems</numerusform>
            <numerusform>%n endpoints with problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <source>The selected version: settings, replicas, logs, score tester</source>
        <translation>The selected version: settings, replicas, logs, score tester</translation>
    </message>
    <message>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <source>Every endpoint of this cluster at a glance</source>
        <translation>Every endpoint of this cluster at a glance</translation>
    </message>
    <message>
        <source>&amp;Operators…</source>
        <translation>&amp;Operators…</translation>
    </message>
    <message>
        <source>Add, list and revoke the people who steer this cluster.</source>
        <translation>Add, list and revoke the people who steer this cluster.</translation>
    </message>
</context>
<context>
    <name>switchyard::app::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
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
        <translation>No keychain service is running: the admin token is kept in %1, readable only by you.</translation>
    </message>
    <message>
        <source>The admin token could not be saved (%1); you will be asked for it again.</source>
        <translation>The admin token could not be saved (%1); you will be asked for it again.</translation>
    </message>
</context>
<context>
    <name>switchyard::app::WindowActions</name>
    <message>
        <source>&amp;Find endpoint</source>
        <translation>&amp;Find endpoint</translation>
    </message>
    <message>
        <source>Type part of an endpoint&apos;s name to filter the list</source>
        <translation>Type part of an endpoint&apos;s name to filter the list</translation>
    </message>
    <message>
        <source>&amp;Apply traffic plan</source>
        <translation>&amp;Apply traffic plan</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <source>Send the pending traffic plan of the focused endpoint</source>
        <translation>Send the pending traffic plan of the focused endpoint</translation>
    </message>
    <message>
        <source>There is no pending traffic plan to apply.</source>
        <translation>There is no pending traffic plan to apply.</translation>
    </message>
    <message>
        <source>Re&amp;vert traffic plan</source>
        <translation>Re&amp;vert traffic plan</translation>
    </message>
    <message>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <source>Forget the pending traffic plan and show the live split again</source>
        <translation>Forget the pending traffic plan and show the live split again</translation>
    </message>
    <message>
        <source>There is no pending traffic plan to revert.</source>
        <translation>There is no pending traffic plan to revert.</translation>
    </message>
    <message>
        <source>&amp;Promote selected version</source>
        <translation>&amp;Promote selected version</translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <source>Make the version selected in the versions list the endpoint&apos;s control</source>
        <translation>Make the version selected in the versions list the endpoint&apos;s control</translation>
    </message>
    <message>
        <source>R&amp;otate keys…</source>
        <translation>R&amp;otate keys…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+K</source>
        <translation>Ctrl+Shift+K</translation>
    </message>
    <message>
        <source>Regenerate the focused endpoint&apos;s keys in the order that keeps every client working</source>
        <translation>Regenerate the focused endpoint&apos;s keys in the order that keeps every client working</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <source>&amp;About Switchyard</source>
        <translation>&amp;About Switchyard</translation>
    </message>
    <message>
        <source>Select the version to promote in the versions list first.</source>
        <translation>Select the version to promote in the versions list first.</translation>
    </message>
    <message>
        <source>Version %1 cannot be promoted: it is already the control, or the endpoint is busy.</source>
        <translation>Version %1 cannot be promoted: it is already the control, or the endpoint is busy.</translation>
    </message>
    <message>
        <source>The focused endpoint has no keys to rotate (its authentication mode is not key).</source>
        <translation>The focused endpoint has no keys to rotate (its authentication mode is not key).</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Find</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Rotate keys</translation>
    </message>
</context>
<context>
    <name>switchyard::models::AlertLogModel</name>
    <message>
        <source>The condition began at %1; the alert fired at %2.</source>
        <translation>The condition began at %1; the alert fired at %2.</translation>
    </message>
    <message>
        <source>firing</source>
        <translation>firing</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Started</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ended</translation>
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
        <translation>Version</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alert</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rule</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Measured</translation>
    </message>
    <message>
        <source>Worst</source>
        <translation>Worst</translation>
    </message>
    <message>
        <source>The alert was still firing when the console closed (last seen at %1); whether its condition went on after that is not known.</source>
        <translation>The alert was still firing when the console closed (last seen at %1); whether its condition went on after that is not known.</translation>
    </message>
    <message>
        <source>%1, console closed</source>
        <translation>%1, console closed</translation>
    </message>
</context>
<context>
    <name>switchyard::models::ClusterListModel</name>
    <message>
        <source>%1 of %2 cores · %3 of %4 GB</source>
        <translation>%1 of %2 cores · %3 of %4 GB</translation>
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
        <translation>Connection</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Backend</source>
        <translation>Backend</translation>
    </message>
    <message>
        <source>Allocated</source>
        <translation>Allocated</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>Details: %1</translation>
    </message>
</context>
<context>
    <name>switchyard::models::ConnectivityCheck</name>
    <message>
        <source>&apos;%1&apos; is not a URL with a host.</source>
        <translation>&apos;%1&apos; is not a URL with a host.</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>no address</translation>
    </message>
    <message>
        <source>%1 does not resolve: %2</source>
        <translation>%1 does not resolve: %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>no connection</translation>
    </message>
    <message>
        <source>connected to %1 port %2</source>
        <translation>connected to %1 port %2</translation>
    </message>
    <message>
        <source>no answer within %1 s (a firewall?)</source>
        <translation>no answer within %1 s (a firewall?)</translation>
    </message>
    <message>
        <source>not used: plain HTTP (tokens travel unencrypted; use https:// off this host)</source>
        <translation>not used: plain HTTP (tokens travel unencrypted; use https:// off this host)</translation>
    </message>
    <message>
        <source>no trusted TLS</source>
        <translation>no trusted TLS</translation>
    </message>
    <message>
        <source>certificate for %1 issued by %2, valid until %3</source>
        <translation>certificate for %1 issued by %2, valid until %3</translation>
    </message>
    <message>
        <source> — give the cluster&apos;s CA file when attaching.</source>
        <translation> — give the cluster&apos;s CA file when attaching.</translation>
    </message>
    <message>
        <source>the admin token is accepted (200)</source>
        <translation>the admin token is accepted (200)</translation>
    </message>
    <message>
        <source>the admin token is refused (401): copy it again from &lt;data-dir&gt;/admin-token</source>
        <translation>the admin token is refused (401): copy it again from &lt;data-dir&gt;/admin-token</translation>
    </message>
    <message>
        <source>unexpected answer %1 — is this a Switchyard server?</source>
        <translation>unexpected answer %1 — is this a Switchyard server?</translation>
    </message>
    <message>
        <source>not verified (this cluster is attached with verification off): %1</source>
        <translation>not verified (this cluster is attached with verification off): %1</translation>
    </message>
</context>
<context>
    <name>switchyard::models::EndpointListModel</name>
    <message>
        <source>%1
Scoring URI: %2
Default version: %3</source>
        <translation>%1
Scoring URI: %2
Default version: %3</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Auth</source>
        <translation>Auth</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>Effective split</source>
        <translation>Effective split</translation>
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
        <translation>%1 % of %2 %</translation>
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
        <translation>%1 does not answer: these figures are as of %2.</translation>
    </message>
    <message>
        <source>%1 (as of %2)</source>
        <translation>%1 (as of %2)</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Answers with a 4xx status in the last second, as a share of all requests</source>
        <translation>Answers with a 4xx status in the last second, as a share of all requests</translation>
    </message>
    <message>
        <source>Answers with a 5xx status in the last second (including the router&apos;s 502, 503 and 504)</source>
        <translation>Answers with a 5xx status in the last second (including the router&apos;s 502, 503 and 504)</translation>
    </message>
    <message>
        <source>Busy replica slots against the autoscaling target</source>
        <translation>Busy replica slots against the autoscaling target</translation>
    </message>
    <message>
        <source>Requests per second over the last five minutes</source>
        <translation>Requests per second over the last five minutes</translation>
    </message>
    <message>
        <source>99th percentile latency over the last five minutes</source>
        <translation>99th percentile latency over the last five minutes</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Endpoint / version</source>
        <translation>Endpoint / version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Split</source>
        <translation>Split</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requests/s</translation>
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
        <translation>Utilization</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Requests/s trend</source>
        <translation>Requests/s trend</translation>
    </message>
    <message>
        <source>p99 trend</source>
        <translation>p99 trend</translation>
    </message>
    <message>
        <source>Who made the endpoint&apos;s last change (traffic, versions, keys), and when</source>
        <translation>Who made the endpoint&apos;s last change (traffic, versions, keys), and when</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Last change</translation>
    </message>
    <message>
        <source>No change among the cluster&apos;s recent events.</source>
        <translation>No change among the cluster&apos;s recent events.</translation>
    </message>
</context>
<context>
    <name>switchyard::models::ReplicaTableModel</name>
    <message>
        <source>Started at %1</source>
        <translation>Started at %1</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replica</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>In flight</source>
        <translation>In flight</translation>
    </message>
    <message>
        <source>Restarts</source>
        <translation>Restarts</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Starting</source>
        <translation>Starting</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Draining</source>
        <translation>Draining</translation>
    </message>
    <message>
        <source>Terminating</source>
        <translation>Terminating</translation>
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
        <translation>%1 d %2 h</translation>
    </message>
</context>
<context>
    <name>switchyard::models::SessionConnection</name>
    <message>
        <source>connecting</source>
        <translation>connecting</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connected</translation>
    </message>
    <message>
        <source>reconnecting</source>
        <translation>reconnecting</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>unreachable</translation>
    </message>
    <message>
        <source>not responding</source>
        <translation>not responding</translation>
    </message>
    <message>
        <source>No answer to any call since %1.</source>
        <translation>No answer to any call since %1.</translation>
    </message>
</context>
<context>
    <name>switchyard::models::VersionTableModel</name>
    <message>
        <source>Control</source>
        <translation>Control</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Treatment</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Desired / ready / busy replicas</source>
        <translation>Desired / ready / busy replicas</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Replicas d/r/b</source>
        <translation>Replicas d/r/b</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilization</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AlertLogDialog</name>
    <message>
        <source>Alert log</source>
        <translation>Alert log</translation>
    </message>
    <message>
        <source>This log is not kept after the console closes: its file could not be read nor set aside (the console&apos;s log says why).</source>
        <translation>This log is not kept after the console closes: its file could not be read nor set aside (the console&apos;s log says why).</translation>
    </message>
    <message>
        <source>Kept across console sessions in %1: the last %2 episodes, none older than %3 days. An alert still firing when the console closed ends there as &quot;console closed&quot;.</source>
        <translation>Kept across console sessions in %1: the last %2 episodes, none older than %3 days. An alert still firing when the console closed ends there as &quot;console closed&quot;.</translation>
    </message>
    <message>
        <source>No alert has fired yet.</source>
        <translation>No alert has fired yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n episode(s) in the log, %1 firing now</source>
        <translation>
            <numerusform>%n episode in the log, %1 firing now</numerusform>
            <numerusform>%n episodes in the log, %1 firing now</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AlertNotifications</name>
    <message>
        <source>Switchyard alert: %1</source>
        <translation>Switchyard alert: %1</translation>
    </message>
    <message>
        <source>%1 Rule: %2.</source>
        <translation>%1 Rule: %2.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AlertRulesDialog</name>
    <message>
        <source>Alert rules</source>
        <translation>Alert rules</translation>
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
        <translation>&amp;Applies to:</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Rules</translation>
    </message>
    <message>
        <source>&lt;b&gt;Alert when&lt;/b&gt;</source>
        <translation>&lt;b&gt;Alert when&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Threshold&lt;/b&gt;</source>
        <translation>&lt;b&gt;Threshold&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;For at least&lt;/b&gt;</source>
        <translation>&lt;b&gt;For at least&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A version is Unhealthy or Failed</source>
        <translation>A version is Unhealthy or Failed</translation>
    </message>
    <message>
        <source>Errors are above</source>
        <translation>Errors are above</translation>
    </message>
    <message>
        <source>p99 latency is above</source>
        <translation>p99 latency is above</translation>
    </message>
    <message>
        <source>Replicas are pinned at the maximum</source>
        <translation>Replicas are pinned at the maximum</translation>
    </message>
    <message>
        <source>The cluster is unreachable or not responding</source>
        <translation>The cluster is unreachable or not responding</translation>
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
        <translation>How long the condition must hold, without a break, before the alert fires (0: at once)</translation>
    </message>
    <message>
        <source>Same as the cluster</source>
        <translation>Same as the cluster</translation>
    </message>
    <message>
        <source>Count client errors (4xx) too, not only server errors (5xx)</source>
        <translation>Count client errors (4xx) too, not only server errors (5xx)</translation>
    </message>
    <message>
        <source>&amp;Restore defaults</source>
        <translation>&amp;Restore defaults</translation>
    </message>
    <message>
        <source>Forget this cluster&apos;s or endpoint&apos;s own rules</source>
        <translation>Forget this cluster&apos;s or endpoint&apos;s own rules</translation>
    </message>
    <message>
        <source>&amp;Mute desktop notifications (alerts still show in the Monitor and the log)</source>
        <translation>&amp;Mute desktop notifications (alerts still show in the Monitor and the log)</translation>
    </message>
    <message>
        <source>An alert fires once when its condition has held for the time given, and clears when the condition ends; every episode goes to the alert log. Rules are kept in the console&apos;s settings.</source>
        <translation>An alert fires once when its condition has held for the time given, and clears when the condition ends; every episode goes to the alert log. Rules are kept in the console&apos;s settings.</translation>
    </message>
    <message>
        <source>All endpoints of the cluster</source>
        <translation>All endpoints of the cluster</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>Attach a cluster to set its alert rules.</source>
        <translation>Attach a cluster to set its alert rules.</translation>
    </message>
    <message>
        <source>Rules of endpoint %1 only; those marked “Same as the cluster” follow the cluster&apos;s rules. Whether the cluster is reachable is the cluster&apos;s rule.</source>
        <translation>Rules of endpoint %1 only; those marked “Same as the cluster” follow the cluster&apos;s rules. Whether the cluster is reachable is the cluster&apos;s rule.</translation>
    </message>
    <message>
        <source>Rules of every endpoint of this cluster, unless an endpoint sets its own.</source>
        <translation>Rules of every endpoint of this cluster, unless an endpoint sets its own.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AttachClusterDialog</name>
    <message>
        <source>Attach cluster</source>
        <translation>Attach cluster</translation>
    </message>
    <message>
        <source>optional; the cluster&apos;s own name is used otherwise</source>
        <translation>optional; the cluster&apos;s own name is used otherwise</translation>
    </message>
    <message>
        <source>the content of &lt;data-dir&gt;/admin-token</source>
        <translation>the content of &lt;data-dir&gt;/admin-token</translation>
    </message>
    <message>
        <source>From file…</source>
        <translation>From file…</translation>
    </message>
    <message>
        <source>only for a certificate your system does not trust</source>
        <translation>only for a certificate your system does not trust</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Browse…</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>CA file:</source>
        <translation>CA file:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Attach</translation>
    </message>
    <message>
        <source>Check connectivity…</source>
        <translation>Check connectivity…</translation>
    </message>
    <message>
        <source>Admin token file</source>
        <translation>Admin token file</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Cannot read %1: %2</translation>
    </message>
    <message>
        <source>CA certificate (PEM)</source>
        <translation>CA certificate (PEM)</translation>
    </message>
    <message>
        <source>Enter the cluster&apos;s URL, e.g. http://127.0.0.1:8480.</source>
        <translation>Enter the cluster&apos;s URL, e.g. http://127.0.0.1:8480.</translation>
    </message>
    <message>
        <source>The URL must start with http:// or https:// and name a host.</source>
        <translation>The URL must start with http:// or https:// and name a host.</translation>
    </message>
    <message>
        <source>The CA file does not exist.</source>
        <translation>The CA file does not exist.</translation>
    </message>
    <message>
        <source>Admin token or operator credential:</source>
        <translation>Admin token or operator credential:</translation>
    </message>
    <message>
        <source>Enter the admin token (the server writes it to &lt;data-dir&gt;/admin-token) or an operator credential.</source>
        <translation>Enter the admin token (the server writes it to &lt;data-dir&gt;/admin-token) or an operator credential.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::AuthModePanel</name>
    <message>
        <source>Authentication</source>
        <translation>Authentication</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>None (anyone may score)</source>
        <translation>None (anyone may score)</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Change…</translation>
    </message>
    <message>
        <source>Change authentication</source>
        <translation>Change authentication</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>Authentication changed.</source>
        <translation>Authentication changed.</translation>
    </message>
    <message>
        <source>Both keys stop working at once: clients that send a key get 401.</source>
        <translation>Both keys stop working at once: clients that send a key get 401.</translation>
    </message>
    <message>
        <source>Tokens stop working at once: clients that send a token get 401.</source>
        <translation>Tokens stop working at once: clients that send a token get 401.</translation>
    </message>
    <message>
        <source>Clients must then send the primary or secondary key.</source>
        <translation>Clients must then send the primary or secondary key.</translation>
    </message>
    <message>
        <source>Clients must then get a token and refresh it before it expires.</source>
        <translation>Clients must then get a token and refresh it before it expires.</translation>
    </message>
    <message>
        <source>Afterwards anyone who can reach the scoring address can use the endpoint.</source>
        <translation>Afterwards anyone who can reach the scoring address can use the endpoint.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ClusterDetailsView</name>
    <message>
        <source>Purpose: %1 · server %2</source>
        <translation>Purpose: %1 · server %2</translation>
    </message>
    <message>
        <source>Backend: %1</source>
        <translation>Backend: %1</translation>
    </message>
    <message>
        <source>CPU %1 of %2 cores</source>
        <translation>CPU %1 of %2 cores</translation>
    </message>
    <message>
        <source>Memory %1 of %2 GB</source>
        <translation>Memory %1 of %2 GB</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Figures %1, not confirmed since.</source>
        <translation>Figures %1, not confirmed since.</translation>
    </message>
    <message>
        <source>Signed in with the cluster&apos;s admin token (%1)</source>
        <translation>Signed in with the cluster&apos;s admin token (%1)</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2)</source>
        <translation>Signed in as %1 (%2)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ClustersPane</name>
    <message>
        <source>&lt;b&gt;Clusters&lt;/b&gt;</source>
        <translation>&lt;b&gt;Clusters&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Attach…</source>
        <translation>Attach…</translation>
    </message>
    <message>
        <source>No cluster attached yet.
Attach one by URL and admin token, or start a local cluster with a demo endpoint on this computer.</source>
        <translation>No cluster attached yet.
Attach one by URL and admin token, or start a local cluster with a demo endpoint on this computer.</translation>
    </message>
    <message>
        <source>Start local cluster</source>
        <translation>Start local cluster</translation>
    </message>
    <message>
        <source>Attach a cluster by its URL and admin token or operator credential.</source>
        <translation>Attach a cluster by its URL and admin token or operator credential.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ComparisonView</name>
    <message>
        <source>Comparison window</source>
        <translation>Comparison window</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last 15 minutes</source>
        <translation>Last 15 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requests</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Error rate</translation>
    </message>
    <message>
        <source>Error rate differs?</source>
        <translation>Error rate differs?</translation>
    </message>
    <message>
        <source>Latency p50</source>
        <translation>Latency p50</translation>
    </message>
    <message>
        <source>Latency p99</source>
        <translation>Latency p99</translation>
    </message>
    <message>
        <source>Mean utilization</source>
        <translation>Mean utilization</translation>
    </message>
    <message>
        <source>&lt;b&gt;Control vs treatments&lt;/b&gt;</source>
        <translation>&lt;b&gt;Control vs treatments&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Choose a control version to compare the treatments with it.</source>
        <translation>Choose a control version to compare the treatments with it.</translation>
    </message>
    <message>
        <source>No metrics yet.</source>
        <translation>No metrics yet.</translation>
    </message>
    <message>
        <source>Differences are treatment minus control. The error rates differ significantly when the two-proportion z-test gives p &lt; 0.05.</source>
        <translation>Differences are treatment minus control. The error rates differ significantly when the two-proportion z-test gives p &lt; 0.05.</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
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
        <translation>not enough data</translation>
    </message>
    <message>
        <source>yes (p = %1)</source>
        <translation>yes (p = %1)</translation>
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
        <translation>Last minute</translation>
    </message>
    <message>
        <source>live, as of %1</source>
        <translation>live, as of %1</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ConnectivityDialog</name>
    <message>
        <source>Connectivity check — %1</source>
        <translation>Connectivity check — %1</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Name resolution</source>
        <translation>Name resolution</translation>
    </message>
    <message>
        <source>TCP connect</source>
        <translation>TCP connect</translation>
    </message>
    <message>
        <source>TLS handshake and certificate</source>
        <translation>TLS handshake and certificate</translation>
    </message>
    <message>
        <source>API authentication</source>
        <translation>API authentication</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Check again</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Checking…</translation>
    </message>
    <message>
        <source>— not tried: %1</source>
        <translation>— not tried: %1</translation>
    </message>
    <message>
        <source>The cluster is reachable and accepts the admin token.</source>
        <translation>The cluster is reachable and accepts the admin token.</translation>
    </message>
    <message>
        <source>Fix the first failing step; the steps after it depend on it.</source>
        <translation>Fix the first failing step; the steps after it depend on it.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::CreateEndpointDialog</name>
    <message>
        <source>Create endpoint</source>
        <translation>Create endpoint</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>e.g. churn</source>
        <translation>e.g. churn</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>3–32 characters: lower-case letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>3–32 characters: lower-case letters, digits and &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>key=value, key2=value</source>
        <translation>key=value, key2=value</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Keys (primary and secondary)</source>
        <translation>Keys (primary and secondary)</translation>
    </message>
    <message>
        <source>Tokens (expiring JWT)</source>
        <translation>Tokens (expiring JWT)</translation>
    </message>
    <message>
        <source>None (anyone who can reach it)</source>
        <translation>None (anyone who can reach it)</translation>
    </message>
    <message>
        <source>Authentication:</source>
        <translation>Authentication:</translation>
    </message>
    <message>
        <source>How clients authenticate when they call the scoring URI.</source>
        <translation>How clients authenticate when they call the scoring URI.</translation>
    </message>
    <message>
        <source>First version (becomes the default)</source>
        <translation>First version (becomes the default)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::CredentialsView</name>
    <message>
        <source>This endpoint needs no credential: anyone who can reach it can score.</source>
        <translation>This endpoint needs no credential: anyone who can reach it can score.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::DashboardPane</name>
    <message>
        <source>%1
The tiles show the figures %2.</source>
        <translation>%1
The tiles show the figures %2.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::DashboardView</name>
    <message>
        <source>Endpoints dashboard</source>
        <translation>Endpoints dashboard</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s)</source>
        <translation>
            <numerusform>%n endpoint</numerusform>
            <numerusform>%n endpoints</numerusform>
        </translation>
    </message>
    <message>
        <source>No endpoints on this cluster yet.</source>
        <translation>No endpoints on this cluster yet.</translation>
    </message>
    <message>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Open %1</translation>
    </message>
    <message>
        <source>Replicas: %1 of %2 ready</source>
        <translation>Replicas: %1 of %2 ready</translation>
    </message>
    <message>
        <source>Load: %1 % of target</source>
        <translation>Load: %1 % of target</translation>
    </message>
    <message>
        <source>Load: no samples yet</source>
        <translation>Load: no samples yet</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::EffectiveSplitBar</name>
    <message>
        <source>Effective traffic split</source>
        <translation>Effective traffic split</translation>
    </message>
    <message>
        <source>%1 %2 % (default)</source>
        <translation>%1 %2 % (default)</translation>
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
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Promote</source>
        <translation>Promote</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Charts</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Not connected.</translation>
    </message>
    <message>
        <source>Endpoint pages</source>
        <translation>Endpoint pages</translation>
    </message>
    <message>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <source>Drag traffic between the versions</source>
        <translation>Drag traffic between the versions</translation>
    </message>
    <message>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <source>Compare the treatments with the control live, and promote</source>
        <translation>Compare the treatments with the control live, and promote</translation>
    </message>
    <message>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <source>Requests, errors, latency, utilization and replicas of every version</source>
        <translation>Requests, errors, latency, utilization and replicas of every version</translation>
    </message>
    <message>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <source>See and rotate the keys</source>
        <translation>See and rotate the keys</translation>
    </message>
    <message>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <source>What changed, and when</source>
        <translation>What changed, and when</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No endpoint selected</source>
        <translation>No endpoint selected</translation>
    </message>
    <message>
        <source>Select a cluster, then one of its endpoints: its traffic, versions, charts and keys show here.</source>
        <translation>Select a cluster, then one of its endpoints: its traffic, versions, charts and keys show here.</translation>
    </message>
    <message>
        <source>Waiting for the cluster; then select an endpoint to see its traffic, versions, charts and keys here.</source>
        <translation>Waiting for the cluster; then select an endpoint to see its traffic, versions, charts and keys here.</translation>
    </message>
    <message>
        <source>This cluster has no endpoints yet. Create one (%1) to serve a model; its traffic, versions, charts and keys then show here.</source>
        <translation>This cluster has no endpoints yet. Create one (%1) to serve a model; its traffic, versions, charts and keys then show here.</translation>
    </message>
    <message>
        <source>Select an endpoint in the list to steer its traffic, compare its versions, watch its charts and rotate its keys.</source>
        <translation>Select an endpoint in the list to steer its traffic, compare its versions, watch its charts and rotate its keys.</translation>
    </message>
    <message>
        <source>Create endpoint…</source>
        <translation>Create endpoint…</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::EndpointsPane</name>
    <message>
        <source>&lt;b&gt;Endpoints&lt;/b&gt;</source>
        <translation>&lt;b&gt;Endpoints&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create…</source>
        <translation>Create…</translation>
    </message>
    <message>
        <source>Create an endpoint with its first version.</source>
        <translation>Create an endpoint with its first version.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>Filter endpoints</source>
        <translation>Filter endpoints</translation>
    </message>
    <message>
        <source>Select a cluster to see its endpoints.</source>
        <translation>Select a cluster to see its endpoints.</translation>
    </message>
    <message>
        <source>Waiting for the cluster (%1).</source>
        <translation>Waiting for the cluster (%1).</translation>
    </message>
    <message>
        <source>No endpoint matches &quot;%1&quot;.</source>
        <translation>No endpoint matches &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>This cluster has no endpoints yet.
Create one to serve a registered model.</source>
        <translation>This cluster has no endpoints yet.
Create one to serve a registered model.</translation>
    </message>
    <message>
        <source>Create endpoint…</source>
        <translation>Create endpoint…</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::HistoryView</name>
    <message>
        <source>Change history</source>
        <translation>Change history</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>What happened</translation>
    </message>
    <message>
        <source>Restore this split</source>
        <translation>Restore this split</translation>
    </message>
    <message>
        <source>Make the split this change set live again, in one change.</source>
        <translation>Make the split this change set live again, in one change.</translation>
    </message>
    <message>
        <source>Restoring…</source>
        <translation>Restoring…</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;History&lt;/b&gt;</translation>
    </message>
    <message>
        <source>The split was restored.</source>
        <translation>The split was restored.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::KeysPanel</name>
    <message>
        <source>Rotate keys…</source>
        <translation>Rotate keys…</translation>
    </message>
    <message>
        <source>Rotate keys</source>
        <translation>Rotate keys</translation>
    </message>
    <message>
        <source>Regenerate both keys in the order that keeps every client working.</source>
        <translation>Regenerate both keys in the order that keeps every client working.</translation>
    </message>
    <message>
        <source>Clipboard cleared.</source>
        <translation>Clipboard cleared.</translation>
    </message>
    <message>
        <source>Primary key:</source>
        <translation>Primary key:</translation>
    </message>
    <message>
        <source>Secondary key:</source>
        <translation>Secondary key:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Keys&lt;/b&gt;</source>
        <translation>&lt;b&gt;Keys&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Primary key</source>
        <translation>Primary key</translation>
    </message>
    <message>
        <source>Secondary key</source>
        <translation>Secondary key</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show primary key</source>
        <translation>Show primary key</translation>
    </message>
    <message>
        <source>Show secondary key</source>
        <translation>Show secondary key</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy primary key</source>
        <translation>Copy primary key</translation>
    </message>
    <message>
        <source>Copy secondary key</source>
        <translation>Copy secondary key</translation>
    </message>
    <message>
        <source>Copy to the clipboard; it is cleared again after 30 seconds.</source>
        <translation>Copy to the clipboard; it is cleared again after 30 seconds.</translation>
    </message>
    <message>
        <source>Regenerate…</source>
        <translation>Regenerate…</translation>
    </message>
    <message>
        <source>Regenerate primary key</source>
        <translation>Regenerate primary key</translation>
    </message>
    <message>
        <source>Regenerate secondary key</source>
        <translation>Regenerate secondary key</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Hide</translation>
    </message>
    <message>
        <source>Primary key copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Primary key copied; the clipboard is cleared in 30 seconds.</translation>
    </message>
    <message>
        <source>Secondary key copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Secondary key copied; the clipboard is cleared in 30 seconds.</translation>
    </message>
    <message>
        <source>Regenerate the primary key of %1?

Every client that sends the primary key gets 401 from the moment the new key exists, until it uses the new key. Clients that use the secondary key keep working. To rotate without downtime, use Rotate keys instead.</source>
        <translation>Regenerate the primary key of %1?

Every client that sends the primary key gets 401 from the moment the new key exists, until it uses the new key. Clients that use the secondary key keep working. To rotate without downtime, use Rotate keys instead.</translation>
    </message>
    <message>
        <source>Regenerate the secondary key of %1?

Every client that sends the secondary key gets 401 from the moment the new key exists, until it uses the new key. Clients that use the primary key keep working.</source>
        <translation>Regenerate the secondary key of %1?

Every client that sends the secondary key gets 401 from the moment the new key exists, until it uses the new key. Clients that use the primary key keep working.</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerate</translation>
    </message>
    <message>
        <source>Regenerating…</source>
        <translation>Regenerating…</translation>
    </message>
    <message>
        <source>Keys updated.</source>
        <translation>Keys updated.</translation>
    </message>
    <message>
        <source>Last rotated: unknown</source>
        <translation>Last rotated: unknown</translation>
    </message>
    <message numerus="yes">
        <source>Last rotated %1 (%n day(s) ago)</source>
        <translation>
            <numerusform>Last rotated %1 (%n day ago)</numerusform>
            <numerusform>Last rotated %1 (%n days ago)</numerusform>
        </translation>
    </message>
    <message>
        <source>A key is older than %1 days. Rotate the keys (Rotate keys…) to limit what a leaked key can do.</source>
        <translation>A key is older than %1 days. Rotate the keys (Rotate keys…) to limit what a leaked key can do.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::LogView</name>
    <message>
        <source>last </source>
        <translation>last </translation>
    </message>
    <message>
        <source> lines</source>
        <translation> lines</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Follow</translation>
    </message>
    <message>
        <source>Reload every two seconds and keep the newest line in view.</source>
        <translation>Reload every two seconds and keep the newest line in view.</translation>
    </message>
    <message>
        <source>Search (Enter: next)</source>
        <translation>Search (Enter: next)</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the selection, or everything when nothing is selected.</source>
        <translation>Copy the selection, or everything when nothing is selected.</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Copied.</translation>
    </message>
    <message>
        <source>Select a version to see its logs.</source>
        <translation>Select a version to see its logs.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Loading…</translation>
    </message>
    <message>
        <source>Could not load the logs: %1</source>
        <translation>Could not load the logs: %1</translation>
    </message>
    <message>
        <source>No log lines yet.</source>
        <translation>No log lines yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n line(s).</source>
        <translation>
            <numerusform>%n line.</numerusform>
            <numerusform>%n lines.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; not found.</source>
        <translation>&quot;%1&quot; not found.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::MetricChart</name>
    <message>
        <source>Scale events</source>
        <translation>Scale events</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::MetricChartsView</name>
    <message>
        <source>Version shown</source>
        <translation>Version shown</translation>
    </message>
    <message>
        <source>All versions</source>
        <translation>All versions</translation>
    </message>
    <message>
        <source>Time window</source>
        <translation>Time window</translation>
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
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause charts</source>
        <translation>Pause charts</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export charts as PNG</source>
        <translation>Export charts as PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>Export samples as CSV</source>
        <translation>Export samples as CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Utilization</source>
        <translation>Utilization</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Queued requests</source>
        <translation>Queued requests</translation>
    </message>
    <message>
        <source>Requests and errors per second</source>
        <translation>Requests and errors per second</translation>
    </message>
    <message>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latency</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>Window:</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Resume charts</source>
        <translation>Resume charts</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Paused</translation>
    </message>
    <message>
        <source>Desired</source>
        <translation>Desired</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Busy</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Queued</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Requests/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Errors/s</translation>
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
        <translation>Target %1 %</translation>
    </message>
    <message>
        <source>%1 scaled up from %2 to %3: %4</source>
        <translation>%1 scaled up from %2 to %3: %4</translation>
    </message>
    <message>
        <source>%1 scaled down from %2 to %3: %4</source>
        <translation>%1 scaled down from %2 to %3: %4</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Saved %1</translation>
    </message>
    <message>
        <source>Could not save %1</source>
        <translation>Could not save %1</translation>
    </message>
    <message>
        <source>Ready replicas</source>
        <translation>Ready replicas</translation>
    </message>
    <message>
        <source>%1 (control)</source>
        <translation>%1 (control)</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation>%1 requests</translation>
    </message>
    <message>
        <source>%1 errors</source>
        <translation>%1 errors</translation>
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
        <translation>Requests/s (solid), errors/s (dashed)</translation>
    </message>
    <message>
        <source>Latency p99 (solid), p50 (dotted)</source>
        <translation>Latency p99 (solid), p50 (dotted)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::MonitorView</name>
    <message>
        <source>Filter by cluster, endpoint or version</source>
        <translation>Filter by cluster, endpoint or version</translation>
    </message>
    <message>
        <source>Only problems</source>
        <translation>Only problems</translation>
    </message>
    <message>
        <source>Endpoints and versions that are not Healthy or answered with a server error in the last second</source>
        <translation>Endpoints and versions that are not Healthy or answered with a server error in the last second</translation>
    </message>
    <message>
        <source>No endpoints yet. Attach a cluster, or create an endpoint: its live figures show here within a second.</source>
        <translation>No endpoints yet. Attach a cluster, or create an endpoint: its live figures show here within a second.</translation>
    </message>
    <message>
        <source>No problems: every endpoint is Healthy and answered without server errors in the last second.</source>
        <translation>No problems: every endpoint is Healthy and answered without server errors in the last second.</translation>
    </message>
    <message>
        <source>No endpoint matches the filter.</source>
        <translation>No endpoint matches the filter.</translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s) shown, %1 with problems</source>
        <translation>
            <numerusform>%n endpoint shown, %1 with problems</numerusform>
            <numerusform>%n endpoints shown, %1 with problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cluster(s) cannot be shown here: %1. Its server answered 404 to GET /api/v1/monitor, so it is older than the Monitor; update switchyard-server there. Its endpoints still show in the main view.</source>
        <translation>
            <numerusform>%n cluster(s) cannot be shown here: %1. Its server answered 404 to GET /api/v1/monitor, so it is older than the Monitor; update switchyard-server there. Its endpoints still show in the main view.</numerusform>
            <numerusform>%n cluster(s) cannot be shown here: %1. Its server answered 404 to GET /api/v1/monitor, so it is older than the Monitor; update switchyard-server there. Its endpoints still show in the main view.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::OperatorsDialog</name>
    <message>
        <source>Operators</source>
        <translation>Operators</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Last used</translation>
    </message>
    <message>
        <source>Revoke…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <source>End this credential: it is refused from the next request on.</source>
        <translation>End this credential: it is refused from the next request on.</translation>
    </message>
    <message>
        <source>e.g. alice</source>
        <translation>e.g. alice</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>90 days</source>
        <translation>90 days</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Add</translation>
    </message>
    <message>
        <source>The new credential is shown here, once.</source>
        <translation>The new credential is shown here, once.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy the credential; the clipboard is cleared after 30 seconds.</source>
        <translation>Copy the credential; the clipboard is cleared after 30 seconds.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Operators of this cluster&lt;/b&gt;</source>
        <translation>&lt;b&gt;Operators of this cluster&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Add an operator&lt;/b&gt;</source>
        <translation>&lt;b&gt;Add an operator&lt;/b&gt;</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>Adding…</source>
        <translation>Adding…</translation>
    </message>
    <message>
        <source>Give this credential to %1 now: it is not shown again.</source>
        <translation>Give this credential to %1 now: it is not shown again.</translation>
    </message>
    <message>
        <source>Revoke operator</source>
        <translation>Revoke operator</translation>
    </message>
    <message>
        <source>Revoke %1&apos;s credential? It is refused from the next request on.</source>
        <translation>Revoke %1&apos;s credential? It is refused from the next request on.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revoke</translation>
    </message>
    <message>
        <source>%1 was revoked.</source>
        <translation>%1 was revoked.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::PromotePanel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>What the promotion moves</source>
        <translation>What the promotion moves</translation>
    </message>
    <message>
        <source>Control only</source>
        <translation>Control only</translation>
    </message>
    <message>
        <source>Control and default</source>
        <translation>Control and default</translation>
    </message>
    <message>
        <source>Control, default and all traffic</source>
        <translation>Control, default and all traffic</translation>
    </message>
    <message>
        <source>Promote to control</source>
        <translation>Promote to control</translation>
    </message>
    <message>
        <source>Set as default</source>
        <translation>Set as default</translation>
    </message>
    <message>
        <source>The default version gets whatever the percentiles leave over.</source>
        <translation>The default version gets whatever the percentiles leave over.</translation>
    </message>
    <message>
        <source>Make treatment</source>
        <translation>Make treatment</translation>
    </message>
    <message>
        <source>The control becomes a treatment; the endpoint then has no control.</source>
        <translation>The control becomes a treatment; the endpoint then has no control.</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Role:</source>
        <translation>Role:</translation>
    </message>
    <message>
        <source>Promote:</source>
        <translation>Promote:</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Changing…</source>
        <translation>Changing…</translation>
    </message>
    <message>
        <source>No version</source>
        <translation>No version</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>treatment</translation>
    </message>
    <message>
        <source>%1, default</source>
        <translation>%1, default</translation>
    </message>
    <message>
        <source>%1; effective traffic %2 %</source>
        <translation>%1; effective traffic %2 %</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ReplicaCalculatorBox</name>
    <message>
        <source>Replica calculator</source>
        <translation>Replica calculator</translation>
    </message>
    <message>
        <source> req/s</source>
        <translation> req/s</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Use as minimum</source>
        <translation>Use as minimum</translation>
    </message>
    <message>
        <source>Set the minimum replicas (and the maximum, if lower) to this number.</source>
        <translation>Set the minimum replicas (and the maximum, if lower) to this number.</translation>
    </message>
    <message>
        <source>Target requests per second:</source>
        <translation>Target requests per second:</translation>
    </message>
    <message>
        <source>Time per request:</source>
        <translation>Time per request:</translation>
    </message>
    <message>
        <source>Replicas needed:</source>
        <translation>Replicas needed:</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Enter a request rate and a target utilization above zero.</source>
        <translation>Enter a request rate and a target utilization above zero.</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s)</source>
        <translation>
            <numerusform>%n replica</numerusform>
            <numerusform>%n replicas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At %1% target utilization and %n concurrent request(s) per replica.</source>
        <translation>
            <numerusform>At %1% target utilization and %n concurrent request per replica.</numerusform>
            <numerusform>At %1% target utilization and %n concurrent requests per replica.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ReplicasView</name>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
    <message>
        <source>Select a version to see its replicas.</source>
        <translation>Select a version to see its replicas.</translation>
    </message>
    <message>
        <source>Could not list the replicas: %1</source>
        <translation>Could not list the replicas: %1</translation>
    </message>
    <message>
        <source>No replicas yet (as of %1).</source>
        <translation>No replicas yet (as of %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n replica(s), as of %1.</source>
        <translation>
            <numerusform>%n replica(s), as of %1.</numerusform>
            <numerusform>%n replica(s), as of %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::RotationWizard</name>
    <message>
        <source>Rotate keys</source>
        <translation>Rotate keys</translation>
    </message>
    <message>
        <source>1. Regenerate the secondary key. Clients use the primary key meanwhile, so none stops working.</source>
        <translation>1. Regenerate the secondary key. Clients use the primary key meanwhile, so none stops working.</translation>
    </message>
    <message>
        <source>2. Switch every client to the new secondary key.</source>
        <translation>2. Switch every client to the new secondary key.</translation>
    </message>
    <message>
        <source>3. Regenerate the primary key. Only clients still on the old primary key stop working.</source>
        <translation>3. Regenerate the primary key. Only clients still on the old primary key stop working.</translation>
    </message>
    <message>
        <source>Regenerate secondary key</source>
        <translation>Regenerate secondary key</translation>
    </message>
    <message>
        <source>Copy secondary key</source>
        <translation>Copy secondary key</translation>
    </message>
    <message>
        <source>Every client now uses the secondary key</source>
        <translation>Every client now uses the secondary key</translation>
    </message>
    <message>
        <source>Regenerate primary key</source>
        <translation>Regenerate primary key</translation>
    </message>
    <message>
        <source>Regenerating the secondary key…</source>
        <translation>Regenerating the secondary key…</translation>
    </message>
    <message>
        <source>Secondary key copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Secondary key copied; the clipboard is cleared in 30 seconds.</translation>
    </message>
    <message>
        <source>Regenerating the primary key…</source>
        <translation>Regenerating the primary key…</translation>
    </message>
    <message>
        <source>The secondary key is new. Give it to every client, then tick the box.</source>
        <translation>The secondary key is new. Give it to every client, then tick the box.</translation>
    </message>
    <message>
        <source>Both keys are new. Clients keep the secondary key until the next rotation.</source>
        <translation>Both keys are new. Clients keep the secondary key until the next rotation.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::ScoreTester</name>
    <message>
        <source>Send</source>
        <translation>Send</translation>
    </message>
    <message>
        <source>Send to:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <source>Request body (JSON):</source>
        <translation>Request body (JSON):</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Served by:</source>
        <translation>Served by:</translation>
    </message>
    <message>
        <source>Latency:</source>
        <translation>Latency:</translation>
    </message>
    <message>
        <source>Select an endpoint to test it.</source>
        <translation>Select an endpoint to test it.</translation>
    </message>
    <message>
        <source>By the traffic split</source>
        <translation>By the traffic split</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The body is not valid JSON: %1 (at character %2).</source>
        <translation>The body is not valid JSON: %1 (at character %2).</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Could not read the endpoint&apos;s keys: %1</source>
        <translation>Could not read the endpoint&apos;s keys: %1</translation>
    </message>
    <message>
        <source>Could not get a token: %1</source>
        <translation>Could not get a token: %1</translation>
    </message>
    <message>
        <source>No answer: %1</source>
        <translation>No answer: %1</translation>
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
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Correct the field marked in red to continue.</source>
        <translation>Correct the field marked in red to continue.</translation>
    </message>
    <message>
        <source>The cluster refused the change: %1</source>
        <translation>The cluster refused the change: %1</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::TokenPanel</name>
    <message>
        <source>Get token</source>
        <translation>Get token</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Access token</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
    <message>
        <source>Copy token</source>
        <translation>Copy token</translation>
    </message>
    <message>
        <source>Get a new token automatically when it is due</source>
        <translation>Get a new token automatically when it is due</translation>
    </message>
    <message>
        <source>Token copied; the clipboard is cleared in 30 seconds.</source>
        <translation>Token copied; the clipboard is cleared in 30 seconds.</translation>
    </message>
    <message>
        <source>Token:</source>
        <translation>Token:</translation>
    </message>
    <message>
        <source>Refresh after:</source>
        <translation>Refresh after:</translation>
    </message>
    <message>
        <source>Expires:</source>
        <translation>Expires:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Token&lt;/b&gt;</source>
        <translation>&lt;b&gt;Token&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Getting a token…</source>
        <translation>Getting a token…</translation>
    </message>
    <message>
        <source>New token received.</source>
        <translation>New token received.</translation>
    </message>
    <message>
        <source>now</source>
        <translation>now</translation>
    </message>
    <message>
        <source>in %1 h %2 min</source>
        <translation>in %1 h %2 min</translation>
    </message>
    <message>
        <source>in %1 min %2 s</source>
        <translation>in %1 min %2 s</translation>
    </message>
    <message>
        <source>in %1 s</source>
        <translation>in %1 s</translation>
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
        <translation>%1 (expired: scoring with it fails)</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::TrafficEditor</name>
    <message>
        <source>The live split changed on the server while you were editing. Rebase keeps your edits on top of the new split; Discard drops them.</source>
        <translation>The live split changed on the server while you were editing. Rebase keeps your edits on top of the new split; Discard drops them.</translation>
    </message>
    <message>
        <source>Rebase</source>
        <translation>Rebase</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <source>Live effective traffic split</source>
        <translation>Live effective traffic split</translation>
    </message>
    <message>
        <source>Effective traffic split</source>
        <translation>Effective traffic split</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Effective</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>All to control</source>
        <translation>All to control</translation>
    </message>
    <message>
        <source>Send all traffic to the control version.</source>
        <translation>Send all traffic to the control version.</translation>
    </message>
    <message>
        <source>Even split among treatments</source>
        <translation>Even split among treatments</translation>
    </message>
    <message>
        <source>Share all traffic equally among the treatments; the control gets none.</source>
        <translation>Share all traffic equally among the treatments; the control gets none.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Canary percentage</source>
        <translation>Canary percentage</translation>
    </message>
    <message>
        <source>Canary version</source>
        <translation>Canary version</translation>
    </message>
    <message>
        <source>Canary</source>
        <translation>Canary</translation>
    </message>
    <message>
        <source>Send this share to one version and the rest to the default.</source>
        <translation>Send this share to one version and the rest to the default.</translation>
    </message>
    <message>
        <source>This endpoint has no control version.</source>
        <translation>This endpoint has no control version.</translation>
    </message>
    <message>
        <source>This endpoint has no treatments.</source>
        <translation>This endpoint has no treatments.</translation>
    </message>
    <message>
        <source>Choose a version for the canary.</source>
        <translation>Choose a version for the canary.</translation>
    </message>
    <message>
        <source>Presets:</source>
        <translation>Presets:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Make the pending split live in one change.</source>
        <translation>Make the pending split live in one change.</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revert</translation>
    </message>
    <message>
        <source>Drop the pending edits.</source>
        <translation>Drop the pending edits.</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Applying…</translation>
    </message>
    <message>
        <source>The split was not applied.</source>
        <translation>The split was not applied.</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Make %1 the default</source>
        <translation>Make %1 the default</translation>
    </message>
    <message>
        <source>The default version also gets whatever the percentiles leave over.</source>
        <translation>The default version also gets whatever the percentiles leave over.</translation>
    </message>
    <message>
        <source>Traffic for %1</source>
        <translation>Traffic for %1</translation>
    </message>
    <message>
        <source>effective 100 % (+100)</source>
        <translation>effective 100 % (+100)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traffic&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Traffic of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Traffic of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
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
        <translation>effective %1 %</translation>
    </message>
    <message>
        <source>effective %1 % (%2%3)</source>
        <translation>effective %1 % (%2%3)</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>No versions</source>
        <translation>No versions</translation>
    </message>
    <message>
        <source>Pending changes, not applied (%1 % configured)</source>
        <translation>Pending changes, not applied (%1 % configured)</translation>
    </message>
    <message>
        <source>%1 stops at %2 %: the percentiles of all versions may add up to 100 at most, and the others already have %3 %. Lower another version first.</source>
        <translation>%1 stops at %2 %: the percentiles of all versions may add up to 100 at most, and the others already have %3 %. Lower another version first.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionDetail</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Logs</translation>
    </message>
    <message>
        <source>Score tester</source>
        <translation>Score tester</translation>
    </message>
    <message>
        <source>Replicas</source>
        <translation>Replicas</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionDialog</name>
    <message>
        <source>Create version of %1</source>
        <translation>Create version of %1</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Edit version %1 of %2</source>
        <translation>Edit version %1 of %2</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Change a setting to save it.</source>
        <translation>Change a setting to save it.</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionSettingsView</name>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Setting</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Replicas (desired / ready / busy)</source>
        <translation>Replicas (desired / ready / busy)</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Created</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Updated</translation>
    </message>
    <message>
        <source>Model and runtime</source>
        <translation>Model and runtime</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Runtime</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>built-in</translation>
    </message>
    <message>
        <source>command</source>
        <translation>command</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Health path</source>
        <translation>Health path</translation>
    </message>
    <message>
        <source>Score path</source>
        <translation>Score path</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Resources (per replica)</source>
        <translation>Resources (per replica)</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>%1 cores</source>
        <translation>%1 cores</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Memory</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Autoscale</translation>
    </message>
    <message>
        <source>Fixed replicas</source>
        <translation>Fixed replicas</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Minimum / maximum replicas</source>
        <translation>Minimum / maximum replicas</translation>
    </message>
    <message>
        <source>Target utilization</source>
        <translation>Target utilization</translation>
    </message>
    <message>
        <source>Refresh every</source>
        <translation>Refresh every</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Request handling</source>
        <translation>Request handling</translation>
    </message>
    <message>
        <source>Concurrent requests per replica</source>
        <translation>Concurrent requests per replica</translation>
    </message>
    <message>
        <source>Longest wait in queue</source>
        <translation>Longest wait in queue</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Scoring timeout</source>
        <translation>Scoring timeout</translation>
    </message>
    <message>
        <source>Collect model data</source>
        <translation>Collect model data</translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation>Health probes</translation>
    </message>
    <message>
        <source>Probe every</source>
        <translation>Probe every</translation>
    </message>
    <message>
        <source>Start-up allowance</source>
        <translation>Start-up allowance</translation>
    </message>
    <message>
        <source>Probe timeout</source>
        <translation>Probe timeout</translation>
    </message>
    <message>
        <source>Successes / failures</source>
        <translation>Successes / failures</translation>
    </message>
    <message>
        <source>Traffic and role</source>
        <translation>Traffic and role</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Traffic</translation>
    </message>
    <message>
        <source>Effective traffic</source>
        <translation>Effective traffic</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Default</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>control</source>
        <translation>control</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>treatment</translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionSpecForm</name>
    <message>
        <source>Fixed when the version was created; create a new version to change it.</source>
        <translation>Fixed when the version was created; create a new version to change it.</translation>
    </message>
    <message>
        <source>An endpoint&apos;s first version is always its default.</source>
        <translation>An endpoint&apos;s first version is always its default.</translation>
    </message>
    <message>
        <source>Model and runtime</source>
        <translation>Model and runtime</translation>
    </message>
    <message>
        <source>e.g. versiona</source>
        <translation>e.g. versiona</translation>
    </message>
    <message>
        <source>Version name:</source>
        <translation>Version name:</translation>
    </message>
    <message>
        <source>3–32 characters: lower-case letters, digits and &apos;-&apos;, starting with a letter.</source>
        <translation>3–32 characters: lower-case letters, digits and &apos;-&apos;, starting with a letter.</translation>
    </message>
    <message>
        <source>name:version, e.g. churn:1</source>
        <translation>name:version, e.g. churn:1</translation>
    </message>
    <message>
        <source>Register model…</source>
        <translation>Register model…</translation>
    </message>
    <message>
        <source>Model:</source>
        <translation>Model:</translation>
    </message>
    <message>
        <source>A registered model, as name:version.</source>
        <translation>A registered model, as name:version.</translation>
    </message>
    <message>
        <source>Built-in model server</source>
        <translation>Built-in model server</translation>
    </message>
    <message>
        <source>Command (any HTTP program)</source>
        <translation>Command (any HTTP program)</translation>
    </message>
    <message>
        <source>Runtime:</source>
        <translation>Runtime:</translation>
    </message>
    <message>
        <source>program and arguments; $PORT and $MODEL_PATH are set</source>
        <translation>program and arguments; $PORT and $MODEL_PATH are set</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Command:</translation>
    </message>
    <message>
        <source>KEY=value, KEY2=value</source>
        <translation>KEY=value, KEY2=value</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Environment:</translation>
    </message>
    <message>
        <source>Health path:</source>
        <translation>Health path:</translation>
    </message>
    <message>
        <source>Score path:</source>
        <translation>Score path:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description:</translation>
    </message>
    <message>
        <source>key=value, key2=value</source>
        <translation>key=value, key2=value</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Tags:</translation>
    </message>
    <message>
        <source>Resources (per replica)</source>
        <translation>Resources (per replica)</translation>
    </message>
    <message>
        <source> cores</source>
        <translation> cores</translation>
    </message>
    <message>
        <source>CPU:</source>
        <translation>CPU:</translation>
    </message>
    <message>
        <source>CPU cores reserved for each replica.</source>
        <translation>CPU cores reserved for each replica.</translation>
    </message>
    <message>
        <source> GB</source>
        <translation> GB</translation>
    </message>
    <message>
        <source>Memory:</source>
        <translation>Memory:</translation>
    </message>
    <message>
        <source>Memory in GB reserved for each replica.</source>
        <translation>Memory in GB reserved for each replica.</translation>
    </message>
    <message>
        <source>Autoscale</source>
        <translation>Autoscale</translation>
    </message>
    <message>
        <source>Scale on replica utilization</source>
        <translation>Scale on replica utilization</translation>
    </message>
    <message>
        <source>Autoscale:</source>
        <translation>Autoscale:</translation>
    </message>
    <message>
        <source>Fixed replica count</source>
        <translation>Fixed replica count</translation>
    </message>
    <message>
        <source>Replicas:</source>
        <translation>Replicas:</translation>
    </message>
    <message>
        <source>Minimum replicas:</source>
        <translation>Minimum replicas:</translation>
    </message>
    <message>
        <source>Maximum replicas:</source>
        <translation>Maximum replicas:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Target utilization:</source>
        <translation>Target utilization:</translation>
    </message>
    <message>
        <source>Busy replicas and queued requests per ready replica.</source>
        <translation>Busy replicas and queued requests per ready replica.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Refresh every:</source>
        <translation>Refresh every:</translation>
    </message>
    <message>
        <source>Request handling</source>
        <translation>Request handling</translation>
    </message>
    <message>
        <source>Concurrent requests per replica:</source>
        <translation>Concurrent requests per replica:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Longest wait in queue:</source>
        <translation>Longest wait in queue:</translation>
    </message>
    <message>
        <source>A request waiting longer for a free replica is answered 503.</source>
        <translation>A request waiting longer for a free replica is answered 503.</translation>
    </message>
    <message>
        <source>Scoring timeout:</source>
        <translation>Scoring timeout:</translation>
    </message>
    <message>
        <source>A replica taking longer is answered 504.</source>
        <translation>A replica taking longer is answered 504.</translation>
    </message>
    <message>
        <source>Keep scored requests and answers</source>
        <translation>Keep scored requests and answers</translation>
    </message>
    <message>
        <source>Collect model data:</source>
        <translation>Collect model data:</translation>
    </message>
    <message>
        <source>Health probes</source>
        <translation>Health probes</translation>
    </message>
    <message>
        <source>Probe every:</source>
        <translation>Probe every:</translation>
    </message>
    <message>
        <source>Start-up allowance:</source>
        <translation>Start-up allowance:</translation>
    </message>
    <message>
        <source>How long a replica may take to become ready before it counts as failed.</source>
        <translation>How long a replica may take to become ready before it counts as failed.</translation>
    </message>
    <message>
        <source>Probe timeout:</source>
        <translation>Probe timeout:</translation>
    </message>
    <message>
        <source>Successes to be ready:</source>
        <translation>Successes to be ready:</translation>
    </message>
    <message>
        <source>Failures to restart:</source>
        <translation>Failures to restart:</translation>
    </message>
    <message>
        <source>Traffic and role</source>
        <translation>Traffic and role</translation>
    </message>
    <message>
        <source>Traffic:</source>
        <translation>Traffic:</translation>
    </message>
    <message>
        <source>This version&apos;s share; what no version claims goes to the default version.</source>
        <translation>This version&apos;s share; what no version claims goes to the default version.</translation>
    </message>
    <message>
        <source>Default version (receives the remainder)</source>
        <translation>Default version (receives the remainder)</translation>
    </message>
    <message>
        <source>Default:</source>
        <translation>Default:</translation>
    </message>
    <message>
        <source>Control version (others are treatments)</source>
        <translation>Control version (others are treatments)</translation>
    </message>
    <message>
        <source>Control:</source>
        <translation>Control:</translation>
    </message>
    <message numerus="yes">
        <source>%1 cores and %2 GB free: room for %n replica(s) of this size.</source>
        <translation>
            <numerusform>%1 cores and %2 GB free: room for %n replica of this size.</numerusform>
            <numerusform>%1 cores and %2 GB free: room for %n replicas of this size.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>switchyard::widgets::VersionsPane</name>
    <message>
        <source>New version…</source>
        <translation>New version…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Delete…</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versions&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Versions of %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Versions of %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Select an endpoint to see its versions.</source>
        <translation>Select an endpoint to see its versions.</translation>
    </message>
    <message>
        <source>Loading the versions of %1…</source>
        <translation>Loading the versions of %1…</translation>
    </message>
</context>
</TS>
