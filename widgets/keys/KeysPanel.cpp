#include "KeysPanel.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

#include "common/DialogSeam.h"
#include "keys/ClipboardGuard.h"
#include "keys/Confirmation.h"
#include "keys/RotationWizard.h"
#include "StateText.h"

namespace switchyard::widgets {

using client::KeyType;

KeysPanel::KeysPanel(QWidget* parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("keysPanel"));
    m_clipboard = new ClipboardGuard(this);
    m_primary = makeRow(KeyType::Primary);
    m_secondary = makeRow(KeyType::Secondary);
    m_warning = new QLabel(this);
    m_warning->setObjectName(QStringLiteral("keysAgeWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(
        QStringLiteral("color: %1;").arg(models::StateText::healthColor(HealthState::Unhealthy).name()));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("keysMessage"));
    m_message->setWordWrap(true);
    m_rotate = new QPushButton(tr("Rotate keys…"), this);
    m_rotate->setObjectName(QStringLiteral("rotateKeysButton"));
    m_rotate->setAccessibleName(tr("Rotate keys"));
    m_rotate->setToolTip(tr("Regenerate both keys in the order that keeps every client working."));
    connect(m_rotate, &QPushButton::clicked, this, [this] {
        if (m_wizard)
            return;
        m_wizard = new RotationWizard(this);
        if (m_keys)
            m_wizard->setKeys(*m_keys);
        connect(m_wizard, &RotationWizard::regenerateRequested, this,
                [this](KeyType type) { emit regenerateKeyRequested(m_endpoint, type); });
        connect(m_wizard, &RotationWizard::copyRequested, m_clipboard, &ClipboardGuard::copy);
        DialogSeam::show(m_wizard);
    });
    connect(m_clipboard, &ClipboardGuard::cleared, this,
            [this] { m_message->setText(tr("Clipboard cleared.")); });

    auto* grid = new QGridLayout;
    int line = 0;
    for (auto* row : {&m_primary, &m_secondary}) {
        grid->addWidget(new QLabel(row == &m_primary ? tr("Primary key:") : tr("Secondary key:"), this), line,
                        0);
        grid->addWidget(row->field, line, 1);
        grid->addWidget(row->reveal, line, 2);
        grid->addWidget(row->copy, line, 3);
        grid->addWidget(row->regenerate, line, 4);
        grid->addWidget(row->rotated, line + 1, 1, 1, 4);
        line += 2;
    }
    grid->setColumnStretch(1, 1);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_rotate);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("<b>Keys</b>"), this));
    layout->addLayout(grid);
    layout->addWidget(m_warning);
    layout->addLayout(bottom);
    layout->addStretch(1);
    clearKeys();
}

KeysPanel::KeyRow KeysPanel::makeRow(KeyType type)
{
    const bool primary = type == KeyType::Primary;
    const QString which = primary ? QStringLiteral("Primary") : QStringLiteral("Secondary");
    KeyRow row;
    row.field = new QLineEdit(this);
    row.field->setObjectName(QStringLiteral("keyField") + which);
    row.field->setReadOnly(true);
    row.field->setEchoMode(QLineEdit::Password);
    row.field->setAccessibleName(primary ? tr("Primary key") : tr("Secondary key"));
    row.field->setMinimumWidth(row.field->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 32);
    row.reveal = new QToolButton(this);
    row.reveal->setObjectName(QStringLiteral("revealKey") + which);
    row.reveal->setCheckable(true);
    row.reveal->setText(tr("Show"));
    row.reveal->setAccessibleName(primary ? tr("Show primary key") : tr("Show secondary key"));
    row.copy = new QPushButton(tr("Copy"), this);
    row.copy->setObjectName(QStringLiteral("copyKey") + which);
    row.copy->setAccessibleName(primary ? tr("Copy primary key") : tr("Copy secondary key"));
    row.copy->setToolTip(tr("Copy to the clipboard; it is cleared again after 30 seconds."));
    row.regenerate = new QPushButton(tr("Regenerate…"), this);
    row.regenerate->setObjectName(QStringLiteral("regenerateKey") + which);
    row.regenerate->setAccessibleName(primary ? tr("Regenerate primary key")
                                              : tr("Regenerate secondary key"));
    row.rotated = new QLabel(this);
    row.rotated->setObjectName(QStringLiteral("keyRotated") + which);
    QLineEdit* field = row.field;
    QToolButton* reveal = row.reveal;
    connect(reveal, &QToolButton::toggled, this, [field, reveal, this](bool on) {
        field->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setText(on ? tr("Hide") : tr("Show"));
    });
    connect(row.copy, &QPushButton::clicked, this, [this, field, primary] {
        m_clipboard->copy(field->text());
        m_message->setText(primary ? tr("Primary key copied; the clipboard is cleared in 30 seconds.")
                                   : tr("Secondary key copied; the clipboard is cleared in 30 seconds."));
    });
    connect(row.regenerate, &QPushButton::clicked, this, [this, type] { confirmRegenerate(type); });
    return row;
}

