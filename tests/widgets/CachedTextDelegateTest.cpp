#include <QHeaderView>
#include <QImage>
#include <QPainter>
#include <QStandardItemModel>
#include <QStyledItemDelegate>
#include <QTest>
#include <QTreeView>

#include "monitor/CachedTextDelegate.h"

using switchyard::widgets::CachedTextDelegate;

// The Monitor's text delegate draws every cell exactly as QStyledItemDelegate does (the same pixels:
// alignment, elision, the model's colours, selected rows, both palettes), lays a text out once while it
// stays the same, and again when the text or the cell's width changes.
class CachedTextDelegateTest : public QObject
{
    Q_OBJECT

private:
    QStandardItemModel m_model{3, 1};
    QTreeView m_view;

    // The cell painted by `delegate` into an image of its own.
    QImage paint(const QStyledItemDelegate& delegate, int row, QStyle::State extra = {}, int width = 140)
    {
        QStyleOptionViewItem option;
        option.initFrom(&m_view);
        option.widget = &m_view;
        option.rect = QRect(0, 0, width, 24);
        option.showDecorationSelected = true; // as QTreeView with whole-row selection paints
        option.state |= QStyle::State_Enabled | QStyle::State_Active | extra;
        QImage image(option.rect.size(), QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        delegate.paint(&painter, option, m_model.index(row, 0));
        return image;
    }

private slots:
    void init()
    {
        m_view.setModel(&m_model);
        m_view.setPalette(QPalette());
    }

    void drawsWhatTheStyleDraws_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("alignment");
        QTest::addColumn<QColor>("foreground");
        QTest::addColumn<QColor>("background");
        QTest::addColumn<bool>("selected");
        QTest::addColumn<int>("width");
        QTest::addColumn<bool>("dark");
        QTest::newRow("left") << "fraud-score" << int(Qt::AlignLeft | Qt::AlignVCenter) << QColor()
                              << QColor() << false << 140 << false;
        QTest::newRow("right, a number") << "1,234.5" << int(Qt::AlignRight | Qt::AlignVCenter) << QColor()
                                         << QColor() << false << 140 << false;
        QTest::newRow("elided") << "a very long endpoint name that does not fit" << int(Qt::AlignLeft)
                                << QColor() << QColor() << false << 90 << false;
        QTest::newRow("elided, right")
            << "12.5 % of 70 % and much more" << int(Qt::AlignRight | Qt::AlignVCenter) << QColor()
            << QColor() << false << 60 << false;
        QTest::newRow("stale grey") << "prod-eu (as of 10:00:00)" << int(Qt::AlignLeft | Qt::AlignVCenter)
                                    << QColor(0x9e, 0x9e, 0x9e) << QColor() << false << 140 << false;
        QTest::newRow("problem row") << "pricing" << int(Qt::AlignLeft | Qt::AlignVCenter) << QColor()
                                     << QColor(0xff, 0xcd, 0xd2) << false << 140 << false;
        QTest::newRow("selected") << "pricing" << int(Qt::AlignLeft | Qt::AlignVCenter) << QColor()
                                  << QColor() << true << 140 << false;
        QTest::newRow("selected, stale") << "3.5 ms" << int(Qt::AlignRight | Qt::AlignVCenter)
                                         << QColor(0x9e, 0x9e, 0x9e) << QColor() << true << 140 << false;
        QTest::newRow("dark palette") << "Healthy" << int(Qt::AlignLeft | Qt::AlignVCenter) << QColor()
                                      << QColor(0x6d, 0x1b, 0x1b) << false << 140 << true;
        QTest::newRow("italian comma") << "1.234,5" << int(Qt::AlignRight | Qt::AlignVCenter) << QColor()
                                       << QColor() << false << 140 << true;
    }

    void drawsWhatTheStyleDraws()
    {
        QFETCH(QString, text);
        QFETCH(int, alignment);
        QFETCH(QColor, foreground);
        QFETCH(QColor, background);
        QFETCH(bool, selected);
        QFETCH(int, width);
        QFETCH(bool, dark);
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
            palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
            m_view.setPalette(palette);
        }
        auto* item = new QStandardItem(text);
        item->setTextAlignment(Qt::Alignment(alignment));
        if (foreground.isValid())
            item->setForeground(foreground);
        if (background.isValid())
            item->setBackground(background);
        m_model.setItem(0, 0, item);

