#include "PodRunner.h"

#include <QDateTime>

#include <csignal>

#include <sys/prctl.h>
#include <unistd.h>

#include <QProcessEnvironment>

namespace fakekube {

using nlohmann::json;

namespace {

// Per container (current and previous): at most 2000 lines of 4 KiB.
constexpr std::size_t kLogLines = 2000;
constexpr qsizetype kLogLineBytes = 4 * 1024;

} // namespace

PodRunner::PodRunner(ObjectStore& store, const json& pod, PodSettings settings, QObject* parent)
    : QObject(parent), m_store(store), m_namespace(ObjectStore::namespaceOf(pod)),
      m_name(ObjectStore::name(pod)), m_uid(pod.value("/metadata/uid"_json_pointer, std::string())),
      m_container(pod.value("/spec/containers/0"_json_pointer, json::object())),
      m_address(QString::fromStdString(pod.value("/status/podIP"_json_pointer, std::string()))),
      m_settings(std::move(settings))
{
    m_state = {{"waiting", {{"reason", "ContainerCreating"}}}};
    m_retry.setSingleShot(true);
    m_killTimer.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &PodRunner::launch);
    connect(&m_killTimer, &QTimer::timeout, this, [this] { signalGroup(SIGKILL); });
    if (m_container.contains("readinessProbe")) {
        m_readiness = new ProbeRunner(m_container["readinessProbe"], m_container, m_address, false, this);
        connect(m_readiness, &ProbeRunner::healthChanged, this, &PodRunner::onReadiness);
    }
    if (m_container.contains("livenessProbe")) {
        m_liveness = new ProbeRunner(m_container["livenessProbe"], m_container, m_address, true, this);
        connect(m_liveness, &ProbeRunner::healthChanged, this, &PodRunner::onLiveness);
    }
}

PodRunner::~PodRunner()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->disconnect(this);
        signalGroup(SIGKILL);
        m_process->waitForFinished(5000);
    }
}

bool PodRunner::isRunning() const
{
    return m_process && m_process->state() != QProcess::NotRunning;
}

void PodRunner::start()
{
    publish();
    launch();
}

void PodRunner::launch()
{
    if (m_deleting)
        return;
    const std::string image = m_container.value("image", std::string());
    if (m_settings.unpullable && m_settings.unpullable(image)) {
        // The kubelet's first failure is ErrImagePull; the retries after it wait in ImagePullBackOff.
        const bool first = m_state.value("/waiting/reason"_json_pointer, std::string()) != "ErrImagePull" &&
                           m_state.value("/waiting/reason"_json_pointer, std::string()) != "ImagePullBackOff";
        if (first)
            waiting("ErrImagePull", "rpc error: code = NotFound desc = failed to pull and unpack image \"" +
                                        image + "\": failed to resolve reference \"" + image +
                                        "\": " + image + ": not found");
        else
            waiting("ImagePullBackOff", "Back-off pulling image \"" + image + "\"");
        m_retry.start(m_settings.crashBackoffMs);
        return;
    }
    QStringList environment;
    if (const auto problem = this->environment(environment)) {
        waiting("CreateContainerConfigError", *problem);
        m_retry.start(m_settings.crashBackoffMs);
        return;
    }
    std::vector<std::string> command = m_container.value("command", std::vector<std::string>());
    for (const auto& arg : m_container.value("args", std::vector<std::string>()))
        command.push_back(arg);
    if (command.empty()) {
        waiting("CreateContainerError", "the fake needs a command: it cannot read an image's entrypoint");
        return;
    }
    QString program = QString::fromStdString(command[0]);
    if (command[0] == "switchyard-replica")
        program = m_settings.replicaBinary;
    QStringList arguments;
    for (std::size_t i = 1; i < command.size(); ++i)
        arguments << QString::fromStdString(command[i]);

    if (!m_log.empty() || !m_partialLine.isEmpty()) {
        m_previousLog = std::move(m_log);
        m_log.clear();
        m_partialLine.clear();
    }
    auto* process = new QProcess(this);
    m_process = process;
    process->setProgram(program);
    process->setArguments(arguments);
    process->setEnvironment(environment);
    process->setProcessChannelMode(QProcess::MergedChannels);
    // Its own process group, so a shell's children stop with it; and no orphan if the fake dies.
    process->setChildProcessModifier([] {
        ::setpgid(0, 0);
        ::prctl(PR_SET_PDEATHSIG, SIGKILL);
    });
    connect(process, &QProcess::readyReadStandardOutput, this, &PodRunner::onOutput);
    connect(process, &QProcess::finished, this, &PodRunner::onExited);
    connect(process, &QProcess::errorOccurred, this, [this, process](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart && process == m_process) {
            m_log.push_back("fake-kube-apiserver: cannot start " + process->program().toUtf8() + ": " +
                            process->errorString().toUtf8());
            onExited(127, QProcess::NormalExit);
        }
    });
    process->start();
    m_startedAt = ObjectStore::now();
    m_running.start();
    m_started = true;
    m_phase = "Running";
    m_state = {{"running", {{"startedAt", m_startedAt}}}};
    m_ready = m_readiness == nullptr;
    if (m_ready)
        m_readySince = m_startedAt;
    if (m_readiness)
        m_readiness->start();
    if (m_liveness)
        m_liveness->start();
    publish();
}

