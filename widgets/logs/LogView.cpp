#include "LogView.h"

#include <QApplication>
#include <QFontDatabase>
#include <QCheckBox>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSpinBox>
#include <QVBoxLayout>

#include "ClusterSession.h"

namespace switchyard::widgets {

LogView::LogView(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("logView"));
    m_tail = new QSpinBox(this);
    m_tail->setObjectName(QStringLiteral("logTail"));
    m_tail->setRange(10, 10000);
    m_tail->setValue(200);
    m_tail->setPrefix(tr("last "));
    m_tail->setSuffix(tr(" lines"));
    m_follow = new QCheckBox(tr("Follow"), this);
    m_follow->setObjectName(QStringLiteral("logFollow"));
    m_follow->setToolTip(tr("Reload every two seconds and keep the newest line in view."));
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("logSearch"));
    m_search->setPlaceholderText(tr("Search (Enter: next)"));
    m_search->setClearButtonEnabled(true);
    m_refresh = new QPushButton(tr("Reload"), this);
    m_refresh->setObjectName(QStringLiteral("logReload"));
    m_copy = new QPushButton(tr("Copy"), this);
    m_copy->setObjectName(QStringLiteral("logCopy"));
    m_copy->setToolTip(tr("Copy the selection, or everything when nothing is selected."));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("logText"));
    m_text->setReadOnly(true);
    m_text->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_text->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_text->setMaximumBlockCount(20000);

    auto* bar = new QHBoxLayout;
    bar->addWidget(m_tail);
    bar->addWidget(m_follow);
    bar->addWidget(m_search, 1);
    bar->addWidget(m_refresh);
    bar->addWidget(m_copy);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_status);

    m_followTimer.setInterval(2000);
    connect(&m_followTimer, &QTimer::timeout, this, &LogView::reload);
    connect(m_follow, &QCheckBox::toggled, this, [this](bool on) {
        if (on) {
            m_followTimer.start();
            reload();
        } else {
            m_followTimer.stop();
        }
    });
    connect(m_refresh, &QPushButton::clicked, this, &LogView::reload);
    connect(m_tail, &QSpinBox::editingFinished, this, &LogView::reload);
    connect(m_search, &QLineEdit::returnPressed, this, &LogView::findNext);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        const QString selected =
            m_text->textCursor().selectedText().replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
        QApplication::clipboard()->setText(selected.isEmpty() ? m_text->toPlainText() : selected);
        m_status->setText(tr("Copied."));
    });
    setTarget(nullptr, {}, {});
}

void LogView::setTarget(models::ClusterSession* session, const QString& endpoint, const QString& version)
{
    if (session == m_session && endpoint == m_endpoint && version == m_version)
        return;
    m_session = session;
    m_endpoint = endpoint;
    m_version = version;
    ++m_generation;
    m_inFlight = false;
    m_text->clear();
    const bool target = session && !version.isEmpty();
    m_refresh->setEnabled(target);
    m_follow->setEnabled(target);
    m_status->setText(target ? QString() : tr("Select a version to see its logs."));
    if (target && isVisible())
        reload();
}

QString LogView::text() const
{
    return m_text->toPlainText();
}

void LogView::reload()
{
    if (!m_session || m_version.isEmpty() || m_inFlight)
        return;
    m_inFlight = true;
    m_refresh->setEnabled(false);
    m_status->setText(tr("Loading…"));
    const int generation = m_generation;
    m_session->fetchLogs(
        m_endpoint, m_version, m_tail->value(), this,
        [this, generation](const client::ApiResult<std::string>& result) {
            if (generation != m_generation)
                return; // an answer for the version shown before
            m_inFlight = false;
            m_refresh->setEnabled(true);
            if (!result) {
                m_status->setText(
                    tr("Could not load the logs: %1").arg(QString::fromStdString(client::describe(result))));
                return;
            }
            showLines(QString::fromStdString(result.value()));
        });
}

void LogView::showLines(const QString& text)
{
    auto* bar = m_text->verticalScrollBar();
    const bool atEnd = bar->value() == bar->maximum();
    const int keep = bar->value();
    if (text != m_text->toPlainText())
        m_text->setPlainText(text);
    bar->setValue(m_follow->isChecked() || atEnd ? bar->maximum() : keep);
    const int lines = text.isEmpty() ? 0
                                     : static_cast<int>(text.count(QLatin1Char('\n'))) +
                                           (text.endsWith(QLatin1Char('\n')) ? 0 : 1);
    m_status->setText(lines == 0 ? tr("No log lines yet.") : tr("%n line(s).", nullptr, lines));
}

void LogView::findNext()
{
    const QString needle = m_search->text();
    if (needle.isEmpty())
        return;
    if (!m_text->find(needle)) {
        m_text->moveCursor(QTextCursor::Start);
        if (!m_text->find(needle))
            m_status->setText(tr("\"%1\" not found.").arg(needle));
    }
}

} // namespace switchyard::widgets