        QStyledItemDelegate style;
        CachedTextDelegate cached;
        const QStyle::State state = selected ? QStyle::State_Selected : QStyle::State_None;
        const QImage expected = paint(style, 0, state, width);
        QCOMPARE(paint(cached, 0, state, width), expected);
        const int layouts = cached.layoutCount(); // one, or two when elided (measured, then as shown)
        QVERIFY(layouts == 1 || layouts == 2);
        QCOMPARE(paint(cached, 0, state, width), expected); // from the cache
        QCOMPARE(cached.layoutCount(), layouts);
    }

    void laysOutAgainWhenTheTextOrTheWidthChanges()
    {
        m_model.setItem(0, 0, new QStandardItem(QStringLiteral("12.0")));
        m_model.setItem(1, 0, new QStandardItem(QStringLiteral("12.0")));
        QStyledItemDelegate style;
        CachedTextDelegate cached;
        QCOMPARE(paint(cached, 0), paint(style, 0));
        QCOMPARE(paint(cached, 1), paint(style, 1));
        QCOMPARE(cached.layoutCount(), 1); // the same text in another row is the same layout

        m_model.item(0, 0)->setText(QStringLiteral("13.5"));
        QCOMPARE(paint(cached, 0), paint(style, 0));
        QCOMPARE(cached.layoutCount(), 2);
        QVERIFY(paint(cached, 0) != paint(style, 1)); // not the old text

        QCOMPARE(paint(cached, 0, {}, 40), paint(style, 0, {}, 40));
        QCOMPARE(cached.layoutCount(), 3);

        QFont bold = m_view.font();
        bold.setBold(true);
        m_model.item(0, 0)->setFont(bold);
        QCOMPARE(paint(cached, 0), paint(style, 0));
        QCOMPARE(cached.layoutCount(), 4);
    }

    // A whole tree as the Monitor shows it (whole-row selection, right-aligned figures, a grey stale row,
    // a red problem row, an elided name, a selected row) grabs to the same pixels with either delegate,
    // light and dark. With SWITCHYARD_RENDER_DIR set both grabs are saved there to look at.
    void aTreeLooksTheSame_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void aTreeLooksTheSame()
    {
        QFETCH(bool, dark);
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({QStringLiteral("Cluster"), QStringLiteral("Endpoint / version"),
                                         QStringLiteral("Requests/s"), QStringLiteral("p99")});
        const auto addRow = [&](QStandardItem* parent, const QStringList& texts, QColor foreground = {},
                                QColor background = {}) {
            QList<QStandardItem*> row;
            for (int c = 0; c < texts.size(); ++c) {
                auto* item = new QStandardItem(texts[c]);
                if (c >= 2)
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                if (foreground.isValid())
                    item->setForeground(foreground);
                if (background.isValid())
                    item->setBackground(background);
                row << item;
            }
            (parent ? parent : model.invisibleRootItem())->appendRow(row);
            return row.front();
        };
        auto* demo = addRow(nullptr, {"prod-eu", "demo", "1,234.5", "69.6 ms"});
        addRow(demo, {"", "blue (default, control)", "800.0", "63.5 ms"});
        addRow(demo, {"", "green", "434.5", "69.6 ms"});
        addRow(nullptr, {"staging (as of 10:00:00)", "pricing", "12.0", "5.0 ms"}, QColor(0x9e, 0x9e, 0x9e));
        addRow(nullptr, {"prod-us", "recommend", "3.0", "–"}, {},
               dark ? QColor(0x6d, 0x1b, 0x1b) : QColor(0xff, 0xcd, 0xd2));
        addRow(nullptr, {"prod-us", "a-very-long-endpoint-name-that-cannot-fit", "0.0", "–"});

        QTreeView tree;
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x30, 0x30, 0x30));
            palette.setColor(QPalette::Base, QColor(0x20, 0x20, 0x20));
            palette.setColor(QPalette::AlternateBase, QColor(0x28, 0x28, 0x28));
            palette.setColor(QPalette::Text, QColor(0xee, 0xee, 0xee));
            palette.setColor(QPalette::Highlight, QColor(0x2a, 0x82, 0xda));
            palette.setColor(QPalette::HighlightedText, Qt::white);
            tree.setPalette(palette);
        }
        tree.setModel(&model);
        tree.setAlternatingRowColors(true);
        tree.setSelectionBehavior(QAbstractItemView::SelectRows);
        tree.setAllColumnsShowFocus(true);
        tree.setUniformRowHeights(true);
        tree.expandAll();
        tree.resize(520, 200);
        tree.setColumnWidth(0, 110);
        tree.setColumnWidth(1, 170);
        tree.selectionModel()->select(model.index(1, 0, model.index(0, 0)),
                                      QItemSelectionModel::Select | QItemSelectionModel::Rows);
        tree.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tree));

        const QImage styled = tree.grab().toImage();
        tree.setItemDelegate(new CachedTextDelegate(&tree));
        const QImage cached = tree.grab().toImage();
        if (const QByteArray dir = qgetenv("SWITCHYARD_RENDER_DIR"); !dir.isEmpty()) {
            const QString name = dark ? QStringLiteral("dark") : QStringLiteral("light");
            styled.save(QString::fromLocal8Bit(dir) + QStringLiteral("/tree-styled-%1.png").arg(name));
            cached.save(QString::fromLocal8Bit(dir) + QStringLiteral("/tree-cached-%1.png").arg(name));
        }
        QCOMPARE(cached, styled);
    }

    // Past a screenful of texts the old ones are dropped; what is painted again is still right.
    void manyTextsStayRight()
    {
        QStyledItemDelegate style;
        CachedTextDelegate cached;
        for (int i = 0; i < 10000; ++i) {
            m_model.setItem(0, 0, new QStandardItem(QString::number(i)));
            if (i % 997 == 0)
                QCOMPARE(paint(cached, 0), paint(style, 0));
            else
                paint(cached, 0);
        }
        m_model.setItem(0, 0, new QStandardItem(QStringLiteral("5")));
        QCOMPARE(paint(cached, 0), paint(style, 0));
    }
};

QTEST_MAIN(CachedTextDelegateTest)
#include "CachedTextDelegateTest.moc"