std::optional<std::string> PodRunner::environment(QStringList& out) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOSTNAME"), QString::fromStdString(m_name));
    for (const auto& var : m_container.value("env", json::array())) {
        const QString name = QString::fromStdString(var.value("name", std::string()));
        if (var.contains("value")) {
            env.insert(name, QString::fromStdString(var.value("value", std::string())));
            continue;
        }
        const json from = var.value("valueFrom", json::object());
        if (from.contains("fieldRef")) {
            const std::string path = from["fieldRef"].value("fieldPath", std::string());
            if (path == "status.podIP")
                env.insert(name, m_address);
            else if (path == "metadata.name")
                env.insert(name, QString::fromStdString(m_name));
            else if (path == "metadata.namespace")
                env.insert(name, QString::fromStdString(m_namespace));
            else if (path == "metadata.uid")
                env.insert(name, QString::fromStdString(m_uid));
        } else if (from.contains("secretKeyRef")) {
            const std::string secretName = from["secretKeyRef"].value("name", std::string());
            const std::string key = from["secretKeyRef"].value("key", std::string());
            const auto secret = m_store.get("secrets", m_namespace, secretName);
            if (!secret)
                return "secret \"" + secretName + "\" not found";
            const json data = secret->value("data", json::object());
            if (!data.contains(key) || !data[key].is_string())
                return "couldn't find key " + key + " in Secret " + m_namespace + "/" + secretName;
            env.insert(name, QString::fromUtf8(QByteArray::fromBase64(
                                 QByteArray::fromStdString(data[key].get<std::string>()))));
        }
    }
    out = env.toStringList();
    return std::nullopt;
}

void PodRunner::waiting(const std::string& reason, const std::string& message)
{
    m_state = {{"waiting", {{"reason", reason}, {"message", message}}}};
    m_ready = false;
    publish();
}

void PodRunner::onExited(int exitCode, QProcess::ExitStatus status)
{
    auto* process = qobject_cast<QProcess*>(sender());
    if (process && process != m_process)
        return;
    stopProbes();
    onOutput();
    if (m_process)
        m_process->deleteLater();
    m_process = nullptr;
    m_killTimer.stop();
    // Qt reports the signal number as the exit code of a crashed process; a shell would say 128 + it.
    const int code = status == QProcess::CrashExit ? 128 + exitCode : exitCode;
    const json ended{{"exitCode", code},
                     {"reason", m_deleting || code == 0 ? "Completed" : "Error"},
                     {"startedAt", m_startedAt},
                     {"finishedAt", ObjectStore::now()}};
    m_ready = false;
    if (m_deleting) {
        m_state = {{"terminated", ended}};
        publish();
        emit terminated();
        return;
    }
    m_lastState = {{"terminated", ended}};
    ++m_restarts;
    // As the kubelet resets its back-off after a container ran long enough (ten minutes there; ten times
    // the cap here, so a test can see both).
    if (m_running.isValid() && m_running.elapsed() > 100LL * m_settings.crashBackoffMs)
        m_exits = 0;
    ++m_exits;
    const int cap = 10 * m_settings.crashBackoffMs;
    const int delay = std::min(cap, m_settings.crashBackoffMs << std::min(m_exits - 1, 12));
    if (m_exits >= 2) {
        m_state = {
            {"waiting",
             {{"reason", "CrashLoopBackOff"},
              {"message", "back-off " + std::to_string(delay / 1000.0).substr(0, 4) +
                              "s restarting failed container=" + m_container.value("name", std::string()) +
                              " pod=" + m_name + "_" + m_namespace + "(" + m_uid + ")"}}}};
    } else {
        m_state = {{"terminated", ended}};
    }
    m_livenessKill = false;
    publish();
    m_retry.start(delay);
}

void PodRunner::onOutput()
{
    if (!m_process)
        return;
    m_partialLine += m_process->readAll();
    qsizetype start = 0;
    for (auto end = m_partialLine.indexOf('\n'); end >= 0; end = m_partialLine.indexOf('\n', start)) {
        m_log.push_back(stamped(m_partialLine.mid(start, std::min(end - start, kLogLineBytes))));
        start = end + 1;
        if (m_log.size() > kLogLines)
            m_log.pop_front();
    }
    m_partialLine.remove(0, start);
    if (m_partialLine.size() > kLogLineBytes) {
        m_log.push_back(stamped(m_partialLine.left(kLogLineBytes)));
        m_partialLine.clear();
    }
}

