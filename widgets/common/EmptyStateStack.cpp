#include "EmptyStateStack.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace switchyard::widgets {

EmptyStateStack::EmptyStateStack(QWidget* content, const QString& objectName, QWidget* parent)
    : QStackedWidget(parent)
{
    setObjectName(objectName + QStringLiteral("Stack"));
    auto* page = new QWidget(this);
    page->setObjectName(objectName + QStringLiteral("Empty"));
    auto* layout = new QVBoxLayout(page);
    m_text = new QLabel(page);
    m_text->setObjectName(objectName + QStringLiteral("EmptyText"));
    m_text->setWordWrap(true);
    m_text->setAlignment(Qt::AlignCenter);
    m_text->setStyleSheet(QStringLiteral("color: palette(mid); font-size: 11pt;"));
    m_action = new QPushButton(page);
    m_action->setObjectName(objectName + QStringLiteral("EmptyAction"));
    m_action->setVisible(false);
    layout->addStretch(1);
    layout->addWidget(m_text);
    layout->addWidget(m_action, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    addWidget(page);
    addWidget(content);
    setCurrentIndex(1);
}

void EmptyStateStack::setEmptyText(const QString& text)
{
    m_text->setText(text);
}

QString EmptyStateStack::emptyText() const
{
    return m_text->text();
}

void EmptyStateStack::setAction(const QString& text)
{
    m_action->setText(text);
    m_action->setVisible(!text.isEmpty());
}

void EmptyStateStack::setEmpty(bool empty)
{
    setCurrentIndex(empty ? 0 : 1);
}

} // namespace switchyard::widgets
