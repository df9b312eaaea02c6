#pragma once

#include <QDialog>

#include "Result.h"

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace switchyard::widgets {

// A dialog whose OK sends a request: OK is enabled only while core finds the input valid; pressing it
// emits submitRequested() and shows progress; the owner calls succeed() or fail() with the server's answer,
// and the dialog closes only on success, so a refused change can be corrected in place.
class SubmitDialog : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubmitDialog)

public:
    explicit SubmitDialog(QWidget* parent = nullptr);

    bool isBusy() const { return m_busy; }
    QPushButton* okButton() const;

    // The request failed: show the reason beside its field, or below the form.
    void fail(const Error& error);
    void succeed();

signals:
    void submitRequested();

protected:
    // Subclasses put their content here, then call revalidate() whenever an input changes.
    QVBoxLayout* contentLayout() const { return m_content; }
    void revalidate();
    // Runs core's validation of the input; on failure the error names the field (target).
    virtual Status validateInput() = 0;
    // Shows an error beside the field `target` names; false when the dialog has no such field.
    virtual bool showFieldError(const QString& target, const QString& message) = 0;
    virtual void clearFieldErrors() = 0;
    void setOkText(const QString& text);

private:
    void setBusy(bool busy);
    void showStatus(const QString& text, bool error);

    QVBoxLayout* m_content = nullptr;
    QLabel* m_status = nullptr;
    QProgressBar* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    bool m_busy = false;
    bool m_valid = false;
};

} // namespace switchyard::widgets