QByteArray PodRunner::stamped(const QByteArray& line)
{
    // As the kubelet keeps them: each line with the RFC 3339 time it was written (nanoseconds).
    const auto now = QDateTime::currentDateTimeUtc();
    return now.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")).toUtf8() + "000000Z " + line;
}

QByteArray PodRunner::logs(int tailLines, bool previous, bool timestamps) const
{
    const auto& lines = previous ? m_previousLog : m_log;
    std::size_t first = 0;
    if (tailLines >= 0 && static_cast<std::size_t>(tailLines) < lines.size())
        first = lines.size() - static_cast<std::size_t>(tailLines);
    QByteArray out;
    for (std::size_t i = first; i < lines.size(); ++i)
        out += (timestamps ? lines[i] : lines[i].mid(lines[i].indexOf(' ') + 1)) + '\n';
    if (!previous && !m_partialLine.isEmpty() && tailLines != 0)
        out += m_partialLine;
    return out;
}

void PodRunner::onReadiness(bool ready)
{
    if (m_deleting || !isRunning())
        return;
    m_ready = ready;
    if (ready)
        m_readySince = ObjectStore::now();
    publish();
}

void PodRunner::onLiveness(bool alive)
{
    if (alive || m_deleting || !isRunning())
        return;
    // The kubelet kills a container that fails liveness; it is then restarted like any exited one.
    m_livenessKill = true;
    stopProbes();
    m_ready = false;
    publish();
    signalGroup(SIGTERM);
    m_killTimer.start(m_store.get("pods", m_namespace, m_name)
                          .value_or(json::object())
                          .value("/spec/terminationGracePeriodSeconds"_json_pointer, 30) *
                      1000);
}

void PodRunner::terminate(int gracePeriodSeconds)
{
    if (m_deleting && gracePeriodSeconds > 0)
        return;
    m_deleting = true;
    m_retry.stop();
    stopProbes();
    m_ready = false;
    publish();
    if (!isRunning()) {
        if (!m_process) // nothing ever ran, or it is between restarts
            QMetaObject::invokeMethod(this, &PodRunner::terminated, Qt::QueuedConnection);
        return;
    }
    if (gracePeriodSeconds <= 0) {
        signalGroup(SIGKILL);
        return;
    }
    signalGroup(SIGTERM);
    m_killTimer.start(gracePeriodSeconds * 1000);
}

void PodRunner::crash()
{
    if (isRunning())
        signalGroup(SIGKILL);
}

void PodRunner::signalGroup(int signal)
{
    if (!m_process)
        return;
    const auto pid = static_cast<pid_t>(m_process->processId());
    if (pid > 0) {
        ::kill(-pid, signal); // the group (see setpgid at launch)
        ::kill(pid, signal);  // in case it had not moved to its group yet
    }
}

void PodRunner::stopProbes()
{
    if (m_readiness)
        m_readiness->stop();
    if (m_liveness)
        m_liveness->stop();
}

void PodRunner::publish()
{
    auto pod = m_store.get("pods", m_namespace, m_name);
    if (!pod)
        return;
    json& status = (*pod)["status"];
    const json previous = status;
    const bool podReady = m_ready && !m_deleting;
    const std::string since = m_readySince.empty()
                                  ? pod->value("/metadata/creationTimestamp"_json_pointer, std::string())
                                  : m_readySince;
    auto condition = [&](const char* type, bool value) {
        return json{{"type", type},
                    {"status", value ? "True" : "False"},
                    {"lastProbeTime", nullptr},
                    {"lastTransitionTime", since}};
    };
    status["phase"] = m_phase;
    status["conditions"] =
        json::array({condition("Initialized", true), condition("Ready", podReady),
                     condition("ContainersReady", m_ready), condition("PodScheduled", true)});
    json container{{"name", m_container.value("name", std::string())},
                   {"image", m_container.value("image", std::string())},
                   {"imageID", ""},
                   {"ready", m_ready},
                   {"started", m_started && m_state.contains("running")},
                   {"restartCount", m_restarts},
                   {"state", m_state},
                   {"lastState", m_lastState}};
    if (m_process)
        container["containerID"] = "fake://" + std::to_string(m_process->processId());
    status["containerStatuses"] = json::array({container});
    if (!m_startedAt.empty() && !status.contains("startTime"))
        status["startTime"] = m_startedAt;
    if (status != previous)
        m_store.update("pods", std::move(*pod));
}

} // namespace fakekube
