#pragma once

#include <map>
#include <string>

#include <QWidget>

namespace switchyard::widgets {

// A stacked bar of an effective split (sums to 100), one labelled segment per version, painted directly
// so that it can follow a slider drag on every mouse move. Its accessible description lists the split.
class EffectiveSplitBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EffectiveSplitBar)

public:
    explicit EffectiveSplitBar(QWidget* parent = nullptr);

    // `order` fixes each version's colour across the live and pending bars.
    void setSplit(const std::map<std::string, int>& split, const std::vector<std::string>& order,
                  const std::string& defaultVersion);
    const std::map<std::string, int>& split() const { return m_split; }
    // "versiona 20 %, versionb 80 % (default)": what the bar shows, in words.
    QString describe() const;
    static QColor colorFor(int index);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    std::map<std::string, int> m_split;
    std::vector<std::string> m_order;
    std::string m_default;
};

} // namespace switchyard::widgets