void KeysPanel::confirmRegenerate(KeyType type)
{
    const bool primary = type == KeyType::Primary;
    const QString text =
        primary
            ? tr("Regenerate the primary key of %1?\n\nEvery client that sends the primary key gets 401 from "
                 "the moment the new key exists, until it uses the new key. Clients that use the secondary "
                 "key "
                 "keep working. To rotate without downtime, use Rotate keys instead.")
                  .arg(m_endpoint)
            : tr("Regenerate the secondary key of %1?\n\nEvery client that sends the secondary key gets 401 "
                 "from "
                 "the moment the new key exists, until it uses the new key. Clients that use the primary key "
                 "keep "
                 "working.")
                  .arg(m_endpoint);
    Confirmation::ask(this, primary ? tr("Regenerate primary key") : tr("Regenerate secondary key"), text,
                      tr("Regenerate"), [this, type] {
                          m_busy = true;
                          m_message->setText(tr("Regenerating…"));
                          m_primary.regenerate->setEnabled(false);
                          m_secondary.regenerate->setEnabled(false);
                          emit regenerateKeyRequested(m_endpoint, type);
                      });
}

void KeysPanel::setEndpoint(const QString& endpoint)
{
    if (endpoint == m_endpoint)
        return;
    m_endpoint = endpoint;
    clearKeys();
    if (!endpoint.isEmpty() && m_refusal.isEmpty())
        emit keysRequested(endpoint);
}

void KeysPanel::setRefusal(const QString& refusal)
{
    if (refusal == m_refusal)
        return;
    m_refusal = refusal;
    clearKeys();
    for (auto* row : {&m_primary, &m_secondary})
        for (QWidget* w : {static_cast<QWidget*>(row->copy), static_cast<QWidget*>(row->reveal),
                           static_cast<QWidget*>(row->regenerate)})
            w->setToolTip(refusal);
    m_rotate->setToolTip(refusal);
    m_message->setText(refusal);
    if (refusal.isEmpty() && !m_endpoint.isEmpty())
        emit keysRequested(m_endpoint);
}

void KeysPanel::setKeys(const KeySet& keys)
{
    if (!m_refusal.isEmpty())
        return; // asked before the role was known: a refused credential is shown no key
    const bool changed = m_keys.has_value();
    m_keys = keys;
    m_busy = false;
    m_primary.field->setText(QString::fromStdString(keys.primaryKey));
    m_secondary.field->setText(QString::fromStdString(keys.secondaryKey));
    for (auto* row : {&m_primary, &m_secondary}) {
        row->copy->setEnabled(true);
        row->reveal->setEnabled(true);
        row->regenerate->setEnabled(true);
    }
    m_rotate->setEnabled(true);
    if (changed)
        m_message->setText(tr("Keys updated."));
    if (m_wizard)
        m_wizard->setKeys(keys);
    updateAges();
}

void KeysPanel::clearKeys()
{
    m_keys.reset();
    m_busy = false;
    for (auto* row : {&m_primary, &m_secondary}) {
        row->field->clear();
        row->reveal->setChecked(false);
        row->rotated->clear();
        row->copy->setEnabled(false);
        row->reveal->setEnabled(false);
        row->regenerate->setEnabled(false);
    }
    m_rotate->setEnabled(false);
    m_warning->clear();
    m_message->clear();
}

void KeysPanel::setRequestFailed(const QString& error)
{
    m_busy = false;
    m_message->setText(error);
    const bool have = m_keys.has_value();
    m_primary.regenerate->setEnabled(have);
    m_secondary.regenerate->setEnabled(have);
    if (m_wizard)
        m_wizard->setFailed(error);
}

RotationWizard* KeysPanel::wizard() const
{
    return m_wizard;
}

void KeysPanel::setNow(const QDateTime& now)
{
    m_now = now;
    updateAges();
}

QString KeysPanel::ageText(const std::string& rotatedAt, bool* old) const
{
    const auto when = QDateTime::fromString(QString::fromStdString(rotatedAt), Qt::ISODate);
    if (!when.isValid())
        return tr("Last rotated: unknown");
    const auto now = m_now.value_or(QDateTime::currentDateTimeUtc());
    const qint64 days = when.daysTo(now);
    *old = *old || days > kMaxKeyAgeDays;
    return tr("Last rotated %1 (%n day(s) ago)", nullptr, int(days))
        .arg(when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

void KeysPanel::updateAges()
{
    if (!m_keys)
        return;
    bool old = false;
    m_primary.rotated->setText(ageText(m_keys->primaryRotatedAt, &old));
    m_secondary.rotated->setText(ageText(m_keys->secondaryRotatedAt, &old));
    m_warning->setText(old ? tr("A key is older than %1 days. Rotate the keys (Rotate keys…) to limit what a "
                                "leaked key can do.")
                                 .arg(kMaxKeyAgeDays)
                           : QString());
}

} // namespace switchyard::widgets
